import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { tagClientAccount } from "@/lib/aws/client-account";
import { runWithRequestContext } from "@/lib/log/request-context";
import { InsightsQueue } from "./insights-queue";
import { InsightsQueryError, QUERY_TIMEOUT_MS, runInsightsQuery } from "./run-insights-query";

const logs = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: "us-east-1" });
const query = { logGroupNames: ["/g"], queryString: "stats count(*)", startTime: 0, endTime: 60 };
const noSleep = async () => {};
const row = (bytes: string) => [
  { field: "bytes", value: bytes },
  { field: "@ptr", value: "x" },
];

beforeEach(() => {
  logs.reset();
  logs.on(StartQueryCommand).resolves({ queryId: "q-1" });
  logs.on(StopQueryCommand).resolves({ success: true });
});

describe("runInsightsQuery", () => {
  it("polls Scheduled → Running → Complete with growing delays and returns rows and bytes scanned", async () => {
    logs
      .on(GetQueryResultsCommand)
      .resolvesOnce({ status: "Scheduled" })
      .resolvesOnce({ status: "Running", results: [row("1")] })
      .resolves({
        status: "Complete",
        results: [row("5"), row("7")],
        statistics: { bytesScanned: 1234, recordsScanned: 9 },
      });
    const delays: number[] = [];
    const r = await runInsightsQuery(client, query, {
      pollMs: 100,
      maxPollMs: 300,
      sleep: async (ms) => void delays.push(ms),
    });
    expect(r).toEqual({
      rows: [
        { bytes: "5", "@ptr": "x" },
        { bytes: "7", "@ptr": "x" },
      ],
      bytesScanned: 1234,
      recordsScanned: 9,
      queries: 1,
    });
    expect(delays).toEqual([100, 200]);
    expect(logs.commandCalls(StartQueryCommand)[0]?.args[0].input).toMatchObject({
      logGroupNames: ["/g"],
      limit: 10_000,
      startTime: 0,
      endTime: 60,
    });
    expect(logs.commandCalls(StopQueryCommand)).toHaveLength(0);
  });

  it.each(["Failed", "Cancelled", "Timeout"])(
    "a query that ends %s throws, naming the status",
    async (status) => {
      logs.on(GetQueryResultsCommand).resolves({ status: status as "Failed" });
      await expect(runInsightsQuery(client, query, { sleep: noSleep })).rejects.toMatchObject({ status });
    },
  );

  it("gives up after timeoutMs and stops the query so it stops costing", async () => {
    logs.on(GetQueryResultsCommand).resolves({ status: "Running" });
    await expect(
      runInsightsQuery(client, query, { timeoutMs: 0, pollMs: 10, sleep: noSleep }),
    ).rejects.toBeInstanceOf(InsightsQueryError);
    expect(logs.commandCalls(StopQueryCommand)[0]?.args[0].input).toEqual({ queryId: "q-1" });
  });

  it("an aborted request stops the query", async () => {
    const abort = new AbortController();
    logs.on(GetQueryResultsCommand).callsFake(() => {
      abort.abort(new Error("navigated away"));
      return { status: "Running" };
    });
    await expect(runInsightsQuery(client, query, { signal: abort.signal, sleep: noSleep })).rejects.toThrow(
      "navigated away",
    );
    expect(logs.commandCalls(StopQueryCommand)).toHaveLength(1);
  });

  it("more than 50 log groups run as several queries, rows and bytes added up", async () => {
    logs
      .on(GetQueryResultsCommand)
      .resolves({ status: "Complete", results: [row("1")], statistics: { bytesScanned: 10 } });
    const groups = Array.from({ length: 120 }, (_, i) => `/g${i}`);
    const r = await runInsightsQuery(client, { ...query, logGroupNames: groups }, { sleep: noSleep });
    expect(logs.commandCalls(StartQueryCommand).map((c) => c.args[0].input.logGroupNames?.length)).toEqual([
      50, 50, 20,
    ]);
    expect(r).toMatchObject({ queries: 3, bytesScanned: 30 });
    expect(r.rows).toHaveLength(3);
  });
});

