/**
 * Flow-log addressing on resource-gateway ENIs, against the simulator's ground truth. The
 * simulator prints what AWS prints (aws-facts §0.1.1): the ENI's primary address in srcaddr
 * (egress) / dstaddr (ingress), the address really used only in pkt-srcaddr/pkt-dstaddr, and the
 * access log's gatewayIpPort names the address used. Two paths of the demo:
 * - core-gw: 3 ENIs × 8 addresses, default v2 format (the hard case): the join can prove only the
 *   ENI, the gateway port, the resource and time;
 * - eu-gw: custom v5 format with pkt-srcaddr/pkt-dstaddr: the exact 4-tuple.
 * Per configuration and window: attributed + ambiguous + unattributed = total = truth; every
 * consumer's bytes lie between what the product attributed and that plus the ambiguous bytes, and
 * equal it when nothing is ambiguous (always on the pkt-* path).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import type { Scenario } from "@/simulator/scenario/schema";
import { ids } from "../fixtures/default-scenario-facts";
import { DEFAULT_SCENARIO } from "./sim-harness";
import { START, startTrafficHarness, type TrafficHarness, type Truth } from "./traffic-harness";

const H = 3_600_000;
const iso = (t: number) => new Date(t).toISOString();
const C = ids.configurations;

/** Core-gw configurations with resource access logs (own, parent or a RESOURCE-type network's). */
const DEFAULT_FORMAT = [
  C.ordersPostgres,
  C.ledgerApi,
  C.billingInvoices,
  C.billingPayments,
  C.billingReports,
  C.customersAuroraWriter,
  C.customersAuroraReader,
];
const PKT_FORMAT = [C.euKafka];

function split(report: TrafficReport) {
  const attributed = report.consumers
    .filter((c) => c.key !== "unattributed")
    .reduce((s, c) => s + c.bytes, 0);
  const unattributed = report.consumers.find((c) => c.key === "unattributed")?.bytes ?? 0;
  return { attributed, ambiguous: report.totals?.ambiguousBytes ?? 0, unattributed };
}

/** The checks every path must pass; returns the ambiguous bytes. */
function checkAgainstTruth(report: TrafficReport, truth: Truth): number {
  expect(report.warnings).toEqual([]);
  expect(report.totals?.bytes).toBe(truth.bytes);
  const s = split(report);
  expect(s.attributed + s.ambiguous + s.unattributed).toBe(report.totals?.bytes);
  const product = new Map(report.consumers.map((c) => [c.key, c.bytes]));
  for (const t of truth.consumers) {
    const got = product.get(t.key) ?? 0;
    expect(got, t.key).toBeLessThanOrEqual(t.bytes);
    expect(t.bytes, t.key).toBeLessThanOrEqual(got + s.ambiguous);
  }
  if (s.ambiguous === 0) {
    expect(s.unattributed).toBe(0);
    const byKey = (xs: Array<{ key: string; bytes: number }>) =>
      xs
        .filter((c) => c.bytes > 0)
        .map((c) => [c.key, c.bytes])
        .sort();
    expect(byKey(report.consumers)).toEqual(byKey(truth.consumers));
  }
  return s.ambiguous;
}

