import path from "node:path";
import {
  CloudWatchLogsClient,
  DescribeLogStreamsCommand,
  FilterLogEventsCommand,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";
import { clientConfig, FIXED_NOW } from "../test-fixtures/start-test-simulator";

const PROVIDER_KEY = "AKIAPROVIDER00000001";
const CORE = "/vpc/flow-logs/provider-core";
const NOW_S = FIXED_NOW.getTime() / 1000;
let sim: RunningSimulator;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  sim = await startSimulator({
    scenario: loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json")),
    port: 0,
    now: () => FIXED_NOW,
  });
  logs = new CloudWatchLogsClient(clientConfig(sim, PROVIDER_KEY));
});
afterAll(() => sim.close());

async function runQuery(queryString: string, logGroupNames = [CORE], hours = 24) {
  const { queryId } = await logs.send(
    new StartQueryCommand({ logGroupNames, startTime: NOW_S - hours * 3600, endTime: NOW_S, queryString }),
  );
  const statuses: string[] = [];
  for (;;) {
    const out = await logs.send(new GetQueryResultsCommand({ queryId }));
    statuses.push(out.status ?? "");
    if (out.status === "Complete") return { out, statuses };
  }
}

describe("CloudWatch Logs traffic through the real SDK", () => {
  it("lists one stream per flow-logged ENI", async () => {
    const out = await logs.send(new DescribeLogStreamsCommand({ logGroupName: CORE }));
    expect(out.logStreams?.length).toBeGreaterThan(0);
    for (const s of out.logStreams ?? []) expect(s.logStreamName).toMatch(/^eni-[0-9a-f]{17}-all$/);
  });

  it("filters events by time, stream and space-delimited pattern, and pages with nextToken", async () => {
    const startTime = FIXED_NOW.getTime() - 3_600_000;
    const all = await logs.send(
      new FilterLogEventsCommand({ logGroupName: CORE, startTime, endTime: FIXED_NOW.getTime() }),
    );
    expect(all.events?.length).toBeGreaterThan(10);
    for (const e of all.events ?? []) {
      expect(e.timestamp).toBeGreaterThanOrEqual(startTime);
      expect(e.message?.startsWith("2 111111111111 eni-")).toBe(true);
    }
    const paged: string[] = [];
    let nextToken: string | undefined;
    do {
      const page = await logs.send(
        new FilterLogEventsCommand({
          logGroupName: CORE,
          startTime,
          endTime: FIXED_NOW.getTime(),
          limit: 7,
          nextToken,
        }),
      );
      paged.push(...(page.events ?? []).map((e) => `${e.logStreamName}|${e.message}`));
      nextToken = page.nextToken;
    } while (nextToken);
    expect(paged).toEqual((all.events ?? []).map((e) => `${e.logStreamName}|${e.message}`));
    const nodata = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: CORE,
        startTime,
        filterPattern:
          "[version, account, eni, src, dst, sport, dport, proto, packets, bytes, start, end, action, status = NODATA]",
      }),
    );
    for (const e of nodata.events ?? []) expect(e.message).toMatch(/NODATA$/);
    const big = await logs.send(
      new FilterLogEventsCommand({
        logGroupName: CORE,
        startTime,
        filterPattern: "[..., bytes > 40000, start, end, action, status]",
      }),
    );
    for (const e of big.events ?? []) expect(Number(e.message?.split(" ")[9])).toBeGreaterThan(40000);
    const stream = all.events?.[0]?.logStreamName ?? "";
    const one = await logs.send(
      new FilterLogEventsCommand({ logGroupName: CORE, startTime, logStreamNames: [stream] }),
    );
    expect(new Set(one.events?.map((e) => e.logStreamName))).toEqual(new Set([stream]));
  });

  it("answers access-log JSON patterns and unknown groups", async () => {
    const out = await logs.send(
      new FilterLogEventsCommand({
        logGroupIdentifier: "/lattice/access/orders-postgres",
        startTime: FIXED_NOW.getTime() - 3_600_000,
        filterPattern: '{ $.vpcEndpointId = "vpce-edecea98e31ccc5a3" }',
      }),
    );
    expect(out.events?.length).toBeGreaterThan(0);
    for (const e of out.events ?? [])
      expect(JSON.parse(e.message ?? "{}").vpcEndpointId).toBe("vpce-edecea98e31ccc5a3");
    await expect(logs.send(new FilterLogEventsCommand({ logGroupName: "/nope" }))).rejects.toMatchObject({
      name: "ResourceNotFoundException",
    });
  });

  it("runs a 24 h Logs Insights query: Running then Complete, rows of {field,value}, numeric statistics", async () => {
    const before = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as {
      logsInsights: { queries: number; bytesScanned: number };
    };
    const { out, statuses } = await runQuery("stats sum(bytes) as b, count(*) as n by action");
    expect(statuses).toEqual(["Running", "Complete"]);
    expect(out.results?.length).toBeGreaterThan(0);
    for (const row of out.results ?? []) for (const f of row) expect(typeof f.field).toBe("string");
    expect(typeof out.statistics?.bytesScanned).toBe("number");
    expect(out.statistics?.recordsScanned).toBeGreaterThan(1000);
    const after = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as typeof before;
    expect(after.logsInsights.queries).toBe(before.logsInsights.queries + 1);
    expect(after.logsInsights.bytesScanned - before.logsInsights.bytesScanned).toBe(
      out.statistics?.bytesScanned,
    );
  });

  it("rejects malformed queries with queryCompileError, unknown groups, and stops running queries", async () => {
    await expect(
      logs.send(
        new StartQueryCommand({
          logGroupName: CORE,
          startTime: NOW_S - 60,
          endTime: NOW_S,
          queryString: "stats sum(",
        }),
      ),
    ).rejects.toMatchObject({ name: "MalformedQueryException", $metadata: { httpStatusCode: 400 } });
    await expect(
      logs.send(
        new StartQueryCommand({
          logGroupName: "/nope",
          startTime: NOW_S - 60,
          endTime: NOW_S,
          queryString: "fields @message",
        }),
      ),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException" });
    const { queryId } = await logs.send(
      new StartQueryCommand({
        logGroupName: CORE,
        startTime: NOW_S - 60,
        endTime: NOW_S,
        queryString: "fields @message",
      }),
    );
    expect((await logs.send(new StopQueryCommand({ queryId }))).success).toBe(true);
    expect((await logs.send(new GetQueryResultsCommand({ queryId }))).status).toBe("Cancelled");
  });

  it("refuses more than 100 concurrently running queries (AWS's default quota)", async () => {
    const start = () =>
      logs.send(
        new StartQueryCommand({
          logGroupName: CORE,
          startTime: NOW_S - 60,
          endTime: NOW_S,
          queryString: "fields @message",
        }),
      );
    const ids: string[] = [];
    let refused: unknown;
    for (let i = 0; i < 110 && !refused; i++) {
      try {
        ids.push((await start()).queryId ?? "");
      } catch (e) {
        refused = e;
      }
    }
    expect(ids).toHaveLength(100);
    expect(refused).toMatchObject({
      name: "LimitExceededException",
      message: "Account maximum query concurrency limit of [100] reached.",
    });
    for (const queryId of ids) await logs.send(new StopQueryCommand({ queryId }));
  });
});
