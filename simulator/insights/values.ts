import { Instant, type Value } from "./types";

/**
 * A value as a number, or NaN. Flow-log fields arrive as strings ("4249"), so arithmetic and
 * numeric comparison convert on use; "-" (a NODATA/SKIPDATA placeholder) and "" are not numbers.
 */
export function toNumber(v: Value | undefined): number {
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    if (v.length === 0 || v === "-") return Number.NaN;
    // Number() accepts surrounding spaces and 0x…; Insights reads neither as a number.
    const c = v.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43)) return Number.NaN;
    return Number(v);
  }
  if (v instanceof Instant) return v.ms;
  if (typeof v === "boolean") return v ? 1 : 0;
  return Number.NaN;
}

/** The text of a value for string operations (like, in, concat, group keys). */
export function toText(v: Value): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  return String(v.ms);
}

/**
 * Order two present values: numerically when both read as numbers (so "10" > "9" for ports and
 * byte counts), otherwise as strings. Returns <0, 0 or >0.
 */
export function compareValues(a: Value, b: Value): number {
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  const s = toText(a);
  const t = toText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** Truthiness for `filter expr`: booleans as is, numbers non-zero, strings non-empty. */
export function isTruthy(v: Value | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v);
  if (typeof v === "string") return v.length > 0;
  return true;
}
