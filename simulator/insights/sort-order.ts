import { Instant, type Value } from "./types";
import { toNumber, toText } from "./values";

/**
 * The order of the `sort` command, as the Logs Insights docs describe it ("an updated version of
 * natural sorting"), ascending:
 * - every non-number value comes before every number value;
 * - numbers compare by value;
 * - other values are cut into runs of digits and runs of non-digits; two digit runs compare by
 *   length first and then by value, anything else by Unicode order; a value that is a prefix of
 *   another comes first.
 * So "10.0.0.2" sorts before "10.0.0.10", and "5A" before "111A".
 */
export function sortCompare(a: Value, b: Value): number {
  const x = numericValue(a);
  const y = numericValue(b);
  const xIsNumber = !Number.isNaN(x);
  const yIsNumber = !Number.isNaN(y);
  if (xIsNumber && yIsNumber) return x - y || textCompare(toText(a), toText(b));
  if (xIsNumber !== yIsNumber) return xIsNumber ? 1 : -1;
  return naturalCompare(toText(a), toText(b));
}

/** A number value: a number, a time, or a string of only a number ("20641", "-3", "2.5"). */
function numericValue(v: Value): number {
  if (typeof v === "number" || v instanceof Instant) return toNumber(v);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return Number.NaN;
}

function textCompare(s: string, t: string): number {
  return s < t ? -1 : s > t ? 1 : 0;
}

const CHUNK = /\d+|\D+/g;

export function naturalCompare(s: string, t: string): number {
  const xs = s.match(CHUNK) ?? [];
  const ys = t.match(CHUNK) ?? [];
  const n = Math.min(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const p = xs[i]!;
    const q = ys[i]!;
    if (p === q) continue;
    const pDigits = p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57;
    const qDigits = q.charCodeAt(0) >= 48 && q.charCodeAt(0) <= 57;
    // Equal-length digit runs compare by value exactly as they compare as text.
    if (pDigits && qDigits && p.length !== q.length) return p.length - q.length;
    return textCompare(p, q);
  }
  return xs.length - ys.length;
}
