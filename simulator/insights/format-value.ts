import { Instant, type Value } from "./types";

/** "yyyy-MM-dd HH:mm:ss.SSS" in UTC, the way GetQueryResults prints @timestamp and bin() values. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-11-28T09:00:00.000Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

/**
 * A number as Insights prints it: integers without a decimal point (sums of bytes stay exact and
 * never switch to exponent notation), fractions rounded to 6 decimals with trailing zeros dropped.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  const fixed = n.toFixed(6).replace(/\.?0+$/, "");
  // A tiny non-zero value would round to "0"; keep its significant digits instead.
  if (fixed === "0" || fixed === "-0") return String(Number(n.toPrecision(6)));
  return fixed;
}

/** Every result value is a string. */
export function formatValue(v: Value): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "1" : "0";
  if (v instanceof Instant) return formatInstant(v.ms);
  return String(v);
}
