/** An empty report for a subject and window, filled in by the DAL functions. Pure. */
import type { TrafficReport, TrafficSubjectKind, TrafficWindow } from "@/lib/schemas/traffic";

export function newReport(
  subject: { kind: TrafficSubjectKind; id: string; name?: string },
  window: TrafficWindow,
  now: number,
): TrafficReport {
  return {
    subject,
    window,
    totals: null,
    series: [],
    consumers: [],
    sources: [],
    health: [],
    warnings: [],
    scannedBytes: 0,
    cost: { scannedBytes: 0, queries: 0, cachedBuckets: 0, queriedBuckets: 0, metricsRequested: 0 },
    generatedAt: new Date(now).toISOString(),
  };
}
