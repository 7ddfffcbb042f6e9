import { describe, expect, it } from "vitest";
import { computeCost } from "./compute-cost";
import type { ConfigurationInput, CostWindow } from "./cost-input";
import type { Pattern } from "./patterns";
import type { PriceOverrides } from "./price-table";
import { config, GIB, path } from "./test-builders";

// November 2026 has 720 hours; every resource below predates it unless it says otherwise.
const now = Date.parse("2026-11-16T00:00:00Z"); // 360 h elapsed, 360 h left
const window: CostWindow = { from: "now-24h", to: "now", start: now - 86_400_000, end: now };
const traffic = { soFar: true, window: true };

function cost(configurations: ConfigurationInput[], overrides?: PriceOverrides, at = now) {
  return computeCost({ month: "2026-11", now: at, window, configurations, traffic, overrides });
}

const one = (c: ConfigurationInput, overrides?: PriceOverrides) => cost([c], overrides).configurations[0]!;

describe("hourly charges with the default prices", () => {
  it("a Resource endpoint: 720 h × $0.028", () => {
    const c = one(config("a", [path(1, 1)]));
    expect(c.hourlyCharges.projectedMonth).toBeCloseTo(20.16, 6);
    expect(c.hourlyCharges.soFar).toBeCloseTo(360 * 0.028, 6);
    expect(c.hourlyCharges.lines[0]!.inputs).toContain("720 h by month end × $0.028/h");
  });

  it("a configuration in a service network: 720 h × $0.14; its endpoints and VPC associations are free", () => {
    const c = one(config("b", [path(2, 1), path(3, 2)], { linked: true }));
    expect(c.hourlyCharges.projectedMonth).toBeCloseTo(100.8, 6);
    expect(c.paths.map((p) => p.hourly.projectedMonth)).toEqual([0, 0]);
  });

  it("created mid-month: hours from creation, partial hours count as full", () => {
    const c = one(config("c", [path(1, 1, { createdAt: "2026-11-15T12:30:00Z" })]));
    expect(c.hourlyCharges.lines[0]!.hoursSoFar).toBe(12); // 11.5 h → 12
    expect(c.hourlyCharges.lines[0]!.hoursMonth).toBe(372); // 15 d 11.5 h → 372
    expect(c.hourlyCharges.projectedMonth).toBeCloseTo(372 * 0.028, 6);
  });
});

describe("data charges", () => {
  it("zero traffic is $0 of data, not unknown", () => {
    const c = one(config("z", [path(1, 1)]));
    expect(c.dataCharges.projectedMonth).toBe(0);
    expect(c.includesData).toBe(true);
    expect(c.projectedMonth).toBeCloseTo(20.16, 6);
  });

  it("no traffic data: data charges unknown, totals are hourly only and say so", () => {
    const r = computeCost({
      month: "2026-11",
      now,
      window,
      traffic: { soFar: false, window: false, note: "traffic not available" },
      configurations: [
        config("u", [path(1, 1, { bytesSoFar: null, bytesInWindow: null })], {
          unattributedSoFar: null,
          unattributedInWindow: null,
        }),
      ],
    });
    const c = r.configurations[0]!;
    expect(c.dataCharges.projectedMonth).toBeNull();
    expect(c.gb.soFar).toBeNull();
    expect(c.includesData).toBe(false);
    expect(c.projectedMonth).toBeCloseTo(20.16, 6);
    expect(r.totals.includesData).toBe(false);
    expect(r.totals.dataMonth).toBeNull();
    expect(r.confidence.note).toMatch(/data-processing charges unknown: no traffic data/i);
  });

  it("projects so-far bytes plus the window's rate over the hours left", () => {
    // 100 GiB so far; 24 GiB in the last 24 h → 1 GiB/h × 360 h left.
    const c = one(config("p", [path(1, 1, { bytesSoFar: 100 * GIB, bytesInWindow: 24 * GIB })]));
    expect(c.gb.soFar).toBe(100);
    expect(c.gb.projectedMonth).toBe(460);
    expect(c.dataCharges.soFar).toBeCloseTo(1, 6);
    expect(c.dataCharges.projectedMonth).toBeCloseTo(4.6, 6);
    expect(c.paths[0]!.inputs.join(" ")).toContain("460.0 GB by month end × $0.01/GB");
  });

  it("tiers apply to the regional aggregate, allocated in proportion", () => {
    const PB = 1_048_576;
    // Two configurations of 1 PB each (so far = month: a past month) → 2 PB at $0.008 average.
    const r = computeCost({
      month: "2026-10",
      now,
      window,
      traffic,
      configurations: [
        config("x", [path(1, 1, { bytesSoFar: PB * GIB })]),
        config("y", [path(1, 2, { bytesSoFar: PB * GIB })]),
        config("eu", [path(1, 3, { bytesSoFar: PB * GIB })], { region: "eu-west-1" }),
      ],
    });
    const [x, y, eu] = ["x", "y", "eu"].map((n) => r.configurations.find((c) => c.name === n)!);
    expect(x!.dataCharges.projectedMonth).toBeCloseTo(PB * 0.008, 4);
    expect(y!.dataCharges.projectedMonth).toBeCloseTo(PB * 0.008, 4);
    // Another region is its own aggregate: 1 PB stays in the first tier.
    expect(eu!.dataCharges.projectedMonth).toBeCloseTo(PB * 0.01, 4);
    expect(r.complete).toBe(true);
    expect(r.confidence.level).toBe("actual");
  });
});

