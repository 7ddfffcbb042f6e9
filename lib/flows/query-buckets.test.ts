import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import { clearTrafficCache } from "./bucket-cache";
import { queryBuckets } from "./query-buckets";
import { BUCKET_MS } from "./time-buckets";

const logs = mockClient(CloudWatchLogsClient);
const client = new CloudWatchLogsClient({ region: "us-east-1" });
const T = Date.parse("2026-11-28T12:00:00Z");

function query(now: number, start = T - 6 * BUCKET_MS) {
  return queryBuckets({
    kind: "test",
    accountId: "111111111111",
    region: "us-east-1",
    logs: client,
    logGroupNames: ["/g"],
    queryString: "stats count(*) by startTime",
    start,
    end: now,
    now,
    deliveryDelayMs: 5 * 60_000,
    toRow: (r) => ({ t: Number(r.startTime) * 1000 }),
    timeOf: (r) => r.t,
    run: { sleep: async () => {} },
  });
}

beforeEach(() => {
  clearTrafficCache();
  logs.reset();
  logs.on(StartQueryCommand).callsFake((input: { startTime: number; endTime: number }) => ({
    queryId: `${input.startTime}-${input.endTime}`,
  }));
  logs.on(GetQueryResultsCommand).callsFake((input: { queryId: string }) => {
    const [s, e] = input.queryId.split("-").map(Number) as [number, number];
    // One row a minute, inclusive end second as Logs Insights does.
    const results = [];
    for (let t = s; t <= e; t += 60) results.push([{ field: "startTime", value: String(t) }]);
    return { status: "Complete", results, statistics: { bytesScanned: (e - s) * 10 } };
  });
});

describe("queryBuckets", () => {
  it("first load queries everything; a refresh only the buckets not yet closed", async () => {
    const first = await query(T);
    expect(first.rows).toHaveLength(60);
    expect(first.cost).toMatchObject({ cachedBuckets: 0, queriedBuckets: 6, queries: 1 });

    const second = await query(T + 60_000);
    expect(second.cost.cachedBuckets).toBe(5);
    expect(second.cost.queriedBuckets).toBe(2);
    expect(second.cost.scannedBytes).toBeLessThan(first.cost.scannedBytes / 2);
    // Whole buckets come back; the aggregation clips them to the window.
    expect(second.rows).toHaveLength(70);
    const starts = logs.commandCalls(StartQueryCommand).map((c) => c.args[0].input.startTime);
    expect(starts).toEqual([(T - 6 * BUCKET_MS) / 1000, (T - BUCKET_MS) / 1000]);
  });

  it("rows at the inclusive end second belong to the next bucket and are not counted twice", async () => {
    const r = await query(T, T - BUCKET_MS);
    expect(r.rows.every((x) => x.t < T)).toBe(true);
  });

  it("a run that hits the row limit is split in half and asked again", async () => {
    logs.on(GetQueryResultsCommand).callsFake((input: { queryId: string }) => {
      const [s, e] = input.queryId.split("-").map(Number) as [number, number];
      const rows = Math.min(10_000, (e - s) / 60 > 20 ? 10_000 : 5);
      return {
        status: "Complete",
        results: Array.from({ length: rows }, () => [{ field: "startTime", value: String(s) }]),
      };
    });
    const r = await query(T, T - 4 * BUCKET_MS);
    expect(r.cost.queries).toBe(3);
    expect(r.truncated).toBe(false);
  });
});

describe("concurrent callers", () => {
  it("two requests for the same query scan once; the second finds the closed buckets cached", async () => {
    const [a, b] = await Promise.all([query(T), query(T)]);
    expect(a.cost.cachedBuckets + b.cost.cachedBuckets).toBe(5);
    expect(logs.commandCalls(StartQueryCommand)).toHaveLength(2);
  });
});
