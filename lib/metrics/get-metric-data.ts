import "server-only";
import { type CloudWatchClient, paginateGetMetricData } from "@aws-sdk/client-cloudwatch";
import { batchMetricQueries, type MetricRequest } from "./batch-metric-queries";

export interface MetricSeries {
  /** Epoch ms → value. */
  points: Map<number, number>;
}

/**
 * Values for many metrics: batches of ≤500 queries, every page of each (NextToken). Returns one
 * series per request, in request order, and how many metrics were requested (what it cost).
 */
export async function getMetricData(
  cloudwatch: CloudWatchClient,
  requests: readonly MetricRequest[],
  start: number,
  end: number,
): Promise<{ series: MetricSeries[]; metricsRequested: number }> {
  const series: MetricSeries[] = requests.map(() => ({ points: new Map() }));
  for (const batch of batchMetricQueries(requests)) {
    const pages = paginateGetMetricData(
      { client: cloudwatch },
      {
        MetricDataQueries: batch.queries,
        StartTime: new Date(start),
        EndTime: new Date(end),
        ScanBy: "TimestampAscending",
      },
    );
    for await (const page of pages) {
      for (const r of page.MetricDataResults ?? []) {
        const index = r.Id ? batch.ids.get(r.Id) : undefined;
        if (index === undefined) continue;
        const points = series[index]!.points;
        (r.Timestamps ?? []).forEach((t, i) => {
          const v = r.Values?.[i];
          if (v !== undefined) points.set(t.getTime(), v);
        });
      }
    }
  }
  return { series, metricsRequested: requests.length };
}
