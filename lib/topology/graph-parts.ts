/** The graph before layout: what construction, traffic, aggregation and filtering pass along. */
import type { TopologyEdge, TopologyNode } from "./topology-types";

export type GraphNode = Omit<TopologyNode, "x" | "y" | "width" | "height"> & {
  /** Collapse keys that fold this node, most specific last (e.g. `account:1`, `vpc:vpc-1`). */
  foldBy?: FoldRule[];
};

/** When `key` is collapsed, the node is drawn as the aggregate `into` (built by `make`). */
export interface FoldRule {
  key: string;
  into: string;
}

export type GraphEdge = TopologyEdge;

export interface RawGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Aggregate nodes, by id, that folding may produce (only those used end up in the graph). */
  aggregates: Map<string, GraphNode>;
}

export function edgeId(source: string, target: string): string {
  return `${source}->${target}`;
}

export function newEdge(source: string, target: string): GraphEdge {
  return {
    id: edgeId(source, target),
    source,
    target,
    bytes: null,
    connections: null,
    rejects: null,
    multiplicity: 1,
  };
}

/** null stays "no data" only when both sides have none: a known 0 plus unknown is still known. */
export function addMetric(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a + b;
}
