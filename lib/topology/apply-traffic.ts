/**
 * Weights the raw graph's edges with estate traffic: each consumer's bytes run along its path
 * (VPC → entry → service network → configuration) and each configuration's totals along
 * configuration → gateway → target. Edges no covered configuration crosses keep null ("no data").
 * Pure; returns new edges.
 */
import type { EstateTraffic, TrafficTotals } from "@/lib/schemas/traffic";
import { addMetric, type GraphEdge, type RawGraph } from "./graph-parts";

function add(edge: GraphEdge | undefined, t: Pick<TrafficTotals, "bytes" | "connections" | "rejects">) {
  if (!edge) return;
  edge.bytes = addMetric(edge.bytes, t.bytes);
  edge.connections = addMetric(edge.connections, t.connections);
  edge.rejects = addMetric(edge.rejects, t.rejects);
}

const zero = { bytes: 0, connections: 0, rejects: 0 };

export function applyTraffic(graph: RawGraph, traffic: EstateTraffic | undefined): RawGraph {
  if (!traffic) return graph;
  const edges = graph.edges.map((e) => ({ ...e }));
  const byId = new Map(edges.map((e) => [e.id, e]));
  const incoming = new Map<string, GraphEdge[]>();
  const outgoing = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    incoming.set(e.target, [...(incoming.get(e.target) ?? []), e]);
    outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  }
  const parentOf = new Map(graph.nodes.map((n) => [n.id, n.parent]));

  for (const cfg of traffic.configurations) {
    if (!cfg.totals) continue;
    const node = `configuration:${cfg.id}`;
    // Covered: its own edges are known, 0 until traffic says otherwise. Incoming edges only when
    // every byte is attributed to a consumer: unattributed traffic came in by some entry, unknown which.
    const attributed = cfg.consumers.every((c) => c.endpointId || c.associationId);
    for (const e of outgoing.get(node) ?? []) add(e, zero);
    if (attributed) for (const e of incoming.get(node) ?? []) add(e, zero);
    for (const e of outgoing.get(node) ?? []) {
      add(e, cfg.totals);
      add(byId.get(`${e.target}->target:${cfg.id}`), cfg.totals);
    }
    for (const c of cfg.consumers) {
      // A GROUP's row repeats its children's consumers: count each where it was measured.
      if (c.resourceConfigurationId && c.resourceConfigurationId !== cfg.id) continue;
      const reached = `configuration:${c.resourceConfigurationId ?? cfg.id}`;
      const parent = parentOf.get(reached);
      const entry = c.endpointId
        ? `endpoint:${c.endpointId}`
        : c.associationId
          ? `association:${c.associationId}`
          : undefined;
      if (!entry) continue;
      for (const e of incoming.get(entry) ?? []) add(e, c);
      const hops = c.serviceNetworkId ? [entry, `service-network:${c.serviceNetworkId}`] : [entry];
      for (let i = 0; i + 1 < hops.length; i += 1) add(byId.get(`${hops[i]}->${hops[i + 1]}`), c);
      const last = hops[hops.length - 1];
      add(byId.get(`${last}->${reached}`) ?? (parent ? byId.get(`${last}->${parent}`) : undefined), c);
    }
  }
  return { ...graph, edges };
}
