/**
 * The metrics CloudWatch knows about. Each source contributes metric identities for the caller's
 * account and region: the traffic model's NFM series, and the alarms' metrics where something
 * publishes them. An alarm on a metric nobody publishes does not make it listed: "metrics that have
 * not had any new data points in the past two weeks do not appear" (ListMetrics, aws-facts §4.d).
 */
import type { Metric } from "@aws-sdk/client-cloudwatch";
import type { CallContext } from "../../protocols/types";
import {
  ENDPOINT_METRIC_NAMES,
  ENDPOINT_METRICS_NAMESPACE,
  endpointDimensions,
  endpointSeriesKeys,
} from "../../traffic/endpoint-metrics";
import { NFM_MEASUREMENT_SOURCE, NFM_METRIC_NAMES, NFM_NAMESPACE } from "../../traffic/nfm-metrics";
import { alarmMetric, minuteSeries } from "./metric-series";

export type MetricSource = (ctx: CallContext) => Metric[];

export const alarmMetricSource: MetricSource = (ctx) =>
  ctx.state.scenario.alarms
    .filter((a) => a.account === ctx.account && a.region === ctx.region)
    .filter((a) => minuteSeries(ctx, alarmMetric(a), ctx.now.getTime()) !== undefined)
    .map((a) => ({
      Namespace: a.namespace,
      MetricName: a.metricName,
      Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    }));

/** Every ACTIVE Network Flow Monitor publishes its five metrics (see traffic/nfm-metrics.ts). */
export const nfmMetricSource: MetricSource = (ctx) =>
  ctx.state.scenario.networkFlowMonitors
    .filter((m) => m.account === ctx.account && m.region === ctx.region && m.status === "ACTIVE")
    .flatMap((m) =>
      NFM_METRIC_NAMES.map((name) => ({
        Namespace: NFM_NAMESPACE,
        MetricName: name,
        Dimensions: [
          { Name: "MeasurementSource", Value: NFM_MEASUREMENT_SOURCE },
          { Name: "MonitorName", Value: m.name },
        ],
      })),
    );

/** Resource and service-network endpoints with modelled traffic publish AWS/VpcLattice metrics (names assumed: traffic/endpoint-metrics.ts). */
export const endpointMetricSource: MetricSource = (ctx) =>
  endpointSeriesKeys(ctx.runtime.traffic, ctx.account, ctx.region).flatMap((key) =>
    ENDPOINT_METRIC_NAMES.map((name) => ({
      Namespace: ENDPOINT_METRICS_NAMESPACE,
      MetricName: name,
      Dimensions: endpointDimensions(key),
    })),
  );

export const metricSources: MetricSource[] = [alarmMetricSource, nfmMetricSource, endpointMetricSource];

function metricKey(m: Metric): string {
  const dims = [...(m.Dimensions ?? [])].sort((a, b) => ((a.Name ?? "") < (b.Name ?? "") ? -1 : 1));
  return JSON.stringify([m.Namespace, m.MetricName, dims.map((d) => [d.Name, d.Value])]);
}

/** All known metrics, de-duplicated and in a stable order. */
export function knownMetrics(ctx: CallContext, sources: MetricSource[] = metricSources): Metric[] {
  const byKey = new Map<string, Metric>();
  for (const source of sources) for (const m of source(ctx)) byKey.set(metricKey(m), m);
  return [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, m]) => m);
}