describe("the demo: default format on 8-address ENIs, and pkt-* fields", () => {
  let h: TrafficHarness;
  beforeAll(async () => {
    h = await startTrafficHarness();
  });
  afterAll(() => h?.sim.close());

  // A week is a thousand buckets: one configuration per access-log source (own subscription,
  // a RESOURCE-type network's, and the pkt-* gateway's) keeps it to a minute or two.
  const WEEK = [C.ordersPostgres, C.billingPayments, C.euKafka];
  it.each([
    ["1 h", H, [...DEFAULT_FORMAT, ...PKT_FORMAT]],
    ["24 h", 24 * H, [...DEFAULT_FORMAT, ...PKT_FORMAT]],
    ["7 d", 7 * 24 * H, WEEK],
  ])(
    "per-consumer bytes equal the ground truth, %s",
    async (_, span, configurations) => {
      clearTrafficCache();
      const from = START - span;
      for (const id of configurations) {
        const report = await getConfigurationTraffic(id, { from: iso(from), to: iso(START) }, h.deps());
        const truth = await h.truth({ resourceConfigurationId: id }, from, START);
        expect(truth.bytes, id).toBeGreaterThan(0);
        const ambiguous = checkAgainstTruth(report, truth);
        if (PKT_FORMAT.includes(id)) expect(ambiguous, id).toBe(0);
      }
    },
    300_000,
  );

  it("the hard case is real: core-gw connections use secondary addresses, its flow records only the primary", async () => {
    const gw = h.inventory.gateways.find((g) => g.id === ids.gateways.coreGw)!;
    expect(gw.enis.every((e) => e.privateIpAddresses.length >= 8)).toBe(true);
    const primaries = new Set(gw.enis.map((e) => e.privateIpAddresses[0]));
    const secondaries = new Set(gw.enis.flatMap((e) => e.privateIpAddresses.slice(1)));
    const report = await getConfigurationTraffic(
      C.ordersPostgres,
      { from: iso(START - H), to: iso(START) },
      h.deps(),
    );
    expect(report.totals?.bytes).toBeGreaterThan(0);
    // Raw events, as a person would read them in the console.
    const { CloudWatchLogsClient, FilterLogEventsCommand } = await import("@aws-sdk/client-cloudwatch-logs");
    const logs = new CloudWatchLogsClient({
      endpoint: h.sim.url,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIAPROVIDER00000001", secretAccessKey: "x" },
    });
    const window = { startTime: START - H, endTime: START };
    const flows = await logs.send(
      new FilterLogEventsCommand({ logGroupName: "/vpc/flow-logs/provider-core", ...window }),
    );
    const access = await logs.send(
      new FilterLogEventsCommand({ logGroupName: "/lattice/access/orders-postgres", ...window }),
    );
    const gatewaySide = (flows.events ?? []).flatMap((e) => {
      const f = (e.message ?? "").split(" ");
      return f[13] === "OK" ? [f[3]!, f[4]!].filter((a) => primaries.has(a) || secondaries.has(a)) : [];
    });
    expect(gatewaySide.length).toBeGreaterThan(0);
    expect(gatewaySide.every((a) => primaries.has(a))).toBe(true);
    const used = (access.events ?? []).map(
      (e) => String(JSON.parse(e.message ?? "{}").gatewayIpPort).split(":")[0],
    );
    expect(used.filter((a) => a && secondaries.has(a)).length).toBeGreaterThan(used.length / 2);
  });
});

describe("a busy default-format gateway: records that could be several consumers' stay ambiguous", () => {
  let h: TrafficHarness;
  beforeAll(async () => {
    // orders-postgres at 40 connections a minute from each of its two consumers: ports of
    // different addresses of one ENI meet often enough within ten minutes to be ambiguous.
    const scenario: Scenario = loadScenario(DEFAULT_SCENARIO);
    for (const t of scenario.traffic)
      if (t.resourceConfigurationId === C.ordersPostgres) t.connectionsPerMinute = 40;
    h = await startTrafficHarness(scenario);
  });
  afterAll(() => h?.sim.close());

  it("never allocates them: attributed + ambiguous + unattributed = truth, each consumer bracketed", async () => {
    clearTrafficCache();
    const from = START - H;
    const report = await getConfigurationTraffic(
      C.ordersPostgres,
      { from: iso(from), to: iso(START) },
      h.deps(),
    );
    const truth = await h.truth({ resourceConfigurationId: C.ordersPostgres }, from, START);
    const ambiguous = checkAgainstTruth(report, truth);
    expect(ambiguous).toBeGreaterThan(0);
    expect(ambiguous).toBeLessThan(truth.bytes / 10);
    expect(report.series.reduce((s, p) => s + (p.ambiguousBytes ?? 0), 0)).toBe(ambiguous);
  }, 60_000);
});