describe("every mix of patterns: projection, alternatives, cheapest and saving", () => {
  // Two consumer VPCs, no traffic: pattern 1 = 2 × 720 × 0.028 = 40.32; patterns 2/3 = 720 × 0.14 = 100.8.
  const cases: Array<{
    name: string;
    mix: Pattern[];
    linked: boolean;
    projected: number;
    saving: Pattern[] | null;
  }> = [
    { name: "1 only", mix: [1, 1], linked: false, projected: 40.32, saving: null },
    { name: "2 only", mix: [2, 2], linked: true, projected: 100.8, saving: [1] },
    { name: "3 only", mix: [3, 3], linked: true, projected: 100.8, saving: [1] },
    { name: "1 + 2", mix: [1, 2], linked: true, projected: 120.96, saving: [1] },
    { name: "1 + 3", mix: [1, 3], linked: true, projected: 120.96, saving: [1] },
    { name: "2 + 3", mix: [2, 3], linked: true, projected: 100.8, saving: [1] },
    { name: "1 + 2 + 3 (three VPCs)", mix: [1, 2, 3], linked: true, projected: 120.96, saving: [1] },
  ];
  it.each(cases)("$name", ({ mix, linked, projected, saving }) => {
    const c = one(
      config(
        "mix",
        mix.map((p, i) => path(p, i + 1)),
        { linked },
      ),
    );
    expect(c.patterns).toEqual([...new Set(mix)].sort());
    expect(c.projectedMonth).toBeCloseTo(projected, 6);
    const alt = Object.fromEntries(c.alternatives.map((a) => [a.pattern, a.projectedMonth]));
    expect(alt[1]).toBeCloseTo(mix.length * 720 * 0.028, 6);
    expect(alt[2]).toBeCloseTo(100.8, 6);
    expect(alt[3]).toBeCloseTo(100.8, 6);
    expect(c.cheapest).toEqual([1]);
    expect(c.saving?.patterns ?? null).toEqual(saving);
    if (c.saving) {
      expect(c.saving.usdPerMonth).toBeCloseTo(projected - mix.length * 720 * 0.028, 6);
      expect(c.saving.sentence).toBe(
        `Switching mix to pattern 1 saves $${c.saving.usdPerMonth.toFixed(2)} a month`,
      );
    }
  });

  it("a configuration in a network with no consumers: dropping the association saves its hours", () => {
    const c = one(config("idle", [], { linked: true }));
    expect(c.projectedMonth).toBeCloseTo(100.8, 6);
    expect(c.saving?.usdPerMonth).toBeCloseTo(100.8, 6);
    expect(c.consumers).toBe(0);
  });

  it("six Resource endpoints: patterns 2 and 3 are cheaper, saving 'pattern 2 or 3'", () => {
    const c = one(
      config(
        "orders-postgres",
        [1, 2, 3, 4, 5, 6].map((n) => path(1, n)),
      ),
    );
    expect(c.cheapest).toEqual([2, 3]);
    expect(c.saving?.sentence).toBe("Switching orders-postgres to pattern 2 or 3 saves $20.16 a month");
  });

  it("five Resource endpoints tie with a service network: no saving", () => {
    const c = one(
      config(
        "five",
        [1, 2, 3, 4, 5].map((n) => path(1, n)),
      ),
    );
    expect(c.cheapest).toEqual([1, 2, 3]);
    expect(c.saving).toBeNull();
  });

  it("a VPC reaching it two ways is one consumer", () => {
    const c = one(config("dup", [path(1, 1), path(3, 1)], { linked: true }));
    expect(c.consumers).toBe(1);
    expect(c.alternatives.find((a) => a.pattern === 1)!.projectedMonth).toBeCloseTo(20.16, 6);
  });
});

