/**
 * The ECharts option for the topology graph: server positions (`layout: 'none'`), frames and
 * groups drawn as boxes behind their children, edge width by bytes on a log scale, colour by
 * health and rejects. Pure (palette passed in), so it is tested without a DOM.
 */
import type { ChartPalette } from "@/components/charts/options/chart-palette";
import type { NodeHealth, TopologyEdge, TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { type EdgeLabelMetric, formatBytes, formatCount, formatMetric } from "./format-metric";

export interface GraphView {
  labels: EdgeLabelMetric;
  hidden: ReadonlySet<string>;
  search: string;
  focusId?: string;
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

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
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

export function buildGraphOption(g: TopologyGraph, view: GraphView, p: ChartPalette): object {
  const { nodes, edges } = visibleGraph(g, view.hidden);
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
      symbolSize: [n.width, n.height],
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
            color: p.surface,
            borderColor: color,
            borderWidth: focused || hit ? 3 : n.health === "ok" ? 1.5 : 2.5,
            borderType: n.health === "unknown" ? "dashed" : "solid",
            opacity: dim(n) ? 0.25 : 1,
            shadowBlur: focused ? 8 : 0,
            shadowColor: p.accent,
          },
      label: {
        show: true,
        position: box ? "insideTopLeft" : "inside",
        distance: 0,
        padding: box ? [6, 8] : 0,
        color: box ? p.textMuted : p.text,
        fontSize: box ? 11 : 12,
        fontWeight: n.kind === "account-region" ? 600 : 400,
        width: box ? undefined : n.width - 12,
        overflow: "truncate",
        opacity: dim(n) ? 0.35 : 1,
        formatter: box
          ? n.kind === "account-region"
            ? n.label
            : `${kindTag[n.kind]}  ${n.label}`
          : `{k|${kindTag[n.kind]}} ${n.label}${n.count !== undefined && n.kind !== "account" ? "" : n.count !== undefined ? ` (${n.count})` : ""}`,
        rich: { k: { color: color, fontSize: 9, fontWeight: 700 } },
      },
      tooltip: box && n.kind === "account-region" ? { show: false } : undefined,
      value: n.kind,
    };
  });

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
      source: e.source,
      target: e.target,
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
        fontSize: 10,
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
        // Boxes must scale exactly as their children when zooming.
        nodeScaleRatio: 1,
        draggable: false,
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: [0, 7],
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency", lineStyle: { opacity: 1 } },
        data,
        links,
      },
    ],
  };
}
