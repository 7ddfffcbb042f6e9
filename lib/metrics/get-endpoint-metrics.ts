import "server-only";
import { paginateListMetrics } from "@aws-sdk/client-cloudwatch";
import type { TrafficClients } from "@/lib/aws/make-clients";
import type { Endpoint } from "@/lib/schemas/inventory";
import type { EndpointMetrics, SourceCoverage, TrafficWarning } from "@/lib/schemas/traffic";
import type { MetricRequest } from "./batch-metric-queries";
import {
  ENDPOINT_METRICS_NAMESPACE,
  type ListedMetric,
  matchEndpointMetrics,
  seriesKey,
} from "./endpoint-metric-series";
import { getMetricData } from "./get-metric-data";
import { choosePeriod } from "./metric-period";

/** ListMetrics lists a new metric within ~15 minutes and keeps it two weeks: list once per account × region per 5 minutes. */
const LIST_TTL_MS = 5 * 60_000;
const shared = globalThis as {
  __latticeLensEndpointMetrics?: Map<string, { at: number; listed: Promise<ListedMetric[]> }>;
};
shared.__latticeLensEndpointMetrics ??= new Map();
const listCache = shared.__latticeLensEndpointMetrics;

/** Every metric in the namespace: ListMetrics filters by dimension name, and the names are what we do not know. */
async function listNamespace(clients: TrafficClients, now: number): Promise<ListedMetric[]> {
  const key = `${clients.accountId}|${clients.region}`;
  const hit = listCache.get(key);
  if (hit && now - hit.at < LIST_TTL_MS) return hit.listed;
  const listed = (async () => {
    const out: ListedMetric[] = [];
    for await (const page of paginateListMetrics(
      { client: clients.cloudwatch },
      { Namespace: ENDPOINT_METRICS_NAMESPACE },
    ))
      for (const m of page.Metrics ?? [])
        if (m.MetricName)
          out.push({
            metricName: m.MetricName,
            dimensions: (m.Dimensions ?? []).map((d) => ({ name: d.Name ?? "", value: d.Value ?? "" })),
          });
    return out;
  })();
  listCache.set(key, { at: now, listed });
  listed.catch(() => listCache.delete(key));
  return listed;
}

export interface EndpointMetricsInput {
  clients(accountId: string, region: string): TrafficClients | undefined;
  now: number;
  endpoints: readonly Endpoint[];
  start: number;
  end: number;
  step?: number;
  /** Keep only the series that concern the subject (e.g. not another configuration's). */
  relevant?: (m: ListedMetric) => boolean;
}

/**
 * The `AWS/VpcLattice` metrics of each endpoint, in the endpoint owner's account and region:
 * ListMetrics finds every series with the endpoint id as a dimension value, GetMetricData reads
 * each one's Sum per period (the peak is the largest period's). Nothing is assumed about names
 * or units.
 */
export async function getEndpointMetrics(
  input: EndpointMetricsInput,
  warnings: TrafficWarning[],
): Promise<{ metrics: EndpointMetrics[]; source: SourceCoverage; metricsRequested: number }> {
  const byRegion = new Map<string, Endpoint[]>();
  for (const e of input.endpoints) {
    if (e.type !== "Resource" && e.type !== "ServiceNetwork") continue;
    const k = `${e.accountId}|${e.region}`;
    byRegion.set(k, [...(byRegion.get(k) ?? []), e]);
  }
  const metrics: EndpointMetrics[] = [];
  let metricsRequested = 0;
  let looked = 0;
  let failed = 0;
  const period = choosePeriod(input.start, input.end, input.now, input.step);
  await Promise.all(
    [...byRegion].map(async ([k, endpoints]) => {
      const [accountId, region] = k.split("|") as [string, string];
      const clients = input.clients(accountId, region);
      if (!clients) return;
      looked += 1;
      try {
        const matched = matchEndpointMetrics(
          await listNamespace(clients, input.now),
          new Set(endpoints.map((e) => e.id)),
        );
        const requests: Array<MetricRequest & { endpointId: string; listed: ListedMetric }> = [];
        for (const [endpointId, listed] of matched)
          for (const m of listed)
            if (!input.relevant || input.relevant(m))
              requests.push({
                namespace: ENDPOINT_METRICS_NAMESPACE,
                metricName: m.metricName,
                dimensions: m.dimensions,
                stat: "Sum",
                period,
                endpointId,
                listed: m,
              });
        if (!requests.length) return;
        const data = await getMetricData(clients.cloudwatch, requests, input.start, input.end);
        metricsRequested += data.metricsRequested;
        for (const e of endpoints) {
          const listed = matched.get(e.id)?.filter((m) => !input.relevant || input.relevant(m));
          if (!listed?.length) continue;
          metrics.push({
            endpointId: e.id,
            accountId,
            region,
            namespace: ENDPOINT_METRICS_NAMESPACE,
            period,
            series: listed.map((m) => {
              const points: Map<number, number> =
                data.series[requests.findIndex((r) => r.listed === m)]?.points ?? new Map();
              const sums = [...points].sort((a, b) => a[0] - b[0]);
              return {
                key: seriesKey(m),
                metricName: m.metricName,
                dimensions: m.dimensions,
                sum: sums.length ? sums.reduce((a, [, v]) => a + v, 0) : null,
                peak: sums.length ? Math.max(...sums.map(([, v]) => v)) : null,
                points: sums.map(([t, v]) => ({ t, v })),
              };
            }),
          });
        }
      } catch (e) {
        failed += 1;
        const err = e as { name?: string; message?: string };
        warnings.push({
          source: "endpoint-metrics",
          accountId,
          region,
          code: err.name ?? "error",
          message: `Endpoint metrics (${ENDPOINT_METRICS_NAMESPACE}) in ${accountId} ${region} could not be read: ${err.message ?? String(e)}`,
        });
      }
    }),
  );
  metrics.sort((a, b) => a.endpointId.localeCompare(b.endpointId));
  const n = metrics.length;
  const source: SourceCoverage = {
    kind: "endpoint-metrics",
    status: failed ? (n ? "partial" : "error") : n ? "available" : "missing",
    detail: n
      ? `${ENDPOINT_METRICS_NAMESPACE} lists metrics for ${n} ${n === 1 ? "endpoint" : "endpoints"}`
      : failed
        ? `${ENDPOINT_METRICS_NAMESPACE} could not be read`
        : looked
          ? `${ENDPOINT_METRICS_NAMESPACE} lists no metrics for these endpoints (published since 2026-11-19 for Resource and ServiceNetwork endpoints)`
          : "The endpoints' accounts are not configured",
  };
  return { metrics, source, metricsRequested };
}
