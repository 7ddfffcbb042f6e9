import { formatBytes, formatInteger } from "./format-traffic";

/**
 * A value of a metric we know only by its listed name: bytes when the name says so, else a
 * number (two decimals below 10, so averages and ratios are not rounded away).
 */
export function formatMetricValue(metricName: string, v: number | null | undefined): string {
  if (v === null || v === undefined) return "—";
  if (/bytes/i.test(metricName)) return formatBytes(v);
  return Math.abs(v) < 10 && !Number.isInteger(v) ? v.toFixed(2) : formatInteger(v);
}
