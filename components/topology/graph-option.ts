/**
 * The ECharts option for the topology graph: server positions (`layout: 'none'`), frames and
 * groups drawn as boxes behind their children, edge width by bytes on a log scale, colour by
 * health and rejects. Pure (palette passed in), so it is tested without a DOM.
 */
import type { ChartPalette } from "@/components/charts/options/chart-palette";
import { escapeHtml } from "@/components/charts/options/escape-html";
import type { NodeHealth, TopologyEdge, TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { type EdgeLabelMetric, formatBytes, formatCount, formatMetric } from "./format-metric";

export interface GraphView {
  labels: EdgeLabelMetric;
  hidden: ReadonlySet<string>;
  search: string;
  focusId?: string;
}

/** The canvas, and the user's roam (zoom factor, centre in data coordinates) to keep across redraws. */
export interface Viewport {
  width: number;
  height: number;
  zoom: number;
  center?: [number, number];
}

const PAD = 16;

/**
 * ECharts fits the data points into the series box but draws symbols in pixels, so boxes from the
 * layout would not line up with their children. Instead one scale holds for the whole drawing (fit
 * to the canvas, never above 1.2) and two invisible anchors at the corners of the layout's extent
 * make the series box map exactly onto it: pixel = box.left + (x - origin.x) × scale.
 */
export function fitScale(nodes: TopologyNode[], vp: Pick<Viewport, "width" | "height">) {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.width / 2);
    x1 = Math.max(x1, n.x + n.width / 2);
    y0 = Math.min(y0, n.y - n.height / 2);
    y1 = Math.max(y1, n.y + n.height / 2);
  }
  if (nodes.length === 0) [x0, y0, x1, y1] = [0, 0, 1, 1];
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const scale = Math.min(1.2, (vp.width - 2 * PAD) / w, (vp.height - 2 * PAD) / h);
  return {
    scale,
    origin: { x: x0, y: y0 },
    extent: { x0, y0, x1, y1 },
    box: {
      left: (vp.width - w * scale) / 2,
      top: (vp.height - h * scale) / 2,
      width: w * scale,
      height: h * scale,
    },
  };
}

export const kindTag: Record<TopologyNode["kind"], string> = {
  account: "ACCT",
  vpc: "VPC",
  endpoint: "VPCE",
  association: "ASSOC",
  "service-network": "SN",
  configuration: "RC",
  gateway: "RGW",
  eni: "ENI",
  target: "TGT",
  "account-region": "",
};

export function healthColor(h: NodeHealth, p: ChartPalette): string {
  if (h === "critical") return p.bad;
  if (h === "warning") return p.pending;
  if (h === "unknown") return p.textMuted;
  if (h === "info") return p.accent;
  return p.ok;
}

/** 1 px for no data or tiny flows, up to 9 px at ~1 TB: width grows with log10(bytes). */
export function edgeWidth(bytes: number | null): number {
  if (bytes == null || bytes <= 0) return 1;
  return Math.min(9, Math.max(1.2, 1 + (Math.log10(bytes) - 3) * 0.9));
}

export function matchesSearch(n: TopologyNode, q: string): boolean {
  if (!q) return false;
  const s = q.toLowerCase();
  return (
    n.label.toLowerCase().includes(s) ||
    (n.resourceId?.toLowerCase().includes(s) ?? false) ||
    n.accountId.includes(s)
  );
}

function nodeTooltip(n: TopologyNode): string {
  const rows = Object.entries({
    kind: n.kind,
    ...(n.resourceId ? { id: n.resourceId } : {}),
    account: n.accountId,
    region: n.region,
    health: n.health,
    ...(n.alarm ? { alarm: n.alarm } : {}),
    ...(n.count !== undefined ? { aggregates: String(n.count) } : {}),
    ...(n.details ?? {}),
  });
  const hint =
    n.expandKey && n.count !== undefined
      ? "click to expand"
      : n.href
        ? "click to open · alt-click to focus"
        : "alt-click to focus";
  return `<b>${escapeHtml(n.label)}</b><br/>${rows
    .map(([k, v]) => `${escapeHtml(k)}: <code>${escapeHtml(v)}</code>`)
    .join("<br/>")}<br/><i>${hint}</i>`;
}

