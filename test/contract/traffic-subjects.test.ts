/**
 * The traffic DAL against the simulator's ground truth (/_sim/truth/traffic), for every
 * configuration, gateway and endpoint of the default scenario and several windows: 1 h, 24 h,
 * and odd edges that cut through 600 s flow-log intervals (core-gw's v2 log) and 60 s ones
 * (data-gw's and eu-gw's v5 logs) alike. Bytes, connections, rejects and the per-consumer split
 * must be equal, not close.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { getEndpointTraffic } from "@/lib/flows/get-endpoint-traffic";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import { getGatewayTraffic } from "@/lib/flows/get-gateway-traffic";
import type { ConsumerTraffic, TrafficReport, TrafficTotals } from "@/lib/schemas/traffic";
import { traffic } from "../fixtures/default-scenario-facts";
import {
  START,
  startTrafficHarness,
  type TrafficHarness,
  type Truth,
  type TruthTotals,
} from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
  clearTrafficCache();
});
afterAll(() => h?.sim.close());

// Each test walks every configuration / gateway / endpoint of the demo through Logs Insights: on a
// shared, loaded machine that outgrows the default 20 s as the estate grows.
vi.setConfig({ testTimeout: 90_000 });

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const WINDOWS: Array<[string, number, number]> = [
  ["1 h", START - H, START],
  ["24 h", START - 24 * H, START],
  // Edges at odd seconds: inside a 600 s and a 60 s aggregation interval, not on a bucket.
  ["odd edges", START - 26 * H + 7 * 60_000 + 13_000, START - 3 * H + 41_000],
];
const withoutAccessLogs = new Set<string>(traffic.configurationsWithoutAccessLogs);

const totalsOf = (t: TrafficTotals | TruthTotals) => ({
  bytes: t.bytes,
  bytesToResource: t.bytesToResource,
  bytesFromResource: t.bytesFromResource,
  connections: t.connections,
  rejects: t.rejects,
});
const active = (c: TruthTotals) => c.bytes > 0 || c.connections > 0 || c.rejects > 0;
const byKey = (a: { key: string; cfg?: string }, b: { key: string; cfg?: string }) =>
  `${a.key}|${a.cfg}`.localeCompare(`${b.key}|${b.cfg}`);

function consumersOf(report: TrafficReport, keepConfig: boolean) {
  return report.consumers
    .filter(active)
    .map((c: ConsumerTraffic) => ({
      key: c.key,
      pattern: c.pattern,
      vpcId: c.vpcId,
      cfg: keepConfig ? c.resourceConfigurationId : undefined,
      ...totalsOf(c),
    }))
    .sort(byKey);
}
function truthConsumers(truth: Truth, keepConfig: boolean, skip: (cfg: string) => boolean = () => false) {
  return truth.consumers
    .filter((c) => active(c) && !skip(c.resourceConfigurationId))
    .map((c) => ({
      key: c.key,
      pattern: c.pattern,
      vpcId: c.vpcId,
      cfg: keepConfig ? c.resourceConfigurationId : undefined,
      ...totalsOf(c),
    }))
    .sort(byKey);
}

const configurationIds = () => h.inventory.resourceConfigurations.map((c) => c.id).sort();

describe.each(WINDOWS)("window %s", (_, from, to) => {
  it("every configuration: totals and consumers equal the ground truth", async () => {
    for (const id of configurationIds()) {
      const report = await getConfigurationTraffic(id, { from: iso(from), to: iso(to) }, h.deps());
      const truth = await h.truth({ resourceConfigurationId: id }, from, to);
      expect(report.warnings, id).toEqual([]);
      expect(report.totals && totalsOf(report.totals), id).toEqual(totalsOf(truth));
      const children = h.inventory.resourceConfigurations.find((c) => c.id === id)?.childIds.length ?? 0;
      if (withoutAccessLogs.has(id)) {
        // No access logs: the bytes are all there, but nobody can say whose.
        expect(report.sources.find((s) => s.kind === "access-logs")?.status, id).toBe("missing");
        expect(
          report.consumers.filter(active).map((c) => [c.key, c.pattern]),
          id,
        ).toEqual(truth.bytes || truth.connections ? [["unattributed", "unknown"]] : []);
      } else {
        expect(consumersOf(report, children > 0), id).toEqual(truthConsumers(truth, children > 0));
      }
    }
  });

  it("every gateway: totals equal the truth; consumers split per configuration where access logs exist", async () => {
    for (const gw of h.inventory.gateways) {
      const report = await getGatewayTraffic(gw.id, { from: iso(from), to: iso(to) }, h.deps());
      const truth = await h.truth({ gatewayId: gw.id }, from, to);
      expect(report.totals && totalsOf(report.totals), gw.id).toEqual(totalsOf(truth));
      const logged = consumersOf(report, true).filter((c) => c.key !== "unattributed");
      expect(logged, gw.id).toEqual(truthConsumers(truth, true, (cfg) => withoutAccessLogs.has(cfg)));
    }
  });

  it("every endpoint whose paths have access logs: totals and per-configuration split equal the truth", async () => {
    for (const e of h.inventory.endpoints.filter(
      (x) => x.type === "Resource" || x.type === "ServiceNetwork",
    )) {
      const truth = await h.truth({ endpointId: e.id }, from, to);
      if (truth.consumers.some((c) => withoutAccessLogs.has(c.resourceConfigurationId))) continue;
      const report = await getEndpointTraffic(e.id, { from: iso(from), to: iso(to) }, h.deps());
      expect(report.totals && totalsOf(report.totals), e.id).toEqual(totalsOf(truth));
      expect(consumersOf(report, true), e.id).toEqual(truthConsumers(truth, true));
    }
  });

  it("the estate: every configuration's totals equal the ground truth", async () => {
    const estate = await getEstateTraffic({ from: iso(from), to: iso(to) }, h.deps());
    for (const c of estate.configurations) {
      const truth = await h.truth({ resourceConfigurationId: c.id }, from, to);
      expect(c.totals && totalsOf(c.totals), c.id).toEqual(totalsOf(truth));
    }
  });
});

describe("paths without a source", () => {
  it("an endpoint with neither access logs nor flow logs on its ENIs says so, with totals null", async () => {
    const id = traffic.flowLogs.endpointsWithoutFlowLogs.find((e) => e === "vpce-32be6285e510a6ac0")!;
    const report = await getEndpointTraffic(id, { from: iso(START - 24 * H), to: iso(START) }, h.deps());
    expect(report.totals).toBeNull();
    expect(report.consumers).toEqual([]);
    expect(report.sources.find((s) => s.kind === "access-logs")?.status).toBe("missing");
    expect(report.sources.find((s) => s.kind === "endpoint-flow-logs")?.status).toBe("missing");
  });

  it("an endpoint without access logs but with flow logs on its ENIs is answered from them", async () => {
    const id = "vpce-2d37bc3c43c164e93";
    const report = await getEndpointTraffic(id, { from: iso(START - 24 * H), to: iso(START) }, h.deps());
    const truth = await h.truth({ endpointId: id }, START - 24 * H, START);
    expect(report.sources.find((s) => s.kind === "endpoint-flow-logs")?.status).toBe("available");
    // No rejects on this path, so the consumer side sees every connection the provider side does.
    expect(report.totals && totalsOf(report.totals)).toEqual(totalsOf(truth));
    expect(report.series.reduce((n, p) => n + p.bytes, 0)).toBe(truth.bytes);
    expect(report.consumers.map((c) => [c.key, c.pattern])).toEqual([[id, "resource-endpoint"]]);
  });
});

describe("the longest window", () => {
  it("7 days through core-gw (all its configurations, logged or not) equals the truth", async () => {
    const gw = "rgw-526aa6d1461a1f67d";
    const from = START - 7 * 24 * H;
    const report = await getGatewayTraffic(gw, { from: iso(from), to: iso(START) }, h.deps());
    const truth = await h.truth({ gatewayId: gw }, from, START);
    expect(report.totals && totalsOf(report.totals)).toEqual(totalsOf(truth));
    expect(consumersOf(report, true).filter((c) => c.key !== "unattributed")).toEqual(
      truthConsumers(truth, true, (cfg) => withoutAccessLogs.has(cfg)),
    );
    expect(report.series).toHaveLength(168);
  }, 120_000);
});
