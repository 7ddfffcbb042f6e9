/**
 * AWS/VpcLattice endpoint metrics (names assumed: traffic/endpoint-metrics.ts) through the real
 * CloudWatch SDK client: discovered by ListMetrics with the endpoint id as a dimension value, read
 * by GetMetricData, and agreeing with the ground truth of the same connections.
 */
import path from "node:path";
import { CloudWatchClient, GetMetricDataCommand, paginateListMetrics } from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";
import { clientConfig, FIXED_NOW } from "../test-fixtures/start-test-simulator";

const ANALYTICS_KEY = "AKIAANALYTICS0000001";
const PAYMENTS_KEY = "AKIAPAYMENTS00000001";
const SN_ENDPOINT = "vpce-adc11f9cea8d9d9c2"; // ServiceNetwork endpoint reaching three configurations
const RESOURCE_ENDPOINT = "vpce-edecea98e31ccc5a3"; // Resource endpoint of payments
const INTERFACE_ENDPOINT = "vpce-dd7b1560711dc8f03";
let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({
    scenario: loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json")),
    port: 0,
    now: () => FIXED_NOW,
  });
});
afterAll(() => sim.close());

const cw = (key: string) => new CloudWatchClient(clientConfig(sim, key));

/** ListMetrics cannot filter on a value alone: list the namespace and keep what names the endpoint. */
async function metricsOf(key: string, endpointId: string) {
  const out: Array<{ name: string; dims: Record<string, string> }> = [];
  for await (const page of paginateListMetrics({ client: cw(key) }, { Namespace: "AWS/VpcLattice" }))
    for (const m of page.Metrics ?? [])
      if (m.Dimensions?.some((d) => d.Value === endpointId))
        out.push({
          name: m.MetricName ?? "",
          dims: Object.fromEntries((m.Dimensions ?? []).map((d) => [d.Name ?? "", d.Value ?? ""])),
        });
  return out;
}

async function truth(endpointId: string, from: Date, to: Date) {
  const q = new URLSearchParams({ endpointId, from: from.toISOString(), to: to.toISOString() });
  const res = await fetch(`${sim.url}/_sim/truth/traffic?${q}`);
  return (await res.json()) as {
    bytes: number;
    connections: number;
    consumers: Array<{ resourceConfigurationId: string; bytes: number; connections: number }>;
  };
}

async function sum(key: string, metricName: string, dims: Record<string, string>, from: Date, to: Date) {
  const out = await cw(key).send(
    new GetMetricDataCommand({
      MetricDataQueries: [
        {
          Id: "m0",
          MetricStat: {
            Metric: {
              Namespace: "AWS/VpcLattice",
              MetricName: metricName,
              Dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value })),
            },
            Period: 3600,
            Stat: "Sum",
          },
        },
      ],
      StartTime: from,
      EndTime: to,
      ScanBy: "TimestampAscending",
    }),
  );
  const r = out.MetricDataResults?.[0];
  expect(r?.StatusCode).toBe("Complete");
  return (r?.Values ?? []).reduce((a, b) => a + b, 0);
}

const to = new Date(Date.UTC(2026, 10, 28, 12));
const from = new Date(to.getTime() - 6 * 3_600_000);

describe("AWS/VpcLattice endpoint metrics", () => {
  it("lists the endpoint's metrics per endpoint and per (configuration, endpoint), in its owner's account only", async () => {
    const mine = await metricsOf(ANALYTICS_KEY, SN_ENDPOINT);
    const names = [...new Set(mine.map((m) => m.name))].sort();
    expect(names.length).toBeGreaterThan(0);
    const sets = new Set(mine.map((m) => Object.keys(m.dims).sort().join("+")));
    expect(sets.size).toBe(2);
    const configs = new Set(mine.map((m) => m.dims.ResourceConfigurationId).filter(Boolean));
    expect(configs.size).toBe(3);
    expect(await metricsOf(PAYMENTS_KEY, SN_ENDPOINT)).toEqual([]);
    expect(await metricsOf(PAYMENTS_KEY, INTERFACE_ENDPOINT)).toEqual([]);
  });

  it("sums agree with the ground truth: bytes processed and connection attempts", async () => {
    for (const [key, id] of [
      [ANALYTICS_KEY, SN_ENDPOINT],
      [PAYMENTS_KEY, RESOURCE_ENDPOINT],
    ] as const) {
      const t = await truth(id, from, to);
      expect(t.bytes).toBeGreaterThan(0);
      expect(await sum(key, "BytesProcessed", { VpcEndpointId: id }, from, to)).toBe(t.bytes);
      expect(await sum(key, "NewConnections", { VpcEndpointId: id }, from, to)).toBe(t.connections);
    }
    const t = await truth(SN_ENDPOINT, from, to);
    for (const c of t.consumers) {
      const dims = { ResourceConfigurationId: c.resourceConfigurationId, VpcEndpointId: SN_ENDPOINT };
      expect(await sum(ANALYTICS_KEY, "BytesProcessed", dims, from, to)).toBe(c.bytes);
    }
  });

  it("publishes nothing for a partial dimension set, another account, or before the launch", async () => {
    expect(await sum(PAYMENTS_KEY, "BytesProcessed", { VpcEndpointId: SN_ENDPOINT }, from, to)).toBe(0);
    expect(
      await sum(ANALYTICS_KEY, "BytesProcessed", { VpcEndpointId: SN_ENDPOINT, Other: "x" }, from, to),
    ).toBe(0);
    const before = new Date("2026-11-18T00:00:00Z");
    expect(
      await sum(
        ANALYTICS_KEY,
        "BytesProcessed",
        { VpcEndpointId: SN_ENDPOINT },
        new Date(before.getTime() - 86_400_000),
        before,
      ),
    ).toBe(0);
  });
});