describe("break-even consumer VPCs", () => {
  it("is 6 with the default prices (5 × $0.028 = $0.14)", () => {
    const c = one(config("b", [path(1, 1)]));
    expect(c.breakEvenConsumers).toBe(6);
    expect(c.breakEvenInputs).toContain("6 × $0.028/h > $0.14/h");
  });
  it("follows the prices: $0.10 a resource-hour → 4", () => {
    const c = one(config("b", [path(1, 1)]), {
      regions: { "us-east-1": { serviceNetworkResourceHour: { usd: 0.1 } } },
    });
    expect(c.breakEvenConsumers).toBe(4);
  });
  it("per endpoint-AZ with 2 AZs: $0.056 an endpoint → 3", () => {
    const c = one(config("b", [path(1, 1)]), {
      regions: { "us-east-1": { resourceEndpointHour: { basis: "endpoint-az" } } },
    });
    expect(c.breakEvenConsumers).toBe(3);
    expect(c.hourlyCharges.projectedMonth).toBeCloseTo(720 * 0.056, 6);
  });
  it("is null when an endpoint is free", () => {
    const c = one(config("b", [path(1, 1)]), {
      regions: { "us-east-1": { resourceEndpointHour: { usd: 0 } } },
    });
    expect(c.breakEvenConsumers).toBeNull();
  });
});

describe("region overrides", () => {
  const overrides: PriceOverrides = {
    regions: {
      "eu-west-1": {
        resourceEndpointHour: { usd: 0.03, source: "our EDP rate card 2026-10" },
        dataProcessingGb: { tiers: [{ upToGb: null, usd: 0.02 }] },
      },
    },
  };
  const r = cost(
    [
      config("us", [path(1, 1, { bytesSoFar: 10 * GIB })]),
      config("eu", [path(1, 1, { bytesSoFar: 10 * GIB })], { region: "eu-west-1" }),
    ],
    overrides,
  );
  const us = r.configurations.find((c) => c.name === "us")!;
  const eu = r.configurations.find((c) => c.name === "eu")!;
  it("apply to their region only", () => {
    expect(eu.hourlyCharges.projectedMonth).toBeCloseTo(720 * 0.03, 6);
    expect(us.hourlyCharges.projectedMonth).toBeCloseTo(720 * 0.028, 6);
    expect(eu.dataCharges.soFar).toBeCloseTo(0.2, 6);
    expect(us.dataCharges.soFar).toBeCloseTo(0.1, 6);
  });
  it("are named in the prices used, with their source, confirmed", () => {
    const euPrices = r.prices.regions.find((p) => p.region === "eu-west-1")!;
    expect(euPrices.overridden).toBe(true);
    const ep = euPrices.entries.find((e) => e.key === "resourceEndpointHour")!.price;
    expect(ep.source).toBe("our EDP rate card 2026-10");
    expect(ep.confirmed).toBe(true);
    const data = euPrices.entries.find((e) => e.key === "dataProcessingGb")!.price;
    expect(data.source).toBe("config file (prices.regions).eu-west-1.dataProcessingGb");
    const usPrices = r.prices.regions.find((p) => p.region === "us-east-1")!;
    expect(usPrices.overridden).toBe(false);
    expect(usPrices.entries.every((e) => e.price.confirmed === false)).toBe(true);
  });
});

describe("totals and confidence", () => {
  it("sum configurations and their savings", () => {
    const r = cost([config("a", [path(1, 1)]), config("b", [path(2, 1)], { linked: true })]);
    expect(r.totals.configurations).toBe(2);
    expect(r.totals.projectedMonth).toBeCloseTo(20.16 + 100.8, 6);
    expect(r.totals.potentialSaving).toBeCloseTo(100.8 - 20.16, 6);
    expect(r.totals.includesData).toBe(true);
  });
  it.each([
    { from: "now-6h", ms: 6 * 3_600_000, level: "low" },
    { from: "now-24h", ms: 86_400_000, level: "medium" },
    { from: "now-7d", ms: 7 * 86_400_000, level: "high" },
  ])("a $from window is $level confidence, and says its window", ({ from, ms, level }) => {
    const r = computeCost({
      month: "2026-11",
      now,
      window: { from, to: "now", start: now - ms, end: now },
      traffic,
      configurations: [config("a", [path(1, 1)])],
    });
    expect(r.confidence.level).toBe(level);
    expect(r.confidence.note).toContain(`${from} → now`);
  });
});
