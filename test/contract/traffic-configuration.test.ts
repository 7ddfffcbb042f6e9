/**
 * getConfigurationTraffic against the simulator: bytes, connections, rejects and the split per
 * consumer equal the model's ground truth (/_sim/truth/traffic) for several windows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { START, startTrafficHarness, type TrafficHarness, type Truth } from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
});
afterAll(() => h?.sim.close());

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

function compare(report: TrafficReport, truth: Truth) {
  const pick = (t: {
    bytes: number;
    bytesToResource: number;
    bytesFromResource: number;
    connections: number;
    rejects: number;
  }) => ({
    bytes: t.bytes,
    bytesToResource: t.bytesToResource,
    bytesFromResource: t.bytesFromResource,
    connections: t.connections,
    rejects: t.rejects,
  });
  expect(report.totals && pick(report.totals)).toEqual(pick(truth));
  const product = report.consumers
    .filter((c) => c.bytes || c.connections || c.rejects)
    .map((c) => ({ key: c.key, pattern: c.pattern, vpcId: c.vpcId, ...pick(c) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const expected = truth.consumers
    .filter((c) => c.bytes || c.connections || c.rejects)
    .map((c) => ({ key: c.key, pattern: c.pattern, vpcId: c.vpcId, ...pick(c) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  expect(product).toEqual(expected);
}

const ORDERS = "rcfg-0a27e0f02a6ca6b0c";

describe("configuration traffic equals the ground truth", () => {
  it.each([
    ["1 h", START - H, START],
    ["24 h", START - 24 * H, START],
  ])("orders-postgres, %s", async (_, from, to) => {
    clearTrafficCache();
    const report = await getConfigurationTraffic(ORDERS, { from: iso(from), to: iso(to) }, h.deps());
    const truth = await h.truth({ resourceConfigurationId: ORDERS }, from, to);
    expect(report.warnings).toEqual([]);
    compare(report, truth);
  });
});