describe("runInsightsQuery against Logs Insights' limits", () => {
  it("retries LimitExceededException and throttling on StartQuery with growing delays", async () => {
    const limit = Object.assign(new Error("Account maximum query concurrency limit of [30] reached."), {
      name: "LimitExceededException",
    });
    const throttled = Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" });
    logs.on(StartQueryCommand).rejectsOnce(limit).rejectsOnce(throttled).resolves({ queryId: "q-2" });
    logs.on(GetQueryResultsCommand).resolves({ status: "Complete", results: [row("3")] });
    const delays: number[] = [];
    const r = await runInsightsQuery(client, query, {
      retryMs: 100,
      sleep: async (ms) => void delays.push(ms),
    });
    expect(r.rows).toEqual([{ bytes: "3", "@ptr": "x" }]);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
  });

  it("gives up after maxStartAttempts, and never retries a malformed query", async () => {
    const limit = Object.assign(new Error("limit"), { name: "LimitExceededException" });
    logs.on(StartQueryCommand).rejects(limit);
    await expect(runInsightsQuery(client, query, { maxStartAttempts: 3, sleep: noSleep })).rejects.toThrow(
      "limit",
    );
    expect(logs.commandCalls(StartQueryCommand)).toHaveLength(3);
    logs.reset();
    const bad = Object.assign(new Error("bad"), { name: "MalformedQueryException" });
    logs.on(StartQueryCommand).rejects(bad);
    await expect(runInsightsQuery(client, query, { sleep: noSleep })).rejects.toThrow("bad");
    expect(logs.commandCalls(StartQueryCommand)).toHaveLength(1);
  });

  it("reads paged results to the end (nextToken)", async () => {
    logs
      .on(GetQueryResultsCommand, { queryId: "q-1" })
      .resolves({ status: "Complete", results: [row("1")], nextToken: "t1" });
    logs
      .on(GetQueryResultsCommand, { queryId: "q-1", nextToken: "t1" })
      .resolves({ results: [row("2")], nextToken: "t2" });
    logs.on(GetQueryResultsCommand, { queryId: "q-1", nextToken: "t2" }).resolves({ results: [row("3")] });
    const r = await runInsightsQuery(client, query, { sleep: noSleep });
    expect(r.rows.map((x) => x.bytes)).toEqual(["1", "2", "3"]);
  });

  it("refuses a query string over 10,000 characters before calling AWS", async () => {
    await expect(
      runInsightsQuery(client, { ...query, queryString: "x".repeat(10_001) }, { sleep: noSleep }),
    ).rejects.toThrow(InsightsQueryError);
    expect(logs.commandCalls(StartQueryCommand)).toHaveLength(0);
  });

  it("polls for up to Logs Insights' own 60 minutes by default", () => {
    expect(QUERY_TIMEOUT_MS).toBe(3_600_000);
  });
});

