import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import type { Inventory } from "@/lib/schemas/inventory";
import { counts } from "../fixtures/default-scenario-facts";
import { countBy } from "./count-by";
import { type SimHarness, startHarness } from "./sim-harness";

let h: SimHarness;
let baseline: Inventory;

/** Everything but timing and stats, to compare two discoveries of the same estate. */
function content(inventory: Inventory) {
  const { generatedAt: _g, stats: _s, ...rest } = inventory;
  return rest;
}

beforeAll(async () => {
  h = await startHarness();
  baseline = await discoverInventory(h.config);
});
afterEach(() => h.sim.setFaults([]));
afterAll(() => h?.sim.close());

describe("discovery under adverse conditions", () => {
  it("discovers everything with page size 1 on every list call", async () => {
    await h.resetStats();
    const paged = await discoverInventory(h.config, { pageSize: 1 });
    expect(content(paged)).toEqual(content(baseline));
    // Page size 1 must cost more calls than the default, or pagination was not exercised.
    expect(paged.stats.awsCalls).toBeGreaterThan(baseline.stats.awsCalls);
    expect(paged.stats.awsCalls).toBe((await h.stats()).total);
  });

  it("turns access denied in one region into warnings and keeps the other region", async () => {
    h.sim.setFaults([{ region: "eu-west-1", accessDenied: true }]);
    const inventory = await discoverInventory(h.config);
    expect(inventory.warnings.length).toBeGreaterThan(0);
    for (const w of inventory.warnings) {
      expect(w).toMatchObject({ region: "eu-west-1", code: "aws_access_denied" });
      expect(w.accountId).toMatch(/^\d{12}$/);
      expect(w.service).toMatch(/^(vpc-lattice|ec2)$/);
      expect(w.operation).toMatch(/^(List|Describe|Get)/);
    }
    const warnedAccounts = new Set(inventory.warnings.map((w) => w.accountId));
    expect(warnedAccounts).toEqual(new Set(["111111111111", "222222222222", "333333333333"]));
    for (const kind of ["gateways", "resourceConfigurations", "endpoints", "associations"] as const) {
      const found = countBy(inventory[kind]);
      expect([kind, found.byRegion["us-east-1"]]).toEqual([kind, counts[kind].byRegion["us-east-1"]]);
      expect([kind, found.byRegion["eu-west-1"]]).toEqual([kind, undefined]);
    }
  });

  it("absorbs 30% throttling with retries: complete inventory, no warnings", async () => {
    h.sim.setFaults([{ throttleRate: 0.3 }]);
    await h.resetStats();
    const inventory = await discoverInventory(h.config);
    expect(inventory.warnings).toEqual([]);
    expect(content(inventory)).toEqual(content(baseline));
    // Retries are real requests: the count includes them and matches the simulator's.
    expect(inventory.stats.awsCalls).toBe((await h.stats()).total);
    expect(inventory.stats.awsCalls).toBeGreaterThan(baseline.stats.awsCalls);
  }, 120_000);
});
