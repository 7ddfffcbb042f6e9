/** Pure edits of a URL time window (from/to expressions), for the picker, the chart brush and zoom-out. */
import {
  DEFAULT_FROM,
  DEFAULT_TO,
  describeDuration,
  PRESETS,
  type ResolvedRange,
  resolveRange,
  TimeRangeError,
} from "@/lib/links/time-range";

export type WindowCheck =
  | { ok: true; range: ResolvedRange }
  | { ok: false; field: "from" | "to"; message: string };

/** The traffic API's longest window (lib/flows/traffic-window): refuse it here, before a round trip. */
export const MAX_WINDOW_MS = 7 * 86_400_000;

export function checkWindow(from: string, to: string, now: number): WindowCheck {
  try {
    return { ok: true, range: resolveRange(from, to, now, { maxMs: MAX_WINDOW_MS }) };
  } catch (e) {
    if (e instanceof TimeRangeError) return { ok: false, field: e.field, message: e.message };
    throw e;
  }
}

/** ISO to the second, no milliseconds: short enough to read in a URL. */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Epoch ms → value for <input type="datetime-local"> read as UTC. */
export function toDatetimeLocal(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/** A datetime-local value (shown as UTC) → ISO, or undefined when empty/invalid. */
export function fromDatetimeLocal(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const iso = `${value.length === 16 ? `${value}:00` : value}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** A brushed range → an absolute window (at least a minute, the smallest the API accepts). */
export function brushWindow(start: number, end: number): { from: string; to: string } {
  const s = Math.floor(start / 1000) * 1000;
  const e = Math.max(Math.ceil(end / 1000) * 1000, s + 60_000);
  return { from: isoSeconds(s), to: isoSeconds(e) };
}

/** Twice as long, same centre; a window reaching now stays live ("to=now"). */
export function zoomOut(range: { start: number; end: number }, now: number): { from: string; to: string } {
  const span = range.end - range.start;
  const end = range.end + span / 2;
  const start = range.start - span / 2;
  if (end >= now - 60_000) {
    return { from: `now-${Math.max(1, Math.round((now - start) / 60_000))}m`, to: "now" };
  }
  return { from: isoSeconds(start), to: isoSeconds(end) };
}

/** "Last 6 hours" for a preset, "Last 90 minutes" for other relative windows, else undefined. */
export function windowLabel(from: string, to: string): string | undefined {
  if (to !== DEFAULT_TO) return undefined;
  const preset = PRESETS.find((p) => p.from === from);
  if (preset) return preset.label;
  const m = /^now-(\d+)([smhdw])$/.exec(from);
  if (!m) return undefined;
  const ms = { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7, w: 6.048e8 }[m[2] as "s" | "m" | "h" | "d" | "w"];
  return `Last ${describeDuration(Number(m[1]) * ms)}`;
}

export { DEFAULT_FROM, DEFAULT_TO };
