/**
 * Every chart option builder, fed names and labels from a hostile AWS account, with every
 * formatter in its option called as ECharts would: the HTML that comes out holds no markup but the
 * formatter's own, and the hostile text still shows (escaped), so the check cannot pass by dropping it.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lightPalette as palette } from "@/components/charts/options/chart-palette";
import { healthSparklineOption } from "@/components/charts/options/health-sparkline-option";
import { metricSparklineOption } from "@/components/charts/options/metric-sparkline-option";
import { trafficSeriesOption } from "@/components/charts/options/traffic-series-option";
import { projectedSpendOption } from "@/components/cost/projected-spend-option";
import { buildGraphOption } from "@/components/topology/graph-option";
import { buildSankeyOption } from "@/components/topology/sankey-option";
import type { TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { hostileStrings, injectedMarkup } from "./hostile-strings";

type Formatter = (params: unknown) => unknown;
const marker = "<span data-marker></span>";

/**
 * Every function-valued `formatter` / `valueFormatter` of a tooltip anywhere in an option (the
 * option's, a series', a data item's): tooltips are HTML; labels and axes are drawn on the canvas.
 */
function tooltipFormatters(option: unknown, out: Formatter[] = [], inTooltip = false): Formatter[] {
  if (Array.isArray(option)) for (const x of option) tooltipFormatters(x, out, inTooltip);
  else if (option && typeof option === "object")
    for (const [k, v] of Object.entries(option)) {
      if (inTooltip && (k === "formatter" || k === "valueFormatter") && typeof v === "function")
        out.push(v as Formatter);
      else tooltipFormatters(v, out, inTooltip || k === "tooltip");
    }
  return out;
}

function tooltipOutputs(option: unknown, calls: unknown[]): string[] {
  const tooltip = (option as { tooltip?: { formatter?: Formatter } }).tooltip?.formatter;
  expect(tooltip, "the option has a tooltip formatter").toBeTypeOf("function");
  return calls.map((c) => String(tooltip!(c)));
}

function expectSafe(outputs: string[], mustShowHostile: boolean) {
  for (const html of outputs) expect(injectedMarkup(html), html.slice(0, 300)).toEqual([]);
  if (mustShowHostile) expect(outputs.join("\n")).toContain("&#60;img src=x onerror=");
}

const node = (id: string, kind: TopologyNode["kind"], label: string, extra: Partial<TopologyNode> = {}) =>
  ({
    id,
    kind,
    label,
    accountId: "111111111111",
    region: "us-east-1",
    health: "warning",
    x: 0,
    y: 0,
    width: 100,
    height: 30,
    ...extra,
  }) as TopologyNode;

function hostileGraph(h: string): TopologyGraph {
  const nodes = [
    node("vpc:a", "vpc", h, { details: { [h]: h, name: h } }),
    node("endpoint:e", "endpoint", `${h} endpoint`, { resourceId: "vpce-1", href: "/endpoints/vpce-1" }),
    node("configuration:c", "configuration", h, {
      resourceId: "rcfg-1",
      isGroup: true,
      count: 3,
      expandKey: h,
    }),
  ];
  return {
    window: { from: "now-1h", to: "now", start: 0, end: 1 },
    nodes,
    edges: [
      {
        id: "e1",
        source: "vpc:a",
        target: "endpoint:e",
        bytes: 1000,
        connections: 2,
        rejects: 1,
        multiplicity: 1,
      },
      {
        id: "e2",
        source: "endpoint:e",
        target: "configuration:c",
        bytes: 900,
        connections: null,
        rejects: null,
        multiplicity: 2,
      },
    ],
    aggregated: false,
    collapsed: [],
    patterns: { "resource-endpoint": 1, "sn-endpoint": 0, "sn-vpc-association": 0 },
    traffic: "available",
    stats: { configurations: 1, layoutMs: 0, layoutCached: false, buildMs: 0 },
    warnings: [],
    generatedAt: new Date(0).toISOString(),
  } as TopologyGraph;
}

const point = (t: number) => ({
  t,
  bytes: 10,
  bytesToResource: 6,
  bytesFromResource: 4,
  connections: 1,
  rejects: 2,
});

