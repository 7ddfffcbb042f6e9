/**
 * The per-minute samples behind a metric identity (namespace, name, exact dimension set), for the
 * series the simulator publishes. GetMetricData and alarm evaluation both read metrics through
 * here, so an alarm always sees the numbers a chart shows. A new published series (another
 * namespace) is one more source in `seriesSources`.
 */
import type { CallContext } from "../../protocols/types";
import type { Alarm } from "../../state/sim-state";
import { MINUTE_MS } from "../../traffic/connections";
import {
  ENDPOINT_METRIC_NAMES,
  ENDPOINT_METRICS_NAMESPACE,
  type EndpointMetricName,
  endpointKeyOf,
  endpointMinute,
  endpointPaths,
} from "../../traffic/endpoint-metrics";
import {
  monitorPaths,
  NFM_MEASUREMENT_SOURCE,
  NFM_METRIC_NAMES,
  NFM_NAMESPACE,
  type NfmMetricName,
  nfmMinute,
} from "../../traffic/nfm-metrics";

export interface MetricIdentity {
  namespace?: string;
  metricName?: string;
  dimensions: ReadonlyArray<{ name?: string; value?: string }>;
}

/** The sample of one absolute minute (epoch minute), undefined when nothing was published. */
export type MinuteSeries = (minute: number) => number | undefined;

export type SeriesSource = (
  ctx: Pick<CallContext, "account" | "region" | "state" | "runtime">,
  metric: MetricIdentity,
  nowMs: number,
) => MinuteSeries | undefined;

/** AWS/NetworkFlowMonitor: dimensions exactly MonitorName + MeasurementSource (simulator/README.md). */
export const nfmSeries: SeriesSource = (ctx, metric, nowMs) => {
  if (metric.namespace !== NFM_NAMESPACE) return undefined;
  const name = metric.metricName as NfmMetricName;
  if (!NFM_METRIC_NAMES.includes(name)) return undefined;
  const dims = new Map(metric.dimensions.map((d) => [d.name, d.value]));
  if (dims.size !== 2 || dims.get("MeasurementSource") !== NFM_MEASUREMENT_SOURCE) return undefined;
  const monitor = ctx.state.scenario.networkFlowMonitors.find(
    (m) => m.account === ctx.account && m.region === ctx.region && m.name === dims.get("MonitorName"),
  );
  if (!monitor) return undefined;
  const model = ctx.runtime.traffic;
  const paths = monitorPaths(model, monitor);
  return (minute) => nfmMinute(model, monitor, paths, minute, nowMs)?.[name];
};

/** AWS/VpcLattice endpoint metrics (names assumed: traffic/endpoint-metrics.ts), exactly one of the published dimension sets. */
export const endpointSeries: SeriesSource = (ctx, metric, nowMs) => {
  if (metric.namespace !== ENDPOINT_METRICS_NAMESPACE) return undefined;
  const name = metric.metricName as EndpointMetricName;
  if (!ENDPOINT_METRIC_NAMES.includes(name)) return undefined;
  const model = ctx.runtime.traffic;
  const dims = new Map(metric.dimensions.map((d) => [d.name, d.value]));
  const key = endpointKeyOf(model, ctx.account, ctx.region, dims);
  if (!key) return undefined;
  const paths = endpointPaths(model, key);
  return (minute) => endpointMinute(model, key, minute, nowMs, paths)?.[name];
};

export const seriesSources: SeriesSource[] = [nfmSeries, endpointSeries];

export function minuteSeries(
  ctx: Pick<CallContext, "account" | "region" | "state" | "runtime">,
  metric: MetricIdentity,
  nowMs: number,
): MinuteSeries | undefined {
  for (const source of seriesSources) {
    const s = source(ctx, metric, nowMs);
    if (s) return s;
  }
  return undefined;
}

export function alarmMetric(a: Alarm): MetricIdentity {
  return { namespace: a.namespace, metricName: a.metricName, dimensions: a.dimensions };
}

export const minuteOf = (epochSeconds: number) => Math.floor((epochSeconds * 1000) / MINUTE_MS);
