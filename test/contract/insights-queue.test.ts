/**
 * The product's Logs Insights queue against the simulator's quota, with the real CloudWatch Logs
 * client: asked for more queries at once than the account's quota, the product runs them all and
 * never lets Logs Insights refuse one. The simulator's clock moves only when the product sleeps
 * between polls, so a 3 s query costs no real time.
 */
import path from "node:path";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { afterEach, describe, expect, it } from "vitest";
import { InsightsQueue } from "@/lib/flows/insights-queue";
import { runInsightsQuery } from "@/lib/flows/run-insights-query";
import { insightsSlots } from "@/lib/flows/shared-insights-queue";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "@/simulator/server";

const SCENARIO = path.resolve(__dirname, "../../simulator/scenario/default.scenario.json");
const PROVIDER = "111111111111";
const START = Date.parse("2026-11-28T12:00:00.000Z");
const QUOTA = 3;
const LATENCY_MS = 3000;

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function setUp() {
  const clock = { now: START };
  const scenario = loadScenario(SCENARIO);
  sim = await startSimulator({
    scenario: { ...scenario, logsInsights: { latencyMs: LATENCY_MS, maxConcurrentQueries: QUOTA } },
    port: 0,
    now: () => new Date(clock.now),
  });
  // One attempt: a LimitExceededException would reach runInsightsQuery, not be retried by the SDK.
  const logs = new CloudWatchLogsClient({
    endpoint: sim.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIAPROVIDER00000001", secretAccessKey: "x" },
    maxAttempts: 1,
  });
  const url = sim.url;
  const stats = async () =>
    (
      (await (await fetch(`${url}/_sim/stats`)).json()) as {
        logsInsights: { queries: number; limitExceeded: number; peakRunning: number };
      }
    ).logsInsights;
  /** A product query of the last hour; waiting between polls moves the simulator's clock. */
  const ask = (queue: InsightsQueue, i: number, priority?: "interactive" | "background") =>
    runInsightsQuery(
      logs,
      {
        logGroupNames: ["/vpc/flow-logs/provider-core"],
        queryString: `stats sum(bytes) as b, count(*) as n${i} by action`,
        startTime: START / 1000 - 3600,
        endTime: START / 1000,
      },
      {
        queue,
        priority,
        accountId: PROVIDER,
        maxStartAttempts: 1,
        pollMs: 500,
        sleep: async (ms) => {
          clock.now += ms;
          await new Promise((r) => setImmediate(r));
        },
      },
    );
  return { ask, stats };
}

describe("the Logs Insights queue against the simulator's concurrency quota", () => {
  it(`runs ${QUOTA * 4} parallel queries under a quota of ${QUOTA}: none refused, never more than ${QUOTA} running`, async () => {
    const { ask, stats } = await setUp();
    const queue = new InsightsQueue({ limit: insightsSlots(QUOTA, 1) });
    const results = await Promise.allSettled(Array.from({ length: QUOTA * 4 }, (_, i) => ask(queue, i)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    for (const r of results) if (r.status === "fulfilled") expect(r.value.rows.length).toBeGreaterThan(0);
    expect(await stats()).toEqual(
      expect.objectContaining({ queries: QUOTA * 4, limitExceeded: 0, peakRunning: QUOTA }),
    );
  });

  it("without the queue's limit the same burst is refused (the check above can fail)", async () => {
    const { ask, stats } = await setUp();
    const unlimited = new InsightsQueue({ limit: 100 });
    const results = await Promise.allSettled(Array.from({ length: QUOTA * 4 }, (_, i) => ask(unlimited, i)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r).toMatchObject({ reason: { name: "LimitExceededException" } });
    expect(await stats()).toMatchObject({ limitExceeded: refused.length, peakRunning: QUOTA });
  });

  it("interactive queries asked during a report's burst finish before the report's waiting ones", async () => {
    const { ask } = await setUp();
    const queue = new InsightsQueue({ limit: QUOTA });
    const done: string[] = [];
    const track = (name: string, p: Promise<unknown>) => p.then(() => done.push(name));
    const all = Array.from({ length: 6 }, (_, i) => track(`report-${i}`, ask(queue, i, "background")));
    await new Promise((r) => setImmediate(r));
    all.push(track("overview", ask(queue, 99, "interactive")));
    await Promise.all(all);
    // Background holds at most 2 of the 3 slots, so the overview starts at once, beside the first two.
    expect(done.indexOf("overview")).toBeLessThan(3);
    expect(done).toHaveLength(7);
  });
});
