/**
 * Metric queries → GetMetricData batches: at most 500 queries a call, each with an id unique in
 * its call (`m0`, `m1`, … — ids must start with a lowercase letter). Pure.
 */
export const MAX_QUERIES_PER_CALL = 500;

export interface MetricRequest {
  namespace: string;
  metricName: string;
  dimensions: Array<{ name: string; value: string }>;
  stat: string;
  period: number;
}

export interface MetricBatch {
  /** Query id → index into the requests. */
  ids: Map<string, number>;
  queries: Array<{
    Id: string;
    MetricStat: {
      Metric: { Namespace: string; MetricName: string; Dimensions: Array<{ Name: string; Value: string }> };
      Period: number;
      Stat: string;
    };
    ReturnData: boolean;
  }>;
}

export function batchMetricQueries(
  requests: readonly MetricRequest[],
  max = MAX_QUERIES_PER_CALL,
): MetricBatch[] {
  const batches: MetricBatch[] = [];
  requests.forEach((r, i) => {
    let batch = batches[batches.length - 1];
    if (!batch || batch.queries.length >= max) {
      batch = { ids: new Map(), queries: [] };
      batches.push(batch);
    }
    const id = `m${batch.queries.length}`;
    batch.ids.set(id, i);
    batch.queries.push({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: r.namespace,
          MetricName: r.metricName,
          Dimensions: r.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
        },
        Period: r.period,
        Stat: r.stat,
      },
      ReturnData: true,
    });
  });
  return batches;
}
