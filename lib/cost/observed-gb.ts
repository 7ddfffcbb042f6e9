/**
 * Bytes → GB so far and projected to the month end from the observed rate over the window. Pure.
 * The projection assumes the window's rate holds for the rest of the month (design §4).
 */
import { type BillingMonth, HOUR_MS } from "./billing-month";
import type { CostWindow } from "./cost-input";

export interface GbFigures {
  soFar: number | null;
  month: number | null;
  window: number | null;
  /** soFar was not observed and is the window's rate times the hours elapsed. */
  estimated: boolean;
}

export interface Clock {
  month: BillingMonth;
  now: number;
  window: CostWindow | null;
  gigabyteBytes: number;
}

export function hoursLeft(c: Clock): number {
  return Math.max(0, c.month.end - Math.max(c.now, c.month.start)) / HOUR_MS;
}

export function hoursElapsed(c: Clock): number {
  return Math.max(0, Math.min(c.now, c.month.end) - c.month.start) / HOUR_MS;
}

export function observedGb(bytesSoFar: number | null, bytesInWindow: number | null, c: Clock): GbFigures {
  const gbSoFar = bytesSoFar === null ? null : bytesSoFar / c.gigabyteBytes;
  const gbWindow = bytesInWindow === null ? null : bytesInWindow / c.gigabyteBytes;
  const left = hoursLeft(c);
  // A finished month needs no rate: what was observed is the month.
  if (left === 0) return { soFar: gbSoFar, month: gbSoFar, window: gbWindow, estimated: false };
  const windowHours = c.window ? (c.window.end - c.window.start) / HOUR_MS : 0;
  const perHour = gbWindow !== null && windowHours > 0 ? gbWindow / windowHours : null;
  if (perHour === null) return { soFar: gbSoFar, month: null, window: gbWindow, estimated: false };
  if (gbSoFar === null) {
    const est = perHour * hoursElapsed(c);
    return { soFar: est, month: est + perHour * left, window: gbWindow, estimated: true };
  }
  return { soFar: gbSoFar, month: gbSoFar + perHour * left, window: gbWindow, estimated: false };
}

export function sumNullable(xs: Array<number | null>): number | null {
  let total = 0;
  for (const x of xs) {
    if (x === null) return null;
    total += x;
  }
  return total;
}

/** Sum of the known values; null only when none is known. */
export function sumKnown(xs: Array<number | null>): number | null {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}
