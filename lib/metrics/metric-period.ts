/**
 * The GetMetricData period for a window: the chart step (a multiple of 60 s), but never finer
 * than CloudWatch still keeps for the window's start — 1-minute data for 15 days, 5-minute for
 * 63 days, then 1 hour. Pure.
 */
import { chooseStep } from "@/lib/links/time-range";

const DAY = 86_400_000;

export function minimumPeriod(start: number, now: number): number {
  const age = now - start;
  if (age > 63 * DAY) return 3600;
  if (age > 15 * DAY) return 300;
  return 60;
}

export function choosePeriod(start: number, end: number, now: number, step?: number): number {
  const wanted = step ?? chooseStep(end - start);
  const period = Math.max(wanted, minimumPeriod(start, now));
  return Math.ceil(period / 60) * 60;
}
