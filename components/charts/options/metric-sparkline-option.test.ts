import { describe, expect, it } from "vitest";
import type { ChartPalette } from "./chart-palette";
import { metricSparklineOption } from "./metric-sparkline-option";

const palette = { surface: "#fff", axis: "#ccc", text: "#000", accent: "#00f" } as unknown as ChartPalette;

describe("metricSparklineOption", () => {
  const window = { start: 0, end: 600_000 };
  it("leaves gaps where CloudWatch published nothing, instead of drawing zeros", () => {
    const o = metricSparklineOption({
      points: [
        { t: 0, v: 5 },
        { t: 60_000, v: 7 },
        { t: 300_000, v: 2 },
      ],
      period: 60,
      window,
      format: String,
      palette,
    });
    expect(o.series[0]!.data).toEqual([
      [0, 5],
      [60_000, 7],
      [120_000, null],
      [300_000, 2],
    ]);
  });
  it("escapes the formatted value in the tooltip", () => {
    const o = metricSparklineOption({ points: [], period: 60, window, format: () => "<b>x</b>", palette });
    const html = o.tooltip.formatter([{ value: [0, 1] }]);
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&#60;b&#62;x");
  });
});