describe("runInsightsQuery through the account × region queue", () => {
  const settle = () => new Promise((r) => setImmediate(r));

  it("holds a slot from StartQuery until the query has ended, so a second query starts only then", async () => {
    const queue = new InsightsQueue({ limit: 1 });
    const events: string[] = [];
    let polls = 0;
    logs.on(StartQueryCommand).callsFake(() => {
      events.push("start");
      return { queryId: `q-${events.length}` };
    });
    logs.on(GetQueryResultsCommand).callsFake(() => {
      polls += 1;
      events.push(polls % 2 ? "running" : "complete");
      return polls % 2 ? { status: "Running" } : { status: "Complete", results: [row("1")] };
    });
    await Promise.all([
      runInsightsQuery(client, query, { queue, sleep: noSleep }),
      runInsightsQuery(client, query, { queue, sleep: noSleep }),
    ]);
    expect(events).toEqual(["start", "running", "complete", "start", "running", "complete"]);
    expect(queue.snapshot("untagged|us-east-1").running).toBe(0);
  });

  it("frees the slot when a query fails, and when the caller gives up", async () => {
    const queue = new InsightsQueue({ limit: 1 });
    logs.on(GetQueryResultsCommand).resolves({ status: "Failed" });
    await expect(runInsightsQuery(client, query, { queue, sleep: noSleep })).rejects.toMatchObject({
      status: "Failed",
    });
    const abort = new AbortController();
    logs.on(GetQueryResultsCommand).callsFake(() => {
      abort.abort(new Error("navigated away"));
      return { status: "Running" };
    });
    await expect(
      runInsightsQuery(client, query, { queue, signal: abort.signal, sleep: noSleep }),
    ).rejects.toThrow("navigated away");
    expect(queue.snapshot("untagged|us-east-1")).toMatchObject({ running: 0, waitingInteractive: 0 });
  });

  it("keys slots by the client's tagged account and region; accountId overrides", async () => {
    const queue = new InsightsQueue({ limit: 5 });
    const acquire = vi.spyOn(queue, "acquire");
    logs.on(GetQueryResultsCommand).resolves({ status: "Complete", results: [] });
    const tagged = new CloudWatchLogsClient({ region: "eu-west-1" });
    tagClientAccount(tagged, "111111111111");
    await runInsightsQuery(tagged, query, { queue, sleep: noSleep });
    await runInsightsQuery(tagged, query, { queue, sleep: noSleep, accountId: "222222222222" });
    await runInsightsQuery(client, query, { queue, sleep: noSleep });
    expect(acquire.mock.calls.map((c) => c[0])).toEqual([
      "111111111111|eu-west-1",
      "222222222222|eu-west-1",
      "untagged|us-east-1",
    ]);
  });

  it.each([
    ["no priority and no request", undefined, undefined, "interactive"],
    ["a report's request", undefined, "background", "background"],
    ["an explicit priority over the request's", "interactive", "background", "interactive"],
    ["an explicit background priority", "background", undefined, "background"],
  ] as const)("%s → %s", async (_name, priority, requestPriority, expected) => {
    const queue = new InsightsQueue({ limit: 5 });
    const acquire = vi.spyOn(queue, "acquire");
    logs.on(GetQueryResultsCommand).resolves({ status: "Complete", results: [] });
    const run = () => runInsightsQuery(client, query, { queue, sleep: noSleep, priority });
    if (requestPriority)
      await runWithRequestContext({ id: "r", awsCalls: 0, bytesScanned: 0, priority: requestPriority }, run);
    else await run();
    expect(acquire.mock.calls[0]?.[1]).toBe(expected);
  });

  it("an interactive query asked after background ones runs before the waiting ones", async () => {
    const queue = new InsightsQueue({ limit: 1 });
    const gate: Array<() => void> = [];
    const order: string[] = [];
    logs.on(StartQueryCommand).callsFake((input: { queryString: string }) => {
      order.push(input.queryString);
      return { queryId: input.queryString };
    });
    logs
      .on(GetQueryResultsCommand)
      .callsFake(
        () => new Promise((resolve) => gate.push(() => resolve({ status: "Complete", results: [] }))),
      );
    const ask = (name: string, priority: "interactive" | "background") =>
      runInsightsQuery(client, { ...query, queryString: name }, { queue, sleep: noSleep, priority });
    const all = [ask("report-1", "background"), ask("report-2", "background")];
    await settle();
    all.push(ask("overview", "interactive"));
    while (order.length < 3) {
      await settle();
      gate.shift()?.();
    }
    gate.shift()?.();
    await Promise.all(all);
    expect(order).toEqual(["report-1", "overview", "report-2"]);
  });
});
