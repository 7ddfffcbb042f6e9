import { describe, expect, it } from "vitest";
import { regionalRate, tieredCost } from "./data-charges";
import { defaultPriceTable } from "./price-table";

const tiers = defaultPriceTable.entries.dataProcessingGb.tiers;
const PB = 1_048_576; // GB

describe("tieredCost on the default tiers ($0.01 first 1 PB, $0.006 next 4 PB, $0.004 beyond)", () => {
  it.each([
    { name: "zero traffic", gb: 0, usd: 0 },
    { name: "1 GB", gb: 1, usd: 0.01 },
    { name: "exactly 1 PB: all first tier", gb: PB, usd: PB * 0.01 },
    { name: "1 PB + 1 GB: one GB in the second tier", gb: PB + 1, usd: PB * 0.01 + 0.006 },
    { name: "exactly 5 PB: first and second tiers full", gb: 5 * PB, usd: PB * 0.01 + 4 * PB * 0.006 },
    {
      name: "5 PB + 1 GB: one GB in the third tier",
      gb: 5 * PB + 1,
      usd: PB * 0.01 + 4 * PB * 0.006 + 0.004,
    },
    { name: "across all three: 7 PB", gb: 7 * PB, usd: PB * 0.01 + 4 * PB * 0.006 + 2 * PB * 0.004 },
  ])("$name", ({ gb, usd }) => {
    expect(tieredCost(gb, tiers).usd).toBeCloseTo(usd, 6);
  });

  it("names the GB in each tier", () => {
    const { uses } = tieredCost(6 * PB, tiers);
    expect(uses.map((u) => u.gb)).toEqual([PB, 4 * PB, PB]);
    expect(uses.map((u) => u.tier.usd)).toEqual([0.01, 0.006, 0.004]);
  });
});

describe("regionalRate: the average rate every GB in the region is allocated", () => {
  it("is the first tier's rate under 1 PB, and for no traffic", () => {
    expect(regionalRate(0, tiers).usdPerGb).toBe(0.01);
    expect(regionalRate(500, tiers).usdPerGb).toBeCloseTo(0.01, 12);
  });
  it("falls once the aggregate crosses a tier (2 PB → $0.008/GB)", () => {
    expect(regionalRate(2 * PB, tiers).usdPerGb).toBeCloseTo(0.008, 12);
  });
});
