import { describe, expect, it } from "vitest";
import { lightPalette } from "../charts/options/chart-palette";
import { projectedSpendOption } from "./projected-spend-option";

type Item = number | null | { value: number; label: { formatter: string } };
interface Opt {
  yAxis: { data: string[] };
  series: Array<{ data: Item[] }>;
}

describe("projectedSpendOption", () => {
  const opt = projectedSpendOption(
    [
      { name: "big", hourly: 100.8, data: 12.5 },
      { name: "unknown-data", hourly: 40.32, data: null },
    ],
    lightPalette,
  ) as Opt;

  it("puts the first (most expensive) bar on top", () => {
    expect(opt.yAxis.data).toEqual(["unknown-data", "big"]);
  });

  it("labels each bar with its total; a '+' where data charges are unknown, and no $0 segment", () => {
    const [hourly, data] = opt.series;
    expect(hourly!.data[0]).toMatchObject({ value: 40.32, label: { formatter: "$40.32+" } });
    expect(data!.data[0]).toBeNull();
    expect(data!.data[1]).toMatchObject({ value: 12.5, label: { formatter: "$113.30" } });
  });
});
