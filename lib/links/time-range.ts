/**
 * Time windows in URLs, like Grafana: `from` and `to` are ISO-8601 instants or relative
 * expressions (`now`, `now-6h`, `now-15m`, `now-7d`). Pure: shared by pages, route handlers,
 * client components and alarm deep links. Relative windows stay relative in the URL (a bookmark
 * of "last 24 h" means the last 24 h when opened), and are resolved against a given clock.
 */

export const DEFAULT_FROM = "now-24h";
export const DEFAULT_TO = "now";

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const RELATIVE = /^now(?:-(\d{1,6})([smhdw]))?$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export type TimeExpression = string;

export interface ResolvedRange {
  from: TimeExpression;
  to: TimeExpression;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** True when the window ends at "now": views poll, caches keep the last bucket open. */
  live: boolean;
}

export class TimeRangeError extends Error {
  constructor(
    readonly field: "from" | "to",
    message: string,
  ) {
    super(message);
  }
}

export function isTimeExpression(value: string): boolean {
  return RELATIVE.test(value) || (ISO.test(value) && !Number.isNaN(Date.parse(value)));
}

/** Epoch ms of one expression at `now`; throws TimeRangeError naming the field. */
export function resolveTime(value: string, now: number, field: "from" | "to"): number {
  const rel = RELATIVE.exec(value);
  if (rel) {
    const [, n, unit] = rel;
    return n ? now - Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS] : now;
  }
  if (ISO.test(value)) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return t;
  }
  throw new TimeRangeError(
    field,
    `${field} must be an ISO-8601 time (2026-11-28T09:00:00Z) or relative to now (now, now-6h, now-7d); got ${JSON.stringify(value)}`,
  );
}

export interface RangeLimits {
  /** Longest window allowed, in ms. */
  maxMs?: number;
  /** Shortest window allowed, in ms. */
  minMs?: number;
}

export function resolveRange(
  from: string | undefined,
  to: string | undefined,
  now: number,
  limits: RangeLimits = {},
): ResolvedRange {
  const f = from?.trim() || DEFAULT_FROM;
  const t = to?.trim() || DEFAULT_TO;
  const start = resolveTime(f, now, "from");
  const end = Math.min(resolveTime(t, now, "to"), now);
  if (start >= end) throw new TimeRangeError("from", `from (${f}) must be before to (${t})`);
  const { maxMs, minMs = 60_000 } = limits;
  if (end - start < minMs)
    throw new TimeRangeError("from", `the window must be at least ${describeDuration(minMs)}`);
  if (maxMs !== undefined && end - start > maxMs)
    throw new TimeRangeError("from", `the window may be at most ${describeDuration(maxMs)}`);
  return { from: f, to: t, start, end, live: t === "now" };
}

export function describeDuration(ms: number): string {
  for (const [unit, label] of [
    ["w", "week"],
    ["d", "day"],
    ["h", "hour"],
    ["m", "minute"],
  ] as const) {
    const n = ms / UNIT_MS[unit];
    if (Number.isInteger(n) && n >= 1) return `${n} ${label}${n === 1 ? "" : "s"}`;
  }
  return `${Math.round(ms / 1000)} seconds`;
}

/** Steps a chart may use, smallest first (seconds). */
export const STEPS = [60, 300, 600, 900, 1800, 3600, 10800, 21600, 43200, 86400] as const;

/** The smallest step that keeps a window under `maxPoints` buckets (default ~300: dense but cheap). */
export function chooseStep(windowMs: number, maxPoints = 300, minStep = 60): number {
  const seconds = windowMs / 1000;
  return STEPS.find((s) => s >= minStep && seconds / s <= maxPoints) ?? STEPS[STEPS.length - 1]!;
}

/** Presets for pickers: label and the `from` expression (to = now). */
export const PRESETS = [
  { label: "Last 15 minutes", from: "now-15m" },
  { label: "Last 1 hour", from: "now-1h" },
  { label: "Last 6 hours", from: "now-6h" },
  { label: "Last 24 hours", from: "now-24h" },
  { label: "Last 2 days", from: "now-2d" },
  { label: "Last 7 days", from: "now-7d" },
] as const;
