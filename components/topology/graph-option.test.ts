import { describe, expect, it } from "vitest";
import { lightPalette } from "@/components/charts/options/chart-palette";
import type { TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { buildGraphOption, edgeWidth, fitScale, matchesSearch, visibleGraph } from "./graph-option";
import { buildSankeyOption } from "./sankey-option";

const node = (
  id: string,
  kind: TopologyNode["kind"],
  x: number,
  y: number,
  extra: Partial<TopologyNode> = {},
) =>
  ({
    id,
    kind,
    label: id,
    accountId: "111111111111",
    region: "us-east-1",
    health: "ok",
    x,
    y,
    width: 100,
    height: 30,
    ...extra,
  }) as TopologyNode;

const graph: TopologyGraph = {
  window: { from: "now-1h", to: "now", start: 0, end: 1 },
  nodes: [
    node("frame:1", "account-region", 250, 100, { width: 500, height: 200, isGroup: true }),
    node("vpc:a", "vpc", 100, 100, { parent: "frame:1" }),
    node("endpoint:e", "endpoint", 250, 100, { parent: "frame:1", resourceId: "vpce-1" }),
    node("configuration:c", "configuration", 400, 100, { parent: "frame:1", health: "critical" }),
  ],
  edges: [
    {
      id: "vpc:a->endpoint:e",
      source: "vpc:a",
      target: "endpoint:e",
      bytes: 1e6,
      connections: 3,
      rejects: 0,
      multiplicity: 1,
    },
    {
      id: "endpoint:e->configuration:c",
      source: "endpoint:e",
      target: "configuration:c",
      bytes: null,
      connections: null,
      rejects: 2,
      multiplicity: 1,
    },
  ],
  aggregated: false,
  collapsed: [],
  patterns: { "resource-endpoint": 1, "sn-endpoint": 0, "sn-vpc-association": 0 },
  traffic: "partial",
  stats: { configurations: 1, layoutMs: 1, layoutCached: false, buildMs: 1 },
  warnings: [],
  generatedAt: "",
};

type Series = {
  data: Array<{ id: string; x: number; y: number; symbolSize?: number[] }>;
  links: Array<{ source: string; target: string; lineStyle: { width: number; color: string; type: string } }>;
};
const series = (o: object) => (o as { series: Series[] }).series[0]!;

describe("graph option", () => {
  it("edge width grows with log(bytes); no data is a thin dashed line", () => {
    expect(edgeWidth(null)).toBe(1);
    expect(edgeWidth(1e9)).toBeGreaterThan(edgeWidth(1e6));
    expect(edgeWidth(1e15)).toBe(9);
    const s = series(
      buildGraphOption(graph, { labels: "none", hidden: new Set(), search: "" }, lightPalette, {
        width: 600,
        height: 300,
        zoom: 1,
      }),
    );
    const [bytes, noData] = s.links;
    expect(bytes!.lineStyle.type).toBe("solid");
    expect(noData!.lineStyle.type).toBe("dashed");
    // Rejects colour the edge.
    expect(noData!.lineStyle.color).toBe(lightPalette.bad);
  });

  it("one scale for the whole drawing: the series box spans the layout extent, symbols scaled alike", () => {
    const fit = fitScale(graph.nodes, { width: 600, height: 300 });
    expect(fit.origin).toEqual({ x: 0, y: 0 });
    expect(fit.box.width / 500).toBeCloseTo(fit.scale);
    expect(fit.box.height / 200).toBeCloseTo(fit.scale);
    const s = series(
      buildGraphOption(graph, { labels: "bytes", hidden: new Set(), search: "" }, lightPalette, {
        width: 600,
        height: 300,
        zoom: 1,
      }),
    );
    const frame = s.data.find((d) => d.id === "frame:1");
    expect(frame?.symbolSize).toEqual([500 * fit.scale, 200 * fit.scale]);
    // Invisible anchors pin the data extent to the layout's.
    expect(s.data.filter((d) => d.id.startsWith("#anchor")).map((d) => [d.x, d.y])).toEqual([
      [0, 0],
      [500, 200],
    ]);
    // Edges run border to border.
    expect(s.links[0]).toMatchObject({ source: "vpc:a#out", target: "endpoint:e#in" });
    expect(s.data.find((d) => d.id === "endpoint:e#in")?.x).toBe(200);
  });

  it("hiding a kind drops its nodes and their edges; search matches label, resource id and account", () => {
    const v = visibleGraph(graph, new Set(["endpoint"]));
    expect(v.nodes.map((n) => n.id)).not.toContain("endpoint:e");
    expect(v.edges).toEqual([]);
    expect(matchesSearch(graph.nodes[2]!, "VPCE-1")).toBe(true);
    expect(matchesSearch(graph.nodes[1]!, "1111")).toBe(true);
    expect(matchesSearch(graph.nodes[1]!, "nothing")).toBe(false);
  });

  it("the Sankey needs bytes: none without traffic, the consumer side with it", () => {
    expect(
      buildSankeyOption({ ...graph, edges: graph.edges.map((e) => ({ ...e, bytes: null })) }, lightPalette),
    ).toBeNull();
    const o = buildSankeyOption(graph, lightPalette) as { series: Array<{ links: unknown[] }> };
    expect(o.series[0]!.links).toEqual([{ source: "vpc:a", target: "endpoint:e", value: 1e6 }]);
  });
});
