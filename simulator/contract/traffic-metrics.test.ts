import path from "node:path";
import { Sha256 } from "@aws-crypto/sha256-js";
import { CloudWatchClient, GetMetricDataCommand, ListMetricsCommand } from "@aws-sdk/client-cloudwatch";
import { SignatureV4 } from "@smithy/signature-v4";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";
import { clientConfig, FIXED_NOW } from "../test-fixtures/start-test-simulator";

const PAYMENTS_KEY = "AKIAPAYMENTS00000001";
const MONITOR = "payments-app-monitor";
let sim: RunningSimulator;
let cw: CloudWatchClient;

beforeAll(async () => {
  sim = await startSimulator({
    scenario: loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json")),
    port: 0,
    now: () => FIXED_NOW,
  });
  cw = new CloudWatchClient(clientConfig(sim, PAYMENTS_KEY));
});
afterAll(() => sim.close());

/** Network Flow Monitor has no SDK client in our registry: a SigV4-signed fetch, as the product does. */
async function nfm(
  pathAndQuery: string,
): Promise<{ status: number; body: Record<string, unknown>; type: string | null }> {
  const url = new URL(pathAndQuery, sim.url);
  const signer = new SignatureV4({
    service: "networkflowmonitor",
    region: "us-east-1",
    credentials: { accessKeyId: PAYMENTS_KEY, secretAccessKey: "x" },
    sha256: Sha256,
  });
  const signed = await signer.sign({
    method: "GET",
    protocol: "http:",
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host },
  });
  const res = await fetch(url, { headers: signed.headers as Record<string, string> });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    type: res.headers.get("x-amzn-errortype"),
  };
}

const nfmQuery = (id: string, metric: string, stat: string, period = 300) => ({
  Id: id,
  MetricStat: {
    Metric: {
      Namespace: "AWS/NetworkFlowMonitor",
      MetricName: metric,
      Dimensions: [
        { Name: "MonitorName", Value: MONITOR },
        { Name: "MeasurementSource", Value: "INTER_VPC" },
      ],
    },
    Period: period,
    Stat: stat,
  },
});

