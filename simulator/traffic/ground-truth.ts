/**
 * Ground truth from the model (never from rendered logs). Counting rule: a connection belongs to
 * the window [from, to) iff from ≤ start < to; all its bytes and its reject count there. Its flow
 * records start at the same second, so summing flow records by record start gives the same totals.
 * `bytes` are accepted bytes only (REJECT records' SYN bytes are not traffic); `connections`
 * counts every attempt, accepted or rejected (each has one access-log record); `rejects` counts the
 * rejected ones (each has one REJECT record on the gateway ENI).
 */
import { connectionsBetween } from "./connections";
import type { ResolvedPath } from "./resolve-paths";
import type { TrafficModel } from "./traffic-model";

export interface TruthTotals {
  bytes: number;
  bytesToResource: number;
  bytesFromResource: number;
  connections: number;
  rejects: number;
}

export interface TruthConsumer extends TruthTotals {
  key: string;
  accountId: string;
  vpcId: string;
  endpointId?: string;
  pattern: ResolvedPath["pattern"];
  serviceNetworkId?: string;
  resourceConfigurationId: string;
}

export interface TrafficTruth extends TruthTotals {
  from: string;
  to: string;
  consumers: TruthConsumer[];
}

export interface TruthFilter {
  resourceConfigurationId?: string;
  gatewayId?: string;
  endpointId?: string;
}

const zero = (): TruthTotals => ({
  bytes: 0,
  bytesToResource: 0,
  bytesFromResource: 0,
  connections: 0,
  rejects: 0,
});

export function trafficTruth(
  model: TrafficModel,
  filter: TruthFilter,
  fromMs: number,
  toMs: number,
  nowMs: number,
): TrafficTruth {
  const to = Math.min(toMs, nowMs + 1);
  const from = Math.max(fromMs, model.historyStartMs);
  const paths = model.paths.filter(
    (p) =>
      (filter.resourceConfigurationId === undefined ||
        p.configuration.id === filter.resourceConfigurationId ||
        p.configuration.parentId === filter.resourceConfigurationId) &&
      (filter.gatewayId === undefined || p.gatewayId === filter.gatewayId) &&
      (filter.endpointId === undefined || p.endpointId === filter.endpointId),
  );
  const total = zero();
  const consumers = new Map<string, TruthConsumer>();
  for (const p of paths) {
    // One consumer per (key, configuration): a gateway or endpoint subject spans several configurations.
    const key = `${p.consumerKey}/${p.configuration.id}`;
    let c = consumers.get(key);
    if (!c) {
      c = {
        key: p.consumerKey,
        accountId: p.accountId,
        vpcId: p.vpcId,
        endpointId: p.endpointId,
        pattern: p.pattern,
        serviceNetworkId: p.serviceNetworkId,
        resourceConfigurationId: p.configuration.id,
        ...zero(),
      };
      consumers.set(key, c);
    }
    if (from < to) {
      for (const conn of connectionsBetween(p, from, to)) {
        for (const t of [c, total]) {
          t.connections += 1;
          if (conn.rejected) t.rejects += 1;
          t.bytesToResource += conn.bytesToResource;
          t.bytesFromResource += conn.bytesFromResource;
          t.bytes += conn.bytesToResource + conn.bytesFromResource;
        }
      }
    }
  }
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMs).toISOString(),
    ...total,
    consumers: [...consumers.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
