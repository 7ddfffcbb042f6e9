import { describe, expect, it } from "vitest";
import { fixtureReport, fixtureSeries, T0 } from "../../traffic/fixtures";
import { lightPalette } from "./chart-palette";
import { rejectAreas } from "./reject-areas";
import { trafficSeriesOption } from "./traffic-series-option";

const base = { window: fixtureReport.window, palette: lightPalette };

describe("rejectAreas", () => {
  it("merges adjacent reject buckets into one band", () => {
    const areas = rejectAreas(fixtureSeries(12, [2, 3, 4, 9]), 300_000);
    expect(areas).toEqual([
      { start: T0 + 2 * 300_000, end: T0 + 5 * 300_000, rejects: 21 },
      { start: T0 + 9 * 300_000, end: T0 + 10 * 300_000, rejects: 7 },
    ]);
    expect(rejectAreas(fixtureSeries(3, []), 300_000)).toEqual([]);
  });
});

describe("trafficSeriesOption", () => {
  it("stacks bytes in both directions and bands the reject burst in red", () => {
    const o = trafficSeriesOption({ ...base, series: fixtureReport.series, metric: "bytes" });
    expect(o.series.map((s) => s.name)).toEqual(["To resource (requests)", "From resource (responses)"]);
    expect(o.series.every((s) => "stack" in s && s.stack === "bytes")).toBe(true);
    const first = o.series[0] as { markArea?: { data: unknown[]; itemStyle: { color: string } } };
    expect(first.markArea?.data).toHaveLength(1);
    expect(first.markArea?.itemStyle.color).toBe(lightPalette.badBg);
    expect(o.xAxis.min).toBe(fixtureReport.window.start);
    expect(o.xAxis.max).toBe(fixtureReport.window.end);
    expect(o.yAxis.axisLabel.formatter(1024 * 1024)).toBe("1 MiB");
  });

  it("draws rejects as red bars and connections as one line", () => {
    const r = trafficSeriesOption({ ...base, series: fixtureReport.series, metric: "rejects" });
    expect(r.series).toHaveLength(1);
    expect(r.series[0]).toMatchObject({ type: "bar", itemStyle: { color: lightPalette.bad } });
    const c = trafficSeriesOption({ ...base, series: fixtureReport.series, metric: "connections" });
    expect(c.series.map((s) => s.name)).toEqual(["Connections"]);
    expect((c.series[0] as { data: number[][] }).data[0]).toEqual([T0, 100]);
  });

  it("tooltips carry units and call out rejects", () => {
    const o = trafficSeriesOption({ ...base, series: fixtureReport.series, metric: "bytes" });
    const pt = fixtureReport.series[5]!;
    const html = o.tooltip.formatter([
      { seriesName: "To resource (requests)", marker: "", value: [pt.t, pt.bytesToResource] },
      { seriesName: "From resource (responses)", marker: "", value: [pt.t, pt.bytesFromResource] },
    ]);
    expect(html).toContain("MiB");
    expect(html).toContain("Total:");
    expect(html).toContain("Rejects: <b>7</b>");
    expect(html).toContain("UTC");
  });

  it("selects with a horizontal brush for drag-to-zoom", () => {
    const o = trafficSeriesOption({ ...base, series: [], metric: "bytes" });
    expect(o.brush).toMatchObject({ brushType: "lineX", xAxisIndex: 0 });
  });
});

describe("binaryInterval", () => {
  it("picks ticks on whole binary units", async () => {
    const { binaryInterval } = await import("./binary-interval");
    expect(binaryInterval(10 * 1024 ** 2)).toBe(5 * 1024 ** 2);
    expect(binaryInterval(39 * 1024)).toBe(10 * 1024);
    expect(binaryInterval(700)).toBe(256);
    expect(binaryInterval(990 * 1024)).toBe(256 * 1024);
    expect(binaryInterval(0)).toBeUndefined();
  });
});
