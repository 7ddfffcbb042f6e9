import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
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
