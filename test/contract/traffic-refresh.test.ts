/**
 * The cost of looking: a refresh a minute later queries only the buckets not yet closed, so it
 * scans a fraction of the first load's Logs Insights bytes — and still equals the ground truth.
 * The bytes the report claims are the bytes the simulator's Logs Insights engine counted.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import { START, startTrafficHarness, type TrafficHarness } from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
  clearTrafficCache();
});
afterAll(() => h?.sim.close());

const ORDERS = "rcfg-0a27e0f02a6ca6b0c";
const DAY = 86_400_000;

it("a refresh a minute later scans fewer bytes than the first load, and both equal the truth", async () => {
  const range = { from: "now-24h", to: "now" };
  const before = await h.insightsBytes();
  const first = await getConfigurationTraffic(ORDERS, range, h.deps());
  const afterFirst = await h.insightsBytes();
  expect(first.scannedBytes).toBe(afterFirst - before);
  expect(first.cost.cachedBuckets).toBe(0);
  expect(first.window.live).toBe(true);

  h.clock.now = START + 60_000;
  const second = await getConfigurationTraffic(ORDERS, range, h.deps());
  const afterSecond = await h.insightsBytes();
  expect(second.scannedBytes).toBe(afterSecond - afterFirst);
  expect(second.cost.cachedBuckets).toBeGreaterThan(0);
  expect(second.scannedBytes).toBeLessThan(first.scannedBytes / 10);

  const truth = await h.truth({ resourceConfigurationId: ORDERS }, h.clock.now - DAY, h.clock.now);
  expect(second.totals?.bytes).toBe(truth.bytes);
  expect(second.totals?.connections).toBe(truth.connections);
  console.info(
    `getConfigurationTraffic(${ORDERS}, 24 h): first load ${first.scannedBytes} bytes scanned in ${first.cost.queries} queries; ` +
      `refresh a minute later ${second.scannedBytes} bytes in ${second.cost.queries} queries ` +
      `(${second.cost.cachedBuckets} buckets cached, ${second.cost.queriedBuckets} queried)`,
  );
});

it("the estate asks each log group once: one flow query per flow-log group, one access-log query per account × region", async () => {
  clearTrafficCache();
  const estate = await getEstateTraffic({ from: "now-1h", to: "now" }, h.deps());
  const flowGroups = new Set(
    estate.configurations.flatMap((c) =>
      c.sources.filter((s) => s.kind === "gateway-flow-logs").flatMap((s) => s.logGroups ?? []),
    ),
  );
  expect([...flowGroups].sort()).toEqual([
    "/vpc/flow-logs/provider-core",
    "/vpc/flow-logs/provider-data",
    "/vpc/flow-logs/provider-edge",
    "/vpc/flow-logs/provider-eu",
  ]);
  // Access logs live in the provider account's us-east-1 and (eu-kafka's) eu-west-1: one query each.
  expect(estate.cost.queries).toBe(flowGroups.size + 2);
  expect(estate.warnings).toEqual([]);
});