describe("Network Flow Monitor metrics and API", () => {
  it("lists the monitor's five metrics with MonitorName and MeasurementSource", async () => {
    const out = await cw.send(
      new ListMetricsCommand({
        Namespace: "AWS/NetworkFlowMonitor",
        Dimensions: [{ Name: "MonitorName", Value: MONITOR }, { Name: "MeasurementSource" }],
      }),
    );
    expect(out.Metrics?.map((m) => m.MetricName).sort()).toEqual([
      "DataTransferred",
      "HealthIndicator",
      "Retransmissions",
      "RoundTripTime",
      "Timeouts",
    ]);
  });

  it("answers GetMetricData: health degraded in the incident, DataTransferred = truth bytes of the monitored VPC", async () => {
    const start = new Date(FIXED_NOW.getTime() - 6 * 3_600_000);
    const out = await cw.send(
      new GetMetricDataCommand({
        StartTime: start,
        EndTime: FIXED_NOW,
        ScanBy: "TimestampAscending",
        MetricDataQueries: [
          nfmQuery("health", "HealthIndicator", "Maximum"),
          nfmQuery("rtt", "RoundTripTime", "Average"),
          nfmQuery("bytes", "DataTransferred", "Sum", 21_600),
          nfmQuery("p90", "RoundTripTime", "p90", 3600),
        ],
      }),
    );
    const byId = Object.fromEntries((out.MetricDataResults ?? []).map((r) => [r.Id, r]));
    expect(byId.health?.StatusCode).toBe("Complete");
    const health: number[] = byId.health?.Values ?? [];
    expect(health).toHaveLength(72);
    // The incident starts 180 min before now and lasts 45 min: 5-minute buckets 36..44 of 72.
    expect(health.slice(36, 45).every((v) => v === 1)).toBe(true);
    expect(health.filter((v) => v === 1)).toHaveLength(9);
    const rtt = byId.rtt?.Values ?? [];
    expect(Math.min(...rtt.slice(36, 45))).toBeGreaterThan(Math.max(...rtt.slice(0, 30)));
    expect(byId.rtt?.Timestamps?.[0]?.getTime()).toBe(start.getTime());
    // Payments VPC consumers: the three Resource endpoints and the VPC association to shared-services.
    let truthBytes = 0;
    const from = start.toISOString();
    const to = FIXED_NOW.toISOString();
    for (const q of [
      "endpointId=vpce-edecea98e31ccc5a3",
      "endpointId=vpce-68644f520c9a05e13",
      "endpointId=vpce-2d37bc3c43c164e93",
      "resourceConfigurationId=rcfg-3dbfb55434bafcb3c",
      "resourceConfigurationId=rcfg-a974e72a88d5de086",
      "resourceConfigurationId=rcfg-9e058c21ccba99d93",
    ]) {
      const t = (await (await fetch(`${sim.url}/_sim/truth/traffic?${q}&from=${from}&to=${to}`)).json()) as {
        consumers: Array<{ key: string; bytes: number }>;
      };
      for (const c of t.consumers) {
        if (q.startsWith("endpointId") || c.key === "vpc-8f9d5ae518c480c2e") truthBytes += c.bytes;
      }
    }
    expect(byId.bytes?.Values).toEqual([truthBytes]);
    expect(byId.p90?.Values).toHaveLength(6);
  });

  it("validates queries: unique ids, ≤500, period multiple of 60", async () => {
    const base = { StartTime: new Date(FIXED_NOW.getTime() - 3_600_000), EndTime: FIXED_NOW };
    await expect(
      cw.send(
        new GetMetricDataCommand({
          ...base,
          MetricDataQueries: [nfmQuery("a", "Timeouts", "Sum"), nfmQuery("a", "Timeouts", "Sum")],
        }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    await expect(
      cw.send(
        new GetMetricDataCommand({ ...base, MetricDataQueries: [nfmQuery("a", "Timeouts", "Sum", 90)] }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    const many = Array.from({ length: 501 }, (_, i) => nfmQuery(`q${i}`, "Timeouts", "Sum"));
    await expect(
      cw.send(new GetMetricDataCommand({ ...base, MetricDataQueries: many })),
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 },
    });
    const paged = await cw.send(
      new GetMetricDataCommand({
        ...base,
        MaxDatapoints: 5,
        MetricDataQueries: [nfmQuery("a", "Timeouts", "Sum", 60)],
      }),
    );
    expect(paged.MetricDataResults?.[0]?.Values).toHaveLength(5);
    expect(paged.NextToken).toBeDefined();
  });

  it("lists and gets monitors over signed REST-JSON; createdAt is epoch seconds", async () => {
    const list = await nfm("/monitors?maxResults=25");
    expect(list.status).toBe(200);
    expect(list.body.monitors).toEqual([
      {
        monitorArn: `arn:aws:networkflowmonitor:us-east-1:222222222222:monitor/${MONITOR}`,
        monitorName: MONITOR,
        monitorStatus: "ACTIVE",
      },
    ]);
    expect((await nfm("/monitors?monitorStatus=INACTIVE")).body.monitors).toEqual([]);
    expect((await nfm("/monitors?maxResults=26")).status).toBe(400);
    const got = await nfm(`/monitors/${MONITOR}`);
    expect(got.body).toMatchObject({
      monitorName: MONITOR,
      localResources: [{ type: "AWS::EC2::VPC", identifier: "vpc-8f9d5ae518c480c2e" }],
      createdAt: Date.parse("2026-06-01T10:00:00Z") / 1000,
      tags: { team: "payments" },
    });
    const missing = await nfm("/monitors/nope");
    expect([missing.status, missing.type]).toEqual([404, "ResourceNotFoundException"]);
  });
});

describe("ground truth endpoint", () => {
  it("returns totals and per-consumer rows; 400 without a subject or with a bad time", async () => {
    const res = await fetch(
      `${sim.url}/_sim/truth/traffic?resourceConfigurationId=rcfg-0383869624127f90a&from=2026-11-28T10:00:00Z&to=2026-11-28T12:00:00Z`,
    );
    const body = (await res.json()) as {
      connections: number;
      rejects: number;
      consumers: Array<Record<string, unknown>>;
    };
    expect(res.status).toBe(200);
    expect(body.rejects).toBeGreaterThan(0);
    expect(body.consumers).toEqual([
      expect.objectContaining({
        key: "vpce-68644f520c9a05e13",
        accountId: "222222222222",
        vpcId: "vpc-8f9d5ae518c480c2e",
        pattern: "resource-endpoint",
        connections: body.connections,
      }),
    ]);
    expect((await fetch(`${sim.url}/_sim/truth/traffic`)).status).toBe(400);
    expect((await fetch(`${sim.url}/_sim/truth/traffic?gatewayId=rgw-1&from=nope`)).status).toBe(400);
    const gw = (await (
      await fetch(`${sim.url}/_sim/truth/traffic?gatewayId=rgw-526aa6d1461a1f67d`)
    ).json()) as {
      consumers: unknown[];
    };
    expect(gw.consumers.length).toBeGreaterThan(5);
  });
});
