/**
 * URL state of the cost view and `GET /api/cost`: `month=YYYY-MM` (default: the current UTC month),
 * `window=now-24h` (the rate window, ending now), `config=rcfg-…`, `sort=-projected`, `format=csv`.
 * Pure; a bad value is named so the API can answer 400 and the page can say which.
 */
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import { billingMonth, currentMonth, isMonth } from "./billing-month";
import type { CostWindow } from "./cost-input";
import { type CostSortKey, costSortKeys } from "./sort-costs";

export const DEFAULT_WINDOW = "now-24h";
export const WINDOW_PRESETS = ["now-6h", "now-24h", "now-2d", "now-7d"] as const;
// Traffic queries answer at most 7 days (lib/flows MAX_TRAFFIC_WINDOW_MS).
const MAX_WINDOW_MS = 7 * 86_400_000;
const MIN_WINDOW_MS = 3_600_000;

export interface CostQuery {
  month: string;
  window: CostWindow;
  config?: string;
  sort?: { key: CostSortKey; desc: boolean };
  format: "json" | "csv";
}

export type CostQueryResult =
  | { ok: true; query: CostQuery }
  | { ok: false; parameter: string; message: string };

const known = new Set(["month", "window", "config", "sort", "format"]);

export function parseCostQuery(params: URLSearchParams, now: number): CostQueryResult {
  for (const key of params.keys()) {
    if (!known.has(key)) {
      return {
        ok: false,
        parameter: key,
        message: `unknown parameter ${key}; expected month, window, config, sort or format`,
      };
    }
  }
  const month = params.get("month")?.trim() || currentMonth(now);
  if (!isMonth(month))
    return {
      ok: false,
      parameter: "month",
      message: `month must be YYYY-MM (e.g. ${currentMonth(now)}); got ${JSON.stringify(month)}`,
    };
  if (billingMonth(month).start > now) {
    return {
      ok: false,
      parameter: "month",
      message: `month ${month} has not started; choose ${currentMonth(now)} or earlier`,
    };
  }
  const windowFrom = params.get("window")?.trim() || DEFAULT_WINDOW;
  let window: CostWindow;
  try {
    const r = resolveRange(windowFrom, "now", now, { maxMs: MAX_WINDOW_MS, minMs: MIN_WINDOW_MS });
    window = { from: r.from, to: r.to, start: r.start, end: r.end };
  } catch (e) {
    if (!(e instanceof TimeRangeError)) throw e;
    return {
      ok: false,
      parameter: "window",
      message: `window must be a time relative to now (now-24h, now-7d) or ISO-8601, between 1 hour and 7 days long: ${e.message.replace(/^from /, "")}`,
    };
  }
  const config = params.get("config")?.trim() || undefined;
  if (config !== undefined && !/^rcfg-[0-9a-z]+$/.test(config)) {
    return {
      ok: false,
      parameter: "config",
      message: `config must be a resource configuration id (rcfg-…); got ${JSON.stringify(config)}`,
    };
  }
  const sortRaw = params.get("sort")?.trim() || "";
  let sort: CostQuery["sort"];
  if (sortRaw) {
    const desc = sortRaw.startsWith("-");
    const key = sortRaw.replace(/^-/, "");
    if (!(costSortKeys as readonly string[]).includes(key)) {
      return {
        ok: false,
        parameter: "sort",
        message: `sort must be one of ${costSortKeys.join(", ")} (prefix - for descending); got ${JSON.stringify(sortRaw)}`,
      };
    }
    sort = { key: key as CostSortKey, desc };
  }
  const format = params.get("format")?.trim() || "json";
  if (format !== "json" && format !== "csv") {
    return {
      ok: false,
      parameter: "format",
      message: `format must be json or csv; got ${JSON.stringify(format)}`,
    };
  }
  return { ok: true, query: { month, window, config, sort, format } };
}
