import { describe, expect, it } from "vitest";
import { fixtureReport, T0 } from "../../traffic/fixtures";
import { lightPalette } from "./chart-palette";
import { degradedAreas, healthSparklineOption } from "./health-sparkline-option";

describe("healthSparklineOption", () => {
  const monitor = fixtureReport.health[0]!;
  it("bands degraded buckets", () => {
    expect(degradedAreas(monitor.series)).toEqual([{ start: T0 + 6 * 300_000, end: T0 + 8 * 300_000 }]);
    const o = healthSparklineOption({
      series: monitor.series,
      metric: "roundTripTime",
      window: fixtureReport.window,
      palette: lightPalette,
    });
    expect(o.series[0]!.markArea.data).toHaveLength(1);
    expect(o.series[0]!.data[0]).toEqual([T0, 800]);
    expect(o.tooltip.formatter([{ value: [T0, 800] }])).toContain("800 µs");
  });
  it("keeps gaps as gaps (null), not zero", () => {
    const o = healthSparklineOption({
      series: [{ t: T0 }],
      metric: "timeouts",
      window: fixtureReport.window,
      palette: lightPalette,
    });
    expect(o.series[0]!.data[0]).toEqual([T0, null]);
  });
});
