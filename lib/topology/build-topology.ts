/**
 * The topology the API returns: raw graph → traffic weights → folding (aggregation, collapse,
 * expand) → filters (account, region, focus) → elkjs layout. Pure apart from the layout call.
 */
import type { Inventory } from "@/lib/schemas/inventory";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { applyTraffic } from "./apply-traffic";
import { buildRawGraph } from "./build-raw-graph";
import { filterGraph, type GraphFilter } from "./filter-graph";
import { foldGraph, foldKeys } from "./fold-graph";
import type { GraphEdge, GraphNode } from "./graph-parts";
import { layoutTopology } from "./layout-topology";
import type { NodeHealth, TopologyGraph, TopologyNode } from "./topology-types";

/** Above this many raw nodes the estate opens aggregated (accounts, VPCs, service networks). */
export const AGGREGATE_ABOVE = 400;

export interface TopologyInput {
  inventory: Inventory;
  health: (resourceId: string) => NodeHealth;
  traffic?: EstateTraffic;
  /** Traffic is being read and not ready yet. */
  trafficPending?: boolean;
  window: TopologyGraph["window"];
  filter?: GraphFilter;
  expand?: string[];
  collapse?: string[];
  aggregate?: "auto" | "on" | "off";
  warnings?: string[];
  now?: () => number;
}

export interface UnpositionedTopology {
  patterns: TopologyGraph["patterns"];
  nodes: GraphNode[];
  edges: GraphEdge[];
  aggregated: boolean;
  collapsed: string[];
  focusId?: string;
}

/** Everything but the layout: what the table tests exercise. */
export function buildGraph(input: Omit<TopologyInput, "window">): UnpositionedTopology {
  const expand = new Set(input.expand ?? []);
  const raw = applyTraffic(
    buildRawGraph(input.inventory, {
      health: input.health,
      expandedEnis: new Set([...expand].filter((k) => k.startsWith("enis:")).map((k) => k.slice(5))),
    }),
    input.traffic,
  );
  const mode = input.aggregate ?? "auto";
  const aggregated = mode === "on" || (mode === "auto" && raw.nodes.length > AGGREGATE_ABOVE);
  const collapsed = new Set(aggregated ? foldKeys(raw) : []);
  for (const k of expand) collapsed.delete(k);
  for (const k of input.collapse ?? []) collapsed.add(k);
  const folded = foldGraph(raw, collapsed);
  const filtered = filterGraph(folded.nodes, folded.edges, input.filter ?? {});
  const f = input.filter ?? {};
  const counted = f.accountId || f.region || f.focus ? filterGraph(raw.nodes, raw.edges, f).nodes : raw.nodes;
  const patterns = { "resource-endpoint": 0, "sn-endpoint": 0, "sn-vpc-association": 0 };
  for (const n of counted) if (n.pattern) patterns[n.pattern] += 1;
  return { ...filtered, patterns, aggregated, collapsed: [...collapsed].sort() };
}

export async function buildTopology(input: TopologyInput): Promise<TopologyGraph> {
  const now = input.now ?? Date.now;
  const t0 = now();
  const g = buildGraph(input);
  const buildMs = now() - t0;
  const { boxes, cached, ms } = await layoutTopology(g.nodes, g.edges);
  const nodes: TopologyNode[] = g.nodes
    .map((n) => {
      const { foldBy: _fold, ...rest } = n;
      const b = boxes.get(n.id) ?? { x: 0, y: 0, width: 0, height: 0 };
      return { ...rest, x: b.x + b.width / 2, y: b.y + b.height / 2, width: b.width, height: b.height };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const covered = input.traffic?.configurations.filter((c) => c.totals).length ?? 0;
  return {
    window: input.window,
    nodes,
    edges: [...g.edges].sort((a, b) => a.id.localeCompare(b.id)),
    aggregated: g.aggregated,
    collapsed: g.collapsed,
    patterns: g.patterns,
    traffic: !input.traffic
      ? input.trafficPending
        ? "pending"
        : "none"
      : covered === input.traffic.configurations.length
        ? "available"
        : "partial",
    stats: {
      configurations: input.inventory.resourceConfigurations.length,
      layoutMs: Math.round(ms),
      layoutCached: cached,
      buildMs: Math.round(buildMs),
    },
    warnings: input.warnings ?? [],
    generatedAt: new Date(now()).toISOString(),
  };
}
