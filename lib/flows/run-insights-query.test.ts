import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { InsightsQueryError, runInsightsQuery } from "./run-insights-query";

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
