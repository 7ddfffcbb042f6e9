/**
 * Narrowing a (folded) graph: to one account and/or region (plus the nodes one hop away, so a
 * cross-account path stays visible), or to a focus node with everything upstream and downstream
 * of it (its whole access path, as Kiali's focus does). Frames and groups of kept nodes stay;
 * empty frames go. Pure.
 */
import type { GraphEdge, GraphNode } from "./graph-parts";

export interface GraphFilter {
  accountId?: string;
  region?: string;
  /** A node id, or a resource id (matched against the nodes' resource ids). */
  focus?: string;
}

/**
 * Nodes reachable from `start` along `next`. A gateway serves many configurations: a path that
 * came through configurations only continues to (or, upward from a target, back to) the gateway's
 * targets/configurations of those configurations, not to all of them.
 */
function reach(
  start: string[],
  next: Map<string, string[]>,
  byId: Map<string, GraphNode>,
  /** Upward: a CHILD is reached through its GROUP's entries, so climb to the group too. */
  climbGroups = false,
): Set<string> {
  const seen = new Set(start);
  const configs = new Set<string>();
  const note = (id: string) => {
    const n = byId.get(id);
    if (n?.resourceId && (n.kind === "configuration" || n.kind === "target")) {
      configs.add(n.resourceId);
      if (n.parent?.startsWith("configuration:")) configs.add(n.parent.slice("configuration:".length));
    }
  };
  for (const id of start) note(id);
  const stack = [...start];
  while (stack.length) {
    const cur = stack.pop()!;
    const curNode = byId.get(cur);
    const fromGateway = curNode?.kind === "gateway" && configs.size > 0;
    const extra = climbGroups && curNode?.parent?.startsWith("configuration:") ? [curNode.parent] : [];
    for (const n of [...(next.get(cur) ?? []), ...extra]) {
      if (seen.has(n)) continue;
      const node = byId.get(n);
      if (fromGateway && node?.resourceId && (node.kind === "target" || node.kind === "configuration")) {
        const parent = node.parent?.startsWith("configuration:") ? node.parent.slice(14) : undefined;
        if (!configs.has(node.resourceId) && !(parent && configs.has(parent))) continue;
      }
      seen.add(n);
      note(n);
      stack.push(n);
    }
  }
  return seen;
}

/** The node a focus value names: an id, else the node holding that resource (aggregates included). */
export function resolveFocus(nodes: GraphNode[], focus: string): string | undefined {
  return (nodes.find((n) => n.id === focus) ?? nodes.find((n) => n.resourceId === focus))?.id;
}

export function filterGraph(
  nodes: GraphNode[],
  edges: GraphEdge[],
  filter: GraphFilter,
): { nodes: GraphNode[]; edges: GraphEdge[]; focusId?: string } {
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  for (const e of edges) {
    down.set(e.source, [...(down.get(e.source) ?? []), e.target]);
    up.set(e.target, [...(up.get(e.target) ?? []), e.source]);
  }
  const children = new Map<string, string[]>();
  for (const n of nodes) if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  let keep: Set<string> | undefined;
  if (filter.accountId || filter.region) {
    const seed = nodes.filter(
      (n) =>
        n.kind !== "account-region" &&
        (!filter.accountId || n.accountId === filter.accountId) &&
        (!filter.region || n.region === filter.region),
    );
    keep = new Set(seed.map((n) => n.id));
    for (const id of [...keep]) for (const m of [...(down.get(id) ?? []), ...(up.get(id) ?? [])]) keep.add(m);
  }
  let focusId: string | undefined;
  if (filter.focus) {
    focusId = resolveFocus(nodes, filter.focus);
    if (focusId) {
      // A group's paths run through its children too.
      const start = [focusId, ...(children.get(focusId) ?? [])];
      const path = new Set([...reach(start, down, byId), ...reach(start, up, byId, true)]);
      keep = keep ? new Set([...keep].filter((id) => path.has(id))) : path;
    }
  }

  let kept = keep ? nodes.filter((n) => keep.has(n.id) || n.kind === "account-region") : nodes;
  // Keep the ancestors (groups, frames) of every kept node, then drop frames left empty.
  const ids = new Set(kept.map((n) => n.id));
  if (keep) {
    for (const id of keep) {
      let p = byId.get(id)?.parent;
      while (p && !keep.has(p)) {
        keep.add(p);
        p = byId.get(p)?.parent;
      }
    }
    kept = nodes.filter((n) => keep.has(n.id));
  }
  const parents = new Set(kept.map((n) => n.parent).filter(Boolean));
  kept = kept.filter((n) => n.kind !== "account-region" || parents.has(n.id));
  ids.clear();
  for (const n of kept) ids.add(n.id);
  return {
    nodes: kept,
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    focusId,
  };
}