describe.each(hostileStrings)("chart formatters with the hostile name %j", (h) => {
  it("topology graph: node and edge tooltips", () => {
    const option = buildGraphOption(
      hostileGraph(h),
      { labels: "bytes", hidden: new Set(), search: h },
      palette,
      { width: 800, height: 600, zoom: 1 },
    );
    const out = tooltipOutputs(option, [
      { dataType: "node", data: { id: "vpc:a" } },
      { dataType: "node", data: { id: "endpoint:e" } },
      { dataType: "node", data: { id: "configuration:c" } },
      { dataType: "edge", data: { id: "e1" } },
      { dataType: "edge", data: { id: "e2" } },
    ]);
    expectSafe(out, h.startsWith("<img"));
  });

  it("topology Sankey: node and link tooltips", () => {
    const option = buildSankeyOption(hostileGraph(h), palette);
    const out = tooltipOutputs(option, [
      { dataType: "node", data: { name: "vpc:a" } },
      { dataType: "edge", data: { source: "vpc:a", target: "endpoint:e", value: 1000 } },
    ]);
    expectSafe(out, h.startsWith("<img"));
  });

  it("traffic series: every metric's tooltip, series named by the caller", () => {
    for (const metric of ["bytes", "connections", "rejects"] as const) {
      const option = trafficSeriesOption({
        series: [point(0), point(60_000)],
        metric,
        window: { start: 0, end: 120_000, step: 60 },
        palette,
      });
      const out = tooltipOutputs(option, [
        [
          { marker, seriesName: h, value: [0, 6] },
          { marker, seriesName: h, value: [0, 4] },
        ],
        { marker, seriesName: h, value: [60_000, 1] },
      ]);
      expectSafe(out, h.startsWith("<img"));
    }
  });

  it("projected spend: configuration names on the category axis", () => {
    const option = projectedSpendOption(
      [
        { name: h, hourly: 1, data: 2 },
        { name: h, hourly: 1, data: null },
      ],
      palette,
    );
    const out = tooltipOutputs(option, [
      [
        { axisValue: h, marker, seriesName: "Hourly charges", value: 1 },
        { axisValue: h, marker, seriesName: "Data processing", value: null },
      ],
    ]);
    expectSafe(out, h.startsWith("<img"));
  });

  it("NFM sparkline: numbers only, still no markup from outside", () => {
    const option = healthSparklineOption({
      series: [{ t: 0, roundTripTime: 10, healthIndicator: 1 }],
      metric: "roundTripTime",
      window: { start: 0, end: 60_000 },
      palette,
    });
    expectSafe(tooltipOutputs(option, [[{ value: [0, 10] }]]), false);
  });

  it("endpoint-metric sparkline: a value formatter fed a hostile string is escaped", () => {
    const option = metricSparklineOption({
      points: [{ t: 0, v: 10 }],
      period: 60,
      window: { start: 0, end: 60_000 },
      format: () => h,
      palette,
    });
    expectSafe(tooltipOutputs(option, [[{ value: [0, 10] }]]), h.startsWith("<img"));
  });

  it("no other tooltip formatter anywhere in an option builds markup from its arguments", () => {
    const options = [
      buildGraphOption(hostileGraph(h), { labels: "connections", hidden: new Set(), search: "" }, palette, {
        width: 800,
        height: 600,
        zoom: 1,
      }),
      buildSankeyOption(hostileGraph(h), palette),
      trafficSeriesOption({
        series: [point(0)],
        metric: "bytes",
        window: { start: 0, end: 60_000, step: 60 },
        palette,
      }),
      projectedSpendOption([{ name: h, hourly: 1, data: 1 }], palette),
    ];
    for (const option of options)
      for (const f of tooltipFormatters(option)) {
        for (const arg of [h, 1234, { value: h, name: h, data: { id: h } }]) {
          let out: unknown;
          try {
            out = f(arg);
          } catch {
            continue; // a formatter that needs another argument shape is covered by the tests above
          }
          expect(injectedMarkup(String(out))).toEqual([]);
        }
      }
  });
});

describe("coverage of the option builders", () => {
  const covered = new Set([
    "components/charts/options/health-sparkline-option.ts",
    "components/charts/options/metric-sparkline-option.ts",
    "components/charts/options/traffic-series-option.ts",
    "components/cost/projected-spend-option.ts",
    "components/topology/graph-option.ts",
    "components/topology/sankey-option.ts",
  ]);

  it("every *-option.ts builder is exercised above (add a new one here, with its hostile case)", () => {
    const root = path.resolve(__dirname, "../..");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(path.join(root, dir))) {
        const rel = `${dir}/${name}`;
        if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
        else if (/-option\.ts$/.test(name)) found.push(rel);
      }
    };
    walk("components");
    expect(found.sort()).toEqual([...covered].sort());
  });
});