function edgeTooltip(e: TopologyEdge, byId: Map<string, TopologyNode>): string {
  const s = byId.get(e.source)?.label ?? e.source;
  const t = byId.get(e.target)?.label ?? e.target;
  const v = (x: number | null, f: (n: number) => string) => (x == null ? "no data" : f(x));
  return [
    `<b>${escapeHtml(s)} → ${escapeHtml(t)}</b>`,
    `bytes: ${v(e.bytes, formatBytes)}`,
    `connections: ${v(e.connections, formatCount)}`,
    `rejects: ${v(e.rejects, formatCount)}`,
    ...(e.cost != null ? [`cost: $${e.cost.toFixed(3)}`] : []),
    ...(e.multiplicity > 1 ? [`links merged: ${e.multiplicity}`] : []),
  ].join("<br/>");
}

/** `#rrggbb` with alpha; other colour syntaxes are returned as they are. */
export function tint(color: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return color;
  return `rgba(${Number.parseInt(m[1]!, 16)}, ${Number.parseInt(m[2]!, 16)}, ${Number.parseInt(m[3]!, 16)}, ${alpha})`;
}

/** Nodes and edges left after hiding kinds (edges need both ends). */
export function visibleGraph(g: TopologyGraph, hidden: ReadonlySet<string>) {
  const nodes = g.nodes.filter((n) => !hidden.has(n.kind));
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: g.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

function paintOrder(n: TopologyNode): number {
  if (n.kind === "account-region") return 0;
  return n.isGroup ? 1 : 2;
}

export function buildGraphOption(g: TopologyGraph, view: GraphView, p: ChartPalette, vp: Viewport): object {
  const { nodes, edges } = visibleGraph(g, view.hidden);
  const { scale, box: seriesBox, extent } = fitScale(nodes, vp);
  // Symbols follow the roam zoom by themselves (nodeScaleRatio 1); label fonts do not, so they are sized here.
  const textScale = scale * vp.zoom;
  const font = (base: number) => Math.max(8, Math.min(base * 1.25, base * textScale));
  const showText = textScale >= 0.4;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const searching = view.search.trim().length > 0;
  const dim = (n: TopologyNode) =>
    searching && n.kind !== "account-region" && !n.isGroup && !matchesSearch(n, view.search);
  // Frames first, then groups, then leaves: later data paints on top.
  const ordered = [...nodes].sort((a, b) => paintOrder(a) - paintOrder(b) || a.id.localeCompare(b.id));

  const data = ordered.map((n) => {
    const box = n.kind === "account-region" || n.isGroup;
    const color = healthColor(n.health, p);
    const focused = view.focusId === n.id;
    const hit = searching && matchesSearch(n, view.search);
    return {
      id: n.id,
      name: n.id,
      x: n.x,
      y: n.y,
      symbol: n.kind === "service-network" || n.kind === "account" ? "roundRect" : "rect",
      symbolSize: [n.width * scale, n.height * scale],
      // Boxes take no hover emphasis: hovering a frame would fade the whole estate.
      emphasis: box ? { disabled: true } : undefined,
      itemStyle: box
        ? {
            color: n.kind === "account-region" ? "rgba(120,130,145,0.06)" : "rgba(31,95,191,0.06)",
            borderColor: n.kind === "account-region" ? p.axis : color,
            borderWidth: 1,
            borderType: n.kind === "account-region" ? "solid" : "dashed",
          }
        : {
            // A tinted fill, no border: ECharts strokes a stretched unit square, so borders on wide
            // boxes come out thick at the sides and hairline at top and bottom.
            color: tint(color, n.health === "ok" ? 0.1 : n.health === "unknown" ? 0.14 : 0.2),
            borderWidth: 0,
            opacity: dim(n) ? 0.25 : 1,
            // An alarm in ALARM glows red, whatever the findings say.
            shadowBlur: focused || hit || n.alarm === "ALARM" ? 10 : 0,
            shadowColor: n.alarm === "ALARM" && !focused && !hit ? p.bad : p.accent,
          },
      label: {
        show: showText || n.kind === "account-region",
        position: box ? "insideTopLeft" : "inside",
        distance: 0,
        padding: box ? [6 * textScale, 8 * textScale] : 0,
        color: box ? p.textMuted : p.text,
        fontSize: font(n.kind === "account-region" ? 12 : box ? 11 : 12),
        fontWeight: n.kind === "account-region" ? 600 : 400,
        width: Math.max(10, (n.width - (box ? 16 : 12)) * textScale),
        overflow: "truncate",
        opacity: dim(n) ? 0.35 : 1,
        formatter: box
          ? n.kind === "account-region"
            ? n.label
            : `${kindTag[n.kind]}  ${n.label}`
          : `${n.alarm === "ALARM" ? "{a|ALARM} " : ""}{k|${kindTag[n.kind]}} ${n.label}`,
        rich: {
          k: { color: color, fontSize: font(9), fontWeight: 700 },
          a: {
            color: "#fff",
            backgroundColor: p.bad,
            borderRadius: 3,
            padding: [1, 3],
            fontSize: font(8),
            fontWeight: 700,
          },
        },
      },
      tooltip: box && n.kind === "account-region" ? { show: false } : undefined,
      value: n.kind,
    };
  });

  // Edges run from the source's right border to the target's left border (invisible ports), so
  // arrows are not hidden under the boxes and edges into a group end at its border, not behind its children.
  const port = (id: string, x: number, y: number) => ({
    id,
    name: id,
    x,
    y,
    symbol: "none",
    symbolSize: 1,
    label: { show: false },
    tooltip: { show: false },
  });
  const ports = new Map<string, ReturnType<typeof port>>();
  const portOf = (id: string, side: "in" | "out") => {
    const key = `${id}#${side}`;
    const n = byId.get(id);
    if (n && !ports.has(key))
      ports.set(key, port(key, side === "in" ? n.x - n.width / 2 : n.x + n.width / 2, n.y));
    return key;
  };
  const anchors = [port("#anchor-0", extent.x0, extent.y0), port("#anchor-1", extent.x1, extent.y1)];

  const links = edges.map((e) => {
    const target = byId.get(e.target);
    const rejecting = (e.rejects ?? 0) > 0;
    const colour = rejecting
      ? p.bad
      : target && (target.health === "critical" || target.health === "warning")
        ? healthColor(target.health, p)
        : p.axis;
    const metric = view.labels === "none" ? null : e[view.labels === "cost" ? "cost" : view.labels];
    return {
      id: e.id,
      source: portOf(e.source, "out"),
      target: portOf(e.target, "in"),
      value: e.bytes ?? undefined,
      lineStyle: {
        width: edgeWidth(e.bytes),
        color: colour,
        type: e.bytes == null ? "dashed" : "solid",
        opacity: searching ? 0.4 : 0.85,
        curveness: 0.08,
      },
      label: {
        show: view.labels !== "none",
        formatter: formatMetric(view.labels, metric ?? null),
        fontSize: font(10),
        color: rejecting ? p.bad : p.textMuted,
      },
    };
  });

  return {
    backgroundColor: "transparent",
    animation: false,
    tooltip: {
      trigger: "item",
      confine: true,
      enterable: false,
      formatter: (params: { dataType?: string; data?: { id?: string } }) => {
        const id = params.data?.id;
        if (!id) return "";
        if (params.dataType === "edge") {
          const e = edges.find((x) => x.id === id);
          return e ? edgeTooltip(e, byId) : "";
        }
        const n = byId.get(id);
        return n ? nodeTooltip(n) : "";
      },
    },
    series: [
      {
        type: "graph",
        layout: "none",
        roam: true,
        ...seriesBox,
        zoom: vp.zoom,
        ...(vp.center ? { center: vp.center } : {}),
        // Boxes must scale exactly as their children when zooming.
        nodeScaleRatio: 1,
        draggable: false,
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: [0, 7],
        emphasis: { lineStyle: { opacity: 1, width: 3 } },
        data: [...anchors, ...data, ...ports.values()],
        links,
      },
    ],
  };
}
