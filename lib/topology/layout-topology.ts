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
const FRAME_PADDING = "[top=30,left=10,bottom=10,right=10]";
const GROUP_PADDING = "[top=30,left=10,bottom=10,right=10]";

const rootOptions: Record<string, string> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.randomSeed": "1",
  "elk.spacing.nodeNode": "12",
  "elk.layered.spacing.nodeNodeBetweenLayers": "44",
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

  const boxes = await layoutComponents(nodes, edges);
  cache.set(key, boxes);
  while (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return { boxes, cached: false, ms: performance.now() - started };
}

/** One connected part of the graph through ELK; boxes relative to the part's top-left. */
async function layoutOne(
  nodes: GraphNode[],
  edges: GraphEdge[],
): Promise<{ boxes: Map<string, Box>; width: number; height: number }> {
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
              // Wide enough for the frame's or group's own label.
              "elk.nodeSize.minimum": `(${Math.max(160, Math.round(n.label.length * 6.8 + 40))},60)`,
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

  return { boxes, width: laid.width ?? 0, height: laid.height ?? 0 };
}

const GAP = 28;
/** Target width:height of the packed drawing: a landscape canvas. */
const ASPECT = 1.6;

/**
 * ELK stacks disconnected parts in one column once frames are compound nodes, which makes a large
 * estate a narrow strip that no canvas can show legibly. So each connected part (edges, and
 * membership of a frame or group) is laid out alone and the parts are packed in rows towards a
 * landscape aspect, in a stable order (largest first, ties by id).
 */
async function layoutComponents(nodes: GraphNode[], edges: GraphEdge[]): Promise<Map<string, Box>> {
  const up = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (up.has(r) && up.get(r) !== r) r = up.get(r)!;
    up.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    // The smaller id stays the root, so the parts' identity does not depend on input order.
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    if (lo !== hi) up.set(hi, lo);
  };
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    find(n.id);
    if (n.parent && ids.has(n.parent)) union(n.id, n.parent);
  }
  for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) union(e.source, e.target);

  const parts = new Map<string, { nodes: GraphNode[]; edges: GraphEdge[] }>();
  for (const n of nodes) {
    const r = find(n.id);
    const part = parts.get(r) ?? { nodes: [], edges: [] };
    part.nodes.push(n);
    parts.set(r, part);
  }
  for (const e of edges) if (ids.has(e.source) && ids.has(e.target)) parts.get(find(e.source))?.edges.push(e);

  const laid = [];
  for (const [rootId, part] of [...parts].sort((a, b) => a[0].localeCompare(b[0]))) {
    laid.push({ rootId, ...(await layoutOne(part.nodes, part.edges)) });
  }
  laid.sort((a, b) => b.width * b.height - a.width * a.height || a.rootId.localeCompare(b.rootId));

  const area = laid.reduce((sum, p) => sum + (p.width + GAP) * (p.height + GAP), 0);
  const rowWidth = Math.max(Math.sqrt(area * ASPECT), ...laid.map((p) => p.width));
  const out = new Map<string, Box>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const p of laid) {
    if (x > 0 && x + p.width > rowWidth) {
      x = 0;
      y += Math.round(rowHeight) + GAP;
      rowHeight = 0;
    }
    for (const [id, b] of p.boxes) out.set(id, { ...b, x: b.x + x, y: b.y + y });
    x += Math.round(p.width) + GAP;
    rowHeight = Math.max(rowHeight, p.height);
  }
  return out;
}
