/**
 * Server-side layout with elkjs (layered, left → right), in-process: the bundled build needs no
 * web worker. Frames (account × region), GROUP configurations and expanded gateways are compound
 * nodes; edges cross them (hierarchyHandling INCLUDE_CHILDREN). Input is sorted by id and ELK's
 * seed fixed, so the same graph gets the same positions on every refresh; layouts are cached by
 * the graph's shape (nodes, parents, sizes, edges), so a refresh with new traffic reuses them.
 */
import ELK from "elkjs/lib/elk.bundled.js";
import type { ElkNode } from "elkjs/lib/elk-api";
import type { GraphEdge, GraphNode } from "./graph-parts";
import { kindRank, nodeSize } from "./node-size";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const elk = new ELK();
const FRAME_PADDING = "[top=34,left=14,bottom=14,right=14]";
const GROUP_PADDING = "[top=30,left=10,bottom=10,right=10]";

const rootOptions: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.randomSeed": "1",
  "elk.spacing.nodeNode": "16",
  "elk.layered.spacing.nodeNodeBetweenLayers": "56",
  "elk.spacing.componentComponent": "28",
  "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
  "elk.layered.crossingMinimization.strategy": "LAYER_SWEEP",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.partitioning.activate": "true",
  "elk.edgeRouting": "POLYLINE",
};

/** cyrb53: a fast 53-bit string hash, enough to key a handful of cached layouts. */
function hash(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i += 1) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function shapeKey(nodes: GraphNode[], edges: GraphEdge[]): string {
  const n = nodes
    .map((x) => `${x.id}|${x.parent ?? ""}|${x.isGroup ? 1 : 0}|${x.label}`)
    .sort()
    .join("\n");
  const e = edges
    .map((x) => x.id)
    .sort()
    .join("\n");
  return hash(`${n}\n#\n${e}`);
}

// Process-wide (route handlers and pages are separate bundles in a production build).
const shared = globalThis as { __latticeLensLayouts?: Map<string, Map<string, Box>> };
shared.__latticeLensLayouts ??= new Map();
const cache = shared.__latticeLensLayouts;
const CACHE_LIMIT = 24;

export async function layoutTopology(
  nodes: GraphNode[],
  edges: GraphEdge[],
): Promise<{ boxes: Map<string, Box>; cached: boolean; ms: number }> {
  const started = performance.now();
  const key = shapeKey(nodes, edges);
  const hit = cache.get(key);
  if (hit) {
    // Refresh its place in the LRU order.
    cache.delete(key);
    cache.set(key, hit);
    return { boxes: hit, cached: true, ms: performance.now() - started };
  }

  const sorted = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  const elkNodes = new Map<string, ElkNode>();
  for (const n of sorted) {
    const group = n.isGroup === true;
    const size = group ? {} : nodeSize(n.kind, n.label);
    elkNodes.set(n.id, {
      id: n.id,
      ...size,
      layoutOptions: {
        "elk.partitioning.partition": String(kindRank[n.kind]),
        ...(group
          ? {
              "elk.padding": n.kind === "account-region" ? FRAME_PADDING : GROUP_PADDING,
              "elk.nodeSize.constraints": "MINIMUM_SIZE",
              "elk.nodeSize.minimum": "(160,60)",
            }
          : {}),
      },
      children: group ? [] : undefined,
    });
  }
  const root: ElkNode = { id: "root", layoutOptions: rootOptions, children: [], edges: [] };
  for (const n of sorted) {
    const me = elkNodes.get(n.id)!;
    const parent = n.parent ? elkNodes.get(n.parent) : undefined;
    if (parent?.children) parent.children.push(me);
    else root.children!.push(me);
  }
  root.edges = [...edges]
    .sort((a, b) => a.id.localeCompare(b.id))
    .filter((e) => elkNodes.has(e.source) && elkNodes.has(e.target))
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));

  const laid = await elk.layout(root);
  const boxes = new Map<string, Box>();
  const walk = (n: ElkNode, ox: number, oy: number) => {
    for (const c of n.children ?? []) {
      const x = ox + (c.x ?? 0);
      const y = oy + (c.y ?? 0);
      boxes.set(c.id, {
        x: Math.round(x),
        y: Math.round(y),
        width: Math.round(c.width ?? 0),
        height: Math.round(c.height ?? 0),
      });
      walk(c, x, y);
    }
  };
  walk(laid, 0, 0);

  cache.set(key, boxes);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return { boxes, cached: false, ms: performance.now() - started };
}
