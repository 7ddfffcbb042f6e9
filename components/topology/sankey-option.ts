/**
 * The Sankey view: bytes from consumers to resources for the window, along the same edges the
 * graph draws (consumer → entry → service network → configuration). Only edges with bytes count:
 * a Sankey of "no data" would draw nothing true. Pure.
 */
import type { ChartPalette } from "@/components/charts/options/chart-palette";
import { escapeHtml } from "@/components/charts/options/escape-html";
import { kindRank } from "@/lib/topology/node-size";
import type { TopologyGraph } from "@/lib/topology/topology-types";
import { formatBytes } from "./format-metric";
import { kindTag } from "./graph-option";

export function sankeyLinks(g: TopologyGraph) {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  return g.edges.filter((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    // Consumer side up to the configuration: past it, bytes repeat along gateway and target.
    return s && t && (e.bytes ?? 0) > 0 && kindRank[t.kind] <= kindRank.configuration;
  });
}

export function buildSankeyOption(g: TopologyGraph, p: ChartPalette): object | null {
  const links = sankeyLinks(g);
  if (links.length === 0) return null;
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const labelOf = (id: string | undefined) => byId.get(id ?? "")?.label ?? id ?? "";
  return {
    animation: false,
    tooltip: {
      trigger: "item",
      formatter: (x: {
        dataType?: string;
        data?: { source?: string; target?: string; value?: number; name?: string };
      }) =>
        x.dataType === "edge"
          ? `${escapeHtml(labelOf(x.data?.source))} → ${escapeHtml(labelOf(x.data?.target))}: ${formatBytes(x.data?.value ?? 0)}`
          : escapeHtml(labelOf(x.data?.name)),
    },
    series: [
      {
        type: "sankey",
        left: 16,
        right: 160,
        top: 16,
        bottom: 16,
        nodeGap: 10,
        draggable: false,
        emphasis: { focus: "adjacency" },
        data: [...used].sort().map((id) => {
          const n = byId.get(id);
          return {
            name: id,
            label: { formatter: n ? `${kindTag[n.kind]} ${n.label}` : id, color: p.text },
          };
        }),
        links: links.map((l) => ({ source: l.source, target: l.target, value: l.bytes ?? 0 })),
        lineStyle: { color: "gradient", opacity: 0.35 },
      },
    ],
  };
}
