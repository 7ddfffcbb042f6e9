/**
 * VPC endpoint metrics in `AWS/VpcLattice`, from the same connections as the logs and the truth.
 *
 * AWS (PrivateLink document history, 2026-11-19; aws-facts §0.1 item 4): "Resource VPC endpoints
 * and service-network VPC endpoints now publish CloudWatch metrics to the AWS/VpcLattice
 * namespace." The metric NAMES and DIMENSIONS below are ASSUMED: no stored AWS page names them
 * (searched the docs for them on 2026-12-04). They are modelled on `AWS/PrivateLinkEndpoints`
 * (documented: BytesProcessed, NewConnections, ActiveConnections; published only for minutes
 * in which the endpoint had traffic) with Lattice-style dimension names without spaces. This file
 * is the one place they live; the product discovers them with ListMetrics and hard-codes none.
 *
 * Per endpoint and minute (the minute a connection starts, as the ground truth counts it):
 * - BytesProcessed: accepted bytes in both directions (= truth `bytes`);
 * - NewConnections: connection attempts, accepted or rejected (= truth `connections`);
 * - ActiveConnections: the most connections open at once in the minute.
 * Dimension sets: [VpcEndpointId] and [ResourceConfigurationId, VpcEndpointId].
 */
import { type Connection, connectionsInMinute, MINUTE_MS } from "./connections";
import type { ResolvedPath } from "./resolve-paths";
import type { TrafficModel } from "./traffic-model";

export const ENDPOINT_METRICS_NAMESPACE = "AWS/VpcLattice";
export const ENDPOINT_METRIC_NAMES = ["BytesProcessed", "NewConnections", "ActiveConnections"] as const;
export type EndpointMetricName = (typeof ENDPOINT_METRIC_NAMES)[number];
export const ENDPOINT_DIMENSION = "VpcEndpointId";
export const CONFIGURATION_DIMENSION = "ResourceConfigurationId";
/** The launch: no endpoint published these metrics before it. */
export const ENDPOINT_METRICS_SINCE_MS = Date.parse("2026-11-19T00:00:00Z");

export interface EndpointSeriesKey {
  account: string;
  region: string;
  endpointId: string;
  /** Set for the per-configuration dimension set. */
  resourceConfigurationId?: string;
}

/** The dimension sets the model publishes: one per endpoint with traffic paths, one per (endpoint, configuration). */
export function endpointSeriesKeys(
  model: TrafficModel,
  account: string,
  region: string,
): EndpointSeriesKey[] {
  const keys = new Map<string, EndpointSeriesKey>();
  for (const p of model.paths) {
    if (!p.endpointId || p.accountId !== account || p.region !== region) continue;
    keys.set(p.endpointId, { account, region, endpointId: p.endpointId });
    keys.set(`${p.endpointId}|${p.configuration.id}`, {
      account,
      region,
      endpointId: p.endpointId,
      resourceConfigurationId: p.configuration.id,
    });
  }
  return [...keys.values()];
}

/** Dimensions as ListMetrics returns them (sorted by name). */
export function endpointDimensions(key: EndpointSeriesKey): Array<{ Name: string; Value: string }> {
  const dims = [{ Name: ENDPOINT_DIMENSION, Value: key.endpointId }];
  if (key.resourceConfigurationId)
    dims.unshift({ Name: CONFIGURATION_DIMENSION, Value: key.resourceConfigurationId });
  return dims;
}

/** The key a GetMetricData query names, if its dimensions are exactly one of the published sets. */
export function endpointKeyOf(
  model: TrafficModel,
  account: string,
  region: string,
  dims: Map<string | undefined, string | undefined>,
): EndpointSeriesKey | undefined {
  const endpointId = dims.get(ENDPOINT_DIMENSION);
  const cfg = dims.get(CONFIGURATION_DIMENSION);
  if (!endpointId || dims.size !== (cfg ? 2 : 1)) return undefined;
  return endpointSeriesKeys(model, account, region).find(
    (k) => k.endpointId === endpointId && k.resourceConfigurationId === cfg,
  );
}

function pathsOf(model: TrafficModel, key: EndpointSeriesKey): ResolvedPath[] {
  return model.paths.filter(
    (p) =>
      p.endpointId === key.endpointId &&
      p.accountId === key.account &&
      p.region === key.region &&
      (key.resourceConfigurationId === undefined || p.configuration.id === key.resourceConfigurationId),
  );
}

function maxConcurrent(conns: Connection[]): number {
  const edges: Array<[number, number]> = [];
  for (const c of conns) {
    edges.push([c.startMs, 1]);
    edges.push([c.startMs + c.durationSeconds * 1000, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let max = 0;
  for (const [, d] of edges) {
    open += d;
    max = Math.max(max, open);
  }
  return max;
}

export type EndpointMinute = Record<EndpointMetricName, number>;

/** Closed minutes never change: keep them per model (bounded), since dashboards re-read the same day. */
const CACHE_LIMIT = 200_000;
const minuteCache = new WeakMap<TrafficModel, Map<string, EndpointMinute | undefined>>();

/**
 * One minute's values, or undefined when nothing is published: no connection that minute (as for
 * PrivateLink endpoints, a metric is reported only for minutes with traffic), before the launch or
 * the model's history, or a minute not yet over.
 */
export function endpointMinute(
  model: TrafficModel,
  key: EndpointSeriesKey,
  minute: number,
  nowMs: number,
  paths: ResolvedPath[] = pathsOf(model, key),
): EndpointMinute | undefined {
  const t = minute * MINUTE_MS;
  if (t < ENDPOINT_METRICS_SINCE_MS || t < model.historyStartMs || t + MINUTE_MS > nowMs) return undefined;
  let cache = minuteCache.get(model);
  if (!cache) {
    cache = new Map();
    minuteCache.set(model, cache);
  }
  const k = `${key.account}|${key.region}|${key.endpointId}|${key.resourceConfigurationId ?? ""}|${minute}`;
  if (cache.has(k)) return cache.get(k);
  const conns = paths.flatMap((p) => connectionsInMinute(p, minute));
  let value: EndpointMinute | undefined;
  if (conns.length > 0) {
    let bytes = 0;
    for (const c of conns) bytes += c.bytesToResource + c.bytesFromResource;
    value = { BytesProcessed: bytes, NewConnections: conns.length, ActiveConnections: maxConcurrent(conns) };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(k, value);
  return value;
}

export function endpointPaths(model: TrafficModel, key: EndpointSeriesKey): ResolvedPath[] {
  return pathsOf(model, key);
}
