/**
 * Logs Insights timing and quota through the real SDK, on a clock the test moves (no sleeps):
 * a query runs for latency + bytes / scan rate, reads Running with no rows until then; running
 * queries count against `maxConcurrentQueries` per account × region and StartQuery past it fails
 * as AWS fails it.
 */
import path from "node:path";
import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterEach, describe, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import type { LogsInsightsSettings } from "../scenario/schema";
import { type RunningSimulator, startSimulator } from "../server";
import { clientConfig, FIXED_NOW } from "../test-fixtures/start-test-simulator";

const PROVIDER_KEY = "AKIAPROVIDER00000001";
const PAYMENTS_KEY = "AKIAPAYMENTS00000001";
const CORE = "/vpc/flow-logs/provider-core";
const EU = "/vpc/flow-logs/provider-eu";
const PAYMENTS = "/vpc/flow-logs/payments-app";
const NOW_S = FIXED_NOW.getTime() / 1000;
const scenarioFile = path.join(__dirname, "..", "scenario", "default.scenario.json");

let sim: RunningSimulator | undefined;
let clock = FIXED_NOW.getTime();
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(logsInsights: Partial<LogsInsightsSettings>) {
  clock = FIXED_NOW.getTime();
  const base = loadScenario(scenarioFile);
  sim = await startSimulator({
    scenario: { ...base, logsInsights: { ...base.logsInsights, ...logsInsights } },
    port: 0,
    now: () => new Date(clock),
  });
  return sim;
}

const client = (s: RunningSimulator, key = PROVIDER_KEY, region = "us-east-1") =>
  new CloudWatchLogsClient({ ...clientConfig(s, key), region });

const startQuery = (logs: CloudWatchLogsClient, logGroupName = CORE) =>
  logs
    .send(
      new StartQueryCommand({
        logGroupName,
        startTime: NOW_S - 3600,
        endTime: NOW_S,
        queryString: "stats sum(bytes) as b by action",
      }),
    )
    .then((r) => r.queryId ?? "");

const poll = (logs: CloudWatchLogsClient, queryId: string) =>
  logs.send(new GetQueryResultsCommand({ queryId }));

async function stats(s: RunningSimulator) {
  const r = (await (await fetch(`${s.url}/_sim/stats`)).json()) as {
    logsInsights: { queries: number; limitExceeded: number; peakRunning: number };
  };
  return r.logsInsights;
}

describe("Logs Insights query time", () => {
  it("runs for the scenario's latency whoever polls, Running with no rows until then", async () => {
    const logs = client(await start({ latencyMs: 4000 }));
    const id = await startQuery(logs);
    for (let i = 0; i < 5; i++) {
      const r = await poll(logs, id);
      expect(r.status).toBe("Running");
      expect(r.results).toEqual([]);
      expect(r.statistics?.bytesScanned).toBe(0);
    }
    clock += 3999;
    expect((await poll(logs, id)).status).toBe("Running");
    clock += 1;
    const done = await poll(logs, id);
    expect(done.status).toBe("Complete");
    expect(done.results?.length).toBeGreaterThan(0);
    expect(done.statistics?.bytesScanned).toBeGreaterThan(0);
  });

  it("adds bytes scanned / scan rate to the latency", async () => {
    // The same query at the same clock under the quick rule tells how many bytes it scans.
    const quick = client(await start({}));
    const measured = await startQuery(quick);
    await poll(quick, measured);
    const bytes = (await poll(quick, measured)).statistics?.bytesScanned ?? 0;
    await sim?.close();
    const rate = 1000; // bytes per second: slow, so the scan term is many seconds
    expect(bytes).toBeGreaterThan(10 * rate);
    const logs = client(await start({ latencyMs: 500, scanBytesPerSecond: rate }));
    const id = await startQuery(logs);
    clock += Math.ceil(500 + (bytes / rate) * 1000) - 1;
    expect((await poll(logs, id)).status).toBe("Running");
    clock += 1;
    const done = await poll(logs, id);
    expect(done.status).toBe("Complete");
    expect(done.statistics?.bytesScanned).toBe(bytes);
  });

  it("keeps the quick demo rule without latency or scan rate: Running, then Complete", async () => {
    const logs = client(await start({}));
    const id = await startQuery(logs);
    expect((await poll(logs, id)).status).toBe("Running");
    expect((await poll(logs, id)).status).toBe("Complete");
  });
});

describe("Logs Insights concurrency quota", () => {
  it("refuses StartQuery past the quota with AWS's LimitExceededException, per account × region", async () => {
    const s = await start({ latencyMs: 10_000, maxConcurrentQueries: 2 });
    const logs = client(s);
    const ids = [await startQuery(logs), await startQuery(logs)];
    const refused = await startQuery(logs).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      name: "LimitExceededException",
      message: "Account maximum query concurrency limit of [2] reached.",
      $metadata: { httpStatusCode: 400 },
    });
    // Polling does not end a query early, and another region or account has its own quota.
    for (const id of ids) expect((await poll(logs, id)).status).toBe("Running");
    await expect(startQuery(client(s, PROVIDER_KEY, "eu-west-1"), EU)).resolves.toBeTruthy();
    await expect(startQuery(client(s, PAYMENTS_KEY), PAYMENTS)).resolves.toBeTruthy();
    expect(await stats(s)).toMatchObject({ queries: 4, limitExceeded: 1, peakRunning: 2 });

    // A stopped query frees its slot; so does one that completes, polled or not.
    await logs.send(new StopQueryCommand({ queryId: ids[0] }));
    await expect(startQuery(logs)).resolves.toBeTruthy();
    await expect(startQuery(logs)).rejects.toMatchObject({ name: "LimitExceededException" });
    clock += 10_000;
    await expect(startQuery(logs)).resolves.toBeTruthy();
    await expect(startQuery(logs)).resolves.toBeTruthy();
    expect(await stats(s)).toMatchObject({ limitExceeded: 2, peakRunning: 2 });
  });

  it("puts the refusal on the wire as AWS JSON 1.1: 400, __type and message", async () => {
    const s = await start({ latencyMs: 10_000, maxConcurrentQueries: 1 });
    await startQuery(client(s));
    const res = await fetch(s.url, {
      method: "POST",
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "Logs_20140328.StartQuery",
        authorization: `AWS4-HMAC-SHA256 Credential=${PROVIDER_KEY}/20261128/us-east-1/logs/aws4_request, SignedHeaders=host, Signature=x`,
      },
      body: JSON.stringify({
        logGroupName: CORE,
        startTime: NOW_S - 60,
        endTime: NOW_S,
        queryString: "fields @message",
      }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/x-amz-json-1.1");
    expect(await res.json()).toEqual({
      __type: "LimitExceededException",
      message: "Account maximum query concurrency limit of [1] reached.",
    });
  });
});
