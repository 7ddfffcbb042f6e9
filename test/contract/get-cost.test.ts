/**
 * The cost orchestration (lib/cost/get-cost.ts) against the simulator with the real SDK clients:
 * the month to date in 7-day chunks and the rate window, both equal to the simulator's truth,
 * priced with the config file's overrides read through lib/config.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCostQuery } from "@/lib/cost/cost-query";
import type { CostResponse } from "@/lib/cost/cost-result";
import { getConfigurationCost } from "@/lib/cost/get-configuration-cost";
import { getCost } from "@/lib/cost/get-cost";
import { AppError } from "@/lib/errors";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { ids } from "../fixtures/default-scenario-facts";
import { startTrafficHarness, type TrafficHarness } from "./traffic-harness";

const ORDERS = ids.configurations.ordersPostgres;
const HOUR = 3_600_000;
/** 7.5 days into December: the month to date is two traffic chunks (7 days + 12 hours). */
const NOW = Date.parse("2026-12-08T12:00:00.000Z");
const MONTH_START = Date.parse("2026-12-01T00:00:00.000Z");

let h: TrafficHarness;
let file: string;
let baseline: CostResponse;

beforeAll(async () => {
  // lib/env reads the environment once: the config file is named before anything reads it.
  file = path.join(mkdtempSync(path.join(tmpdir(), "lattice-lens-cost-")), "lens.json");
  process.env.LATTICE_LENS_CONFIG = file;
  h = await startTrafficHarness();
  writeFileSync(file, JSON.stringify({ accounts: h.config.accounts, regions: h.config.regions }));
  clearTrafficCache();
  h.clock.now = NOW;
});
afterAll(() => {
  h?.sim.close();
  delete process.env.LATTICE_LENS_CONFIG;
});

function query() {
  const p = parseCostQuery(new URLSearchParams({ month: "2026-12" }), NOW);
  if (!p.ok) throw new Error(p.message);
  return p.query;
}

describe("getCost", () => {
  it("prices the month from the inventory and traffic: month-to-date and window bytes are the simulator's truth", async () => {
    baseline = await getCost(query(), NOW, h.deps());
    expect(baseline.month).toBe("2026-12");
    expect(baseline.complete).toBe(false);
    expect(baseline.traffic).toMatchObject({ soFar: true, window: true });
    expect(baseline.totals.includesData).toBe(true);
    expect(baseline.warnings).toEqual([]);
    expect(baseline.prices.regions.every((r) => !r.overridden)).toBe(true);

    const orders = baseline.configurations.find((c) => c.id === ORDERS);
    expect(orders).toBeDefined();
    const gb = baseline.prices.gigabyteBytes;
    const soFar = await h.truth({ resourceConfigurationId: ORDERS }, MONTH_START, NOW);
    const day = await h.truth({ resourceConfigurationId: ORDERS }, NOW - 24 * HOUR, NOW);
    expect(day.bytes).toBeGreaterThan(0);
    expect(soFar.bytes).toBeGreaterThan(day.bytes * 5);
    expect(orders?.gb.soFar).toBeCloseTo(soFar.bytes / gb, 5);
    expect(orders?.gb.window).toBeCloseTo(day.bytes / gb, 5);
    expect(orders?.gb.estimated).toBe(false);
    // Both Resource endpoints predate the month: billed every hour since it began.
    const lines = orders?.hourlyCharges.lines ?? [];
    expect(lines.map((l) => l.resourceId).sort()).toEqual(
      [ids.endpoints.paymentsOrdersDb, ids.endpoints.analyticsOrdersDb].sort(),
    );
    for (const l of lines) expect(l.hoursSoFar).toBe(7.5 * 24);
  });

  it("a configuration's cost is its row of the estate's, and a GROUP child is billed with its parent", async () => {
    const mine = await getConfigurationCost(h.inventory, ORDERS, NOW, h.deps());
    expect(mine.error).toBeUndefined();
    expect(mine.month).toBe("2026-12");
    expect(mine.cost).toEqual(baseline.configurations.find((c) => c.id === ORDERS));
    expect(mine.confidence).toEqual(baseline.confidence);

    const billed = new Set(baseline.configurations.map((c) => c.id));
    const child = h.inventory.resourceConfigurations.find(
      (c) => c.parentId && billed.has(c.parentId) && !billed.has(c.id),
    );
    expect(child).toBeDefined();
    const parent = baseline.configurations.find((c) => c.id === child?.parentId);
    const view = await getConfigurationCost(h.inventory, child?.id ?? "", NOW, h.deps());
    expect(view.cost).toBeUndefined();
    expect(view.billedWith).toEqual({ id: parent?.id, name: parent?.name });
  });

  it("the config file's prices section overrides the bundled rate in its region only", async () => {
    const prices = { regions: { "us-east-1": { resourceEndpointHour: { usd: 0.5 } } } };
    writeFileSync(file, JSON.stringify({ accounts: h.config.accounts, regions: h.config.regions, prices }));
    const cost = await getCost(query(), NOW, h.deps());
    expect(cost.prices.regions.find((r) => r.region === "us-east-1")?.overridden).toBe(true);
    expect(cost.prices.regions.find((r) => r.region === "eu-west-1")?.overridden).toBe(false);
    const rate = (c: CostResponse, id: string) =>
      c.configurations.flatMap((x) => x.hourlyCharges.lines).find((l) => l.resourceId === id)?.usdPerHour;
    const before = rate(baseline, ids.endpoints.paymentsOrdersDb) ?? 0;
    expect(before).toBeGreaterThan(0);
    expect(rate(cost, ids.endpoints.paymentsOrdersDb)).toBeCloseTo((before * 0.5) / 0.028, 6);
    // eu-west-1 (payments-eu-orders → eu-orders-replica) keeps the bundled rate.
    expect(rate(cost, ids.endpoints.paymentsEuOrders)).toBe(rate(baseline, ids.endpoints.paymentsEuOrders));
  });

  it("a config file it cannot read is an error naming the file, never a price list without overrides", async () => {
    rmSync(file);
    mkdirSync(file);
    const e = await getCost(query(), NOW, h.deps()).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("invalid_config");
    expect((e as AppError).message).toContain(`${file}: cannot read (EISDIR`);
    // The configuration page's panel says so instead of breaking the page.
    const view = await getConfigurationCost(h.inventory, ORDERS, NOW, h.deps());
    expect(view.error).toContain(`${file}: cannot read`);
    expect(view.cost).toBeUndefined();
  });
});
