/**
 * Sources beside the numbers: Network Flow Monitor health for the consumer VPCs (the seeded
 * degradation shows), a failing source becomes a warning next to partial data, and a path whose
 * gateway ENIs no flow log covers says so with totals null — never zeros.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearTrafficCache } from "@/lib/flows/bucket-cache";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import { traffic } from "../fixtures/default-scenario-facts";
import { DEFAULT_SCENARIO } from "./sim-harness";
import { START, startTrafficHarness, type TrafficHarness } from "./traffic-harness";

const ORDERS = "rcfg-0a27e0f02a6ca6b0c";
const SESSIONS = "rcfg-0383869624127f90a";
const H = 3_600_000;
const window = { from: new Date(START - 6 * H).toISOString(), to: new Date(START).toISOString() };

describe("with the default scenario", () => {
  let h: TrafficHarness;
  beforeAll(async () => {
    h = await startTrafficHarness();
  });
  afterAll(() => h?.sim.close());
  beforeEach(async () => {
    clearTrafficCache();
    await h.sim.setFaults([]);
  });

  it("reports NFM health for the monitors watching the consumer VPCs, with the seeded degradation", async () => {
    const report = await getConfigurationTraffic(ORDERS, window, h.deps());
    const byName = Object.fromEntries(report.health.map((m) => [m.monitorName, m]));
    for (const m of traffic.networkFlowMonitors) {
      expect(byName[m.name], m.name).toMatchObject({
        accountId: m.account,
        watches: m.watches,
        degraded: m.degraded,
      });
      expect(byName[m.name]?.series.some((p) => (p.dataTransferred ?? 0) > 0)).toBe(true);
    }
    expect(report.sources.find((s) => s.kind === "network-flow-monitor")?.status).toBe("available");
    expect(report.cost.metricsRequested).toBeGreaterThanOrEqual(10);
  });

  it("a consumer account whose logs deny access: a warning, and the provider side still equals the truth", async () => {
    await h.sim.setFaults([{ service: "logs", account: "222222222222", accessDenied: true }]);
    const report = await getConfigurationTraffic(ORDERS, window, h.deps());
    expect(report.warnings).toContainEqual(
      expect.objectContaining({
        source: "endpoint-flow-logs",
        accountId: "222222222222",
        code: "aws_access_denied",
      }),
    );
    expect(report.sources.find((s) => s.kind === "endpoint-flow-logs")?.status).toBe("error");
    const truth = await h.truth({ resourceConfigurationId: ORDERS }, START - 6 * H, START);
    expect(report.totals?.bytes).toBe(truth.bytes);
    expect(report.totals?.connections).toBe(truth.connections);
  });

  it("the provider account's Logs Insights failing: warnings, coverage 'error', totals null", async () => {
    await h.sim.setFaults([
      { service: "logs", account: "111111111111", operation: "StartQuery", accessDenied: true },
    ]);
    const report = await getConfigurationTraffic(ORDERS, window, h.deps());
    expect(report.totals).toBeNull();
    expect(report.sources.find((s) => s.kind === "gateway-flow-logs")?.status).toBe("error");
    expect(report.sources.find((s) => s.kind === "access-logs")?.status).toBe("error");
    expect(report.warnings.map((w) => w.source).sort()).toEqual(["access-logs", "gateway-flow-logs"]);
  });
});

describe("a gateway no flow log covers", () => {
  let h: TrafficHarness;
  beforeAll(async () => {
    const scenario = loadScenario(DEFAULT_SCENARIO);
    // data-gw's only flow log is on its subnet: without it, sessions-redis has no source at all.
    scenario.flowLogs = scenario.flowLogs.filter((f) => f.logGroupName !== "/vpc/flow-logs/provider-data");
    h = await startTrafficHarness(scenario);
    clearTrafficCache();
  });
  afterAll(() => h?.sim.close());

  it("says 'missing' and reports totals null, not zeros", async () => {
    const report = await getConfigurationTraffic(SESSIONS, window, h.deps());
    expect(report.totals).toBeNull();
    expect(report.series).toEqual([]);
    expect(report.consumers).toEqual([]);
    expect(report.sources.find((s) => s.kind === "gateway-flow-logs")).toMatchObject({
      status: "missing",
      detail: "No flow log covers the gateway's ENIs",
    });
    expect(report.sources.find((s) => s.kind === "gateway-flow-logs")?.enis?.every((e) => !e.flowLogId)).toBe(
      true,
    );
    expect(report.sources.find((s) => s.kind === "access-logs")?.status).toBe("missing");
    expect(report.scannedBytes).toBeGreaterThanOrEqual(0);
  });
});

describe("the series", () => {
  let h: TrafficHarness;
  beforeAll(async () => {
    h = await startTrafficHarness();
    clearTrafficCache();
  });
  afterAll(() => h?.sim.close());

  it("shows the reject burst where it happened, in buckets of the step asked for, summing to the totals", async () => {
    const { rejectBurst } = traffic.incidents;
    const report = await getConfigurationTraffic(
      rejectBurst.configuration,
      { ...window, step: 300 },
      h.deps(),
    );
    expect(report.series).toHaveLength(72);
    expect(report.series.every((p, i) => p.t === START - 6 * H + i * 300_000)).toBe(true);
    const burstStart = START - rejectBurst.startMinutesAgo * 60_000;
    const burstEnd = burstStart + rejectBurst.durationMinutes * 60_000;
    const inBurst = report.series.filter((p) => p.t >= burstStart && p.t < burstEnd);
    const outside = report.series.filter((p) => p.t < burstStart || p.t >= burstEnd);
    expect(inBurst.every((p) => p.rejects > 0 && p.bytes === 0)).toBe(true);
    expect(outside.every((p) => p.rejects === 0)).toBe(true);
    for (const k of ["bytes", "bytesToResource", "bytesFromResource", "connections", "rejects"] as const)
      expect(
        report.series.reduce((n, p) => n + p[k], 0),
        k,
      ).toBe(report.totals?.[k]);
  });
});
