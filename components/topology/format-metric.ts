/** Edge metrics as short labels; null reads "no data" (never 0). */
export type EdgeLabelMetric = "none" | "bytes" | "connections" | "rejects" | "cost";
export const edgeLabelMetrics: readonly EdgeLabelMetric[] = [
  "none",
  "bytes",
  "connections",
  "rejects",
  "cost",
];

export function formatBytes(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let v = n;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i += 1;
  }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

export function formatCount(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(n >= 100_000 ? 0 : 1)}k` : String(n);
}

export function formatMetric(metric: EdgeLabelMetric, value: number | null | undefined): string {
  if (metric === "none") return "";
  if (value == null) return "no data";
  if (metric === "bytes") return formatBytes(value);
  if (metric === "cost") return `$${value.toFixed(value < 1 ? 3 : 2)}`;
  return formatCount(value);
}
