/**
 * Aggregation: nodes whose fold key is collapsed are replaced by their aggregate (a consumer account,
 * a VPC, the configurations of a service network…); edges follow, parallel ones merge (metrics
 * summed, null only when every part is null) and edges inside an aggregate disappear. Pure.
 */

import { worstHealth } from "./build-raw-graph";
import { addMetric, type GraphEdge, type GraphNode, type RawGraph } from "./graph-parts";

/** Every fold key the graph offers (for the default "everything collapsed" of large estates). */
export function foldKeys(graph: RawGraph): string[] {
  const keys = new Set<string>();
  for (const n of graph.nodes) for (const r of n.foldBy ?? []) keys.add(r.key);
  return [...keys].sort();
}

export function foldGraph(
  graph: RawGraph,
  collapsed: ReadonlySet<string>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (collapsed.size === 0) return { nodes: graph.nodes, edges: graph.edges };
  const rep = new Map<string, string>();
  const members = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    // Outermost rule first: a collapsed account hides its VPCs whether or not they are collapsed.
    const rule = n.foldBy?.find((r) => collapsed.has(r.key));
    if (!rule || rule.into === n.id) continue;
    rep.set(n.id, rule.into);
    members.set(rule.into, [...(members.get(rule.into) ?? []), n]);
  }
  // An aggregate of one says less than the node itself: leave it unfolded.
  for (const [into, list] of members) {
    if (list.length === 1 && graph.aggregates.has(into)) {
      rep.delete(list[0]!.id);
      members.delete(into);
    }
  }
  // A node folded into a node that is itself folded (endpoint → VPC → account) ends at the last.
  const resolve = (id: string): string => {
    let cur = id;
    for (let i = 0; i < 4 && rep.has(cur); i += 1) cur = rep.get(cur) ?? cur;
    return cur;
  };

  const nodes: GraphNode[] = [];
  const present = new Set<string>();
  for (const n of graph.nodes) {
    if (rep.has(n.id)) continue;
    const folded = members.get(n.id);
    nodes.push(
      folded
        ? {
            ...n,
            label: `${n.label} · ${folded.length} entr${folded.length === 1 ? "y" : "ies"}`,
            count: folded.length,
            health: worstHealth([n.health, ...folded.map((m) => m.health)]),
          }
        : n,
    );
    present.add(n.id);
  }
  for (const [id, list] of members) {
    if (present.has(id)) continue;
    const agg = graph.aggregates.get(id);
    if (!agg) continue;
    // Count resources, not the targets and children that fold along with them.
    const counted = list.filter((m) => m.kind === agg.kind || agg.kind === "account");
    const vpcs = list.filter((m) => m.kind === "vpc").length;
    const entries = list.length - vpcs;
    nodes.push({
      ...agg,
      count: agg.kind === "account" ? list.length : counted.length,
      health: worstHealth(list.map((m) => m.health)),
      label:
        agg.kind === "account"
          ? // The frame names the account; the node says what it folds.
            `${vpcs} VPC${vpcs === 1 ? "" : "s"} · ${entries} entr${entries === 1 ? "y" : "ies"}`
          : `${counted.length} ${agg.label}`,
    });
    present.add(id);
  }
  // Group parents that were folded away hand their children to the aggregate's frame.
  for (let i = 0; i < nodes.length; i += 1) {
    const n = nodes[i]!;
    if (n.parent && !present.has(n.parent)) {
      const p = resolve(n.parent);
      nodes[i] = { ...n, parent: present.has(p) && p !== n.id ? p : undefined };
    }
  }

  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    const source = resolve(e.source);
    const target = resolve(e.target);
    if (source === target) continue;
    const id = `${source}->${target}`;
    const had = edges.get(id);
    edges.set(
      id,
      had
        ? {
            ...had,
            bytes: addMetric(had.bytes, e.bytes),
            connections: addMetric(had.connections, e.connections),
            rejects: addMetric(had.rejects, e.rejects),
            multiplicity: had.multiplicity + e.multiplicity,
          }
        : { ...e, id, source, target },
    );
  }
  // Groups whose members all folded away are no longer groups.
  const hasChild = new Set(nodes.map((n) => n.parent).filter(Boolean));
  const out = nodes.map((n) => (n.isGroup && !hasChild.has(n.id) ? { ...n, isGroup: undefined } : n));
  return { nodes: out, edges: [...edges.values()] };
}
