/**
 * S3 flow logs, Glue and Athena against the real SDK clients: DescribeFlowLogs' S3 shape, the Glue
 * tables, Athena's states, pagination, errors and cancellation, partition pruning in
 * DataScannedInBytes, and the ground truth: the S3 tables hold exactly the records CloudWatch Logs
 * holds for the same ENIs.
 */

import { gunzipSync } from "node:zlib";
import {
  AthenaClient,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  type QueryExecution,
  StartQueryExecutionCommand,
  StopQueryExecutionCommand,
} from "@aws-sdk/client-athena";
import { CloudWatchLogsClient, paginateFilterLogEvents } from "@aws-sdk/client-cloudwatch-logs";
import { DescribeFlowLogsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetDatabaseCommand, GetTableCommand, GetTablesCommand, GlueClient } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, paginateListObjectsV2, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { FLOW_BUCKET, S3_FLOW_PARQUET, S3_FLOW_TEXT, s3Scenario } from "../test-fixtures/s3-scenario";
import { CONSUMER_KEY, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, FIXED_NOW, startTestSimulator } from "../test-fixtures/start-test-simulator";

let sim: RunningSimulator;
let athena: AthenaClient;
let glue: GlueClient;
const HOUR = 3_600_000;

beforeAll(async () => {
  sim = await startTestSimulator(s3Scenario);
  athena = new AthenaClient(clientConfig(sim, PROVIDER_KEY));
  glue = new GlueClient(clientConfig(sim, PROVIDER_KEY));
});
afterAll(() => sim.close());

async function start(QueryString: string, WorkGroup = "lens") {
  const { QueryExecutionId } = await athena.send(
    new StartQueryExecutionCommand({
      QueryString,
      QueryExecutionContext: { Database: "vpc_logs" },
      WorkGroup,
    }),
  );
  return QueryExecutionId as string;
}

async function finish(id: string): Promise<{ states: string[]; execution: QueryExecution }> {
  const states: string[] = [];
  for (;;) {
    const { QueryExecution: e } = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId: id }));
    const state = e?.Status?.State ?? "";
    if (states.at(-1) !== state) states.push(state);
    if (["SUCCEEDED", "FAILED", "CANCELLED"].includes(state))
      return { states, execution: e as QueryExecution };
  }
}

async function rows(sql: string): Promise<{ rows: Array<Array<string | undefined>>; scanned: number }> {
  const id = await start(sql);
  const { execution } = await finish(id);
  if (execution.Status?.State !== "SUCCEEDED") throw new Error(execution.Status?.StateChangeReason);
  const out: Array<Array<string | undefined>> = [];
  let NextToken: string | undefined;
  do {
    const page = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, NextToken }));
    for (const r of page.ResultSet?.Rows ?? []) out.push((r.Data ?? []).map((d) => d.VarCharValue));
    NextToken = page.NextToken;
  } while (NextToken);
  return { rows: out.slice(1), scanned: execution.Statistics?.DataScannedInBytes ?? -1 };
}

/** Hive partition predicate for the hours [fromMs, toMs) of one day. */
function hivePredicate(fromMs: number, toMs: number): string {
  const d = new Date(fromMs);
  const hours: string[] = [];
  for (let t = fromMs; t < toMs; t += HOUR)
    hours.push(`'${String(new Date(t).getUTCHours()).padStart(2, "0")}'`);
  return `"aws-account-id" = '111111111111' AND "aws-region" = 'us-east-1' AND year = '${d.getUTCFullYear()}' AND month = '${String(d.getUTCMonth() + 1).padStart(2, "0")}' AND day = '${String(d.getUTCDate()).padStart(2, "0")}' AND hour IN (${hours.join(", ")})`;
}

describe("EC2 DescribeFlowLogs for S3 destinations", () => {
  it("answers logDestinationType s3, the bucket ARN and the destination options, without a log group", async () => {
    const ec2 = new EC2Client(clientConfig(sim, PROVIDER_KEY));
    const out = await ec2.send(new DescribeFlowLogsCommand({ FlowLogIds: [S3_FLOW_PARQUET, S3_FLOW_TEXT] }));
    const byId = new Map(out.FlowLogs?.map((f) => [f.FlowLogId, f]));
    expect(byId.get(S3_FLOW_PARQUET)).toMatchObject({
      LogDestinationType: "s3",
      LogDestination: `arn:aws:s3:::${FLOW_BUCKET}/parquet`,
      DestinationOptions: { FileFormat: "parquet", HiveCompatiblePartitions: true, PerHourPartition: true },
    });
    expect(byId.get(S3_FLOW_PARQUET)?.LogGroupName).toBeUndefined();
    expect(byId.get(S3_FLOW_TEXT)?.DestinationOptions).toEqual({
      FileFormat: "plain-text",
      HiveCompatiblePartitions: false,
      PerHourPartition: false,
    });
    const s3Only = await ec2.send(
      new DescribeFlowLogsCommand({ Filter: [{ Name: "log-destination-type", Values: ["s3"] }] }),
    );
    expect(s3Only.FlowLogs?.map((f) => f.FlowLogId).sort()).toEqual([S3_FLOW_PARQUET, S3_FLOW_TEXT]);
  });
});

describe("Glue", () => {
  it("serves the database and the flow-log tables as AWS's documented DDL creates them", async () => {
    expect((await glue.send(new GetDatabaseCommand({ Name: "vpc_logs" }))).Database?.Name).toBe("vpc_logs");
    const { Table } = await glue.send(
      new GetTableCommand({ DatabaseName: "vpc_logs", Name: "flow_parquet" }),
    );
    expect(Table?.StorageDescriptor).toMatchObject({
      Location: `s3://${FLOW_BUCKET}/parquet/AWSLogs/`,
      InputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
      SerdeInfo: { SerializationLibrary: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe" },
    });
    expect(Table?.StorageDescriptor?.Columns?.slice(0, 3)).toEqual([
      { Name: "version", Type: "int" },
      { Name: "account_id", Type: "string" },
      { Name: "interface_id", Type: "string" },
    ]);
    expect(Table?.PartitionKeys?.map((k) => k.Name)).toEqual([
      "aws-account-id",
      "aws-service",
      "aws-region",
      "year",
      "month",
      "day",
      "hour",
    ]);
    expect(Table?.Parameters).toMatchObject({
      "projection.enabled": "true",
      "projection.aws-account-id.values": "111111111111",
      "projection.hour.digits": "2",
    });
    const text = await glue.send(new GetTableCommand({ DatabaseName: "vpc_logs", Name: "flow_text" }));
    expect(text.Table?.Parameters).toMatchObject({
      "skip.header.line.count": "1",
      "projection.date.format": "yyyy/MM/dd",
      "storage.location.template": `s3://${FLOW_BUCKET}/text/AWSLogs/111111111111/vpcflowlogs/\${region}/\${date}`,
    });
    expect(text.Table?.PartitionKeys?.map((k) => k.Name)).toEqual(["region", "date"]);
  });

  it("pages GetTables and answers EntityNotFoundException for unknown names and other accounts", async () => {
    const first = await glue.send(new GetTablesCommand({ DatabaseName: "vpc_logs", MaxResults: 2 }));
    expect(first.TableList?.map((t) => t.Name)).toEqual(["access_logs", "flow_parquet"]);
    const second = await glue.send(
      new GetTablesCommand({ DatabaseName: "vpc_logs", MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.TableList?.map((t) => t.Name)).toEqual(["flow_text"]);
    expect(second.NextToken).toBeUndefined();
    const filtered = await glue.send(
      new GetTablesCommand({ DatabaseName: "vpc_logs", Expression: "flow_.*" }),
    );
    expect(filtered.TableList?.map((t) => t.Name)).toEqual(["flow_parquet", "flow_text"]);
    await expect(
      glue.send(new GetTableCommand({ DatabaseName: "vpc_logs", Name: "nope" })),
    ).rejects.toMatchObject({
      name: "EntityNotFoundException",
    });
    const consumer = new GlueClient(clientConfig(sim, CONSUMER_KEY));
    await expect(consumer.send(new GetDatabaseCommand({ Name: "vpc_logs" }))).rejects.toMatchObject({
      name: "EntityNotFoundException",
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe("Athena", () => {
  it("moves QUEUED → RUNNING → SUCCEEDED and pages results with the header first", async () => {
    const id = await start(
      `SELECT interface_id, count(*) AS records FROM flow_parquet WHERE ${hivePredicate(FIXED_NOW.getTime() - 3 * HOUR, FIXED_NOW.getTime() - 2 * HOUR)} GROUP BY interface_id ORDER BY interface_id`,
    );
    const { states, execution } = await finish(id);
    expect(states).toEqual(["QUEUED", "RUNNING", "SUCCEEDED"]);
    expect(execution.Statistics?.DataScannedInBytes).toBeGreaterThan(0);
    expect(execution.ResultConfiguration?.OutputLocation).toBe(`s3://provider-athena-results/lens/${id}.csv`);
    const p1 = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 2 }));
    expect(p1.ResultSet?.Rows?.[0]?.Data?.map((d) => d.VarCharValue)).toEqual(["interface_id", "records"]);
    expect(p1.ResultSet?.ResultSetMetadata?.ColumnInfo?.map((c) => [c.Name, c.Type])).toEqual([
      ["interface_id", "varchar"],
      ["records", "bigint"],
    ]);
    expect(p1.ResultSet?.Rows).toHaveLength(2);
    await expect(
      athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, NextToken: "bm9wZQ" })),
    ).rejects.toMatchObject({ name: "InvalidRequestException" });
    // Paging by 2 gives the rows of one 1000-row page, in order, the header only once.
    const paged = [...(p1.ResultSet?.Rows ?? [])];
    let token = p1.NextToken;
    while (token) {
      const p = await athena.send(
        new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 2, NextToken: token }),
      );
      expect(p.ResultSet?.Rows?.length).toBeLessThanOrEqual(2);
      paged.push(...(p.ResultSet?.Rows ?? []));
      token = p.NextToken;
    }
    const whole = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id }));
    expect(whole.NextToken).toBeUndefined();
    expect(paged).toEqual(whole.ResultSet?.Rows);
    expect(paged.length).toBeGreaterThan(2);
    await expect(
      athena.send(new GetQueryResultsCommand({ QueryExecutionId: id, MaxResults: 1001 })),
    ).rejects.toMatchObject({ name: "InvalidRequestException" });
  });

  it("names unnamed columns _colN and answers NULL as a Datum without VarCharValue", async () => {
    const id = await start(
      `SELECT count(*), max(sublocation_id), lower(action) AS a FROM flow_parquet WHERE ${hivePredicate(FIXED_NOW.getTime() - 2 * HOUR, FIXED_NOW.getTime() - HOUR)} AND action = 'ACCEPT' GROUP BY lower(action)`,
    );
    await finish(id);
    const out = await athena.send(new GetQueryResultsCommand({ QueryExecutionId: id }));
    expect(out.ResultSet?.Rows?.[0]?.Data?.map((d) => d.VarCharValue)).toEqual(["_col0", "_col1", "a"]);
    expect(out.ResultSet?.Rows?.[1]?.Data?.[1]).toEqual({});
    expect(out.ResultSet?.Rows?.[1]?.Data?.[2]).toEqual({ VarCharValue: "accept" });
  });

  it("scans only the partitions the WHERE clause leaves", async () => {
    const t = FIXED_NOW.getTime();
    const q = (pred: string) => rows(`SELECT count(*) FROM flow_parquet WHERE ${pred}`);
    const h1 = await q(hivePredicate(t - 4 * HOUR, t - 3 * HOUR));
    const h2 = await q(hivePredicate(t - 3 * HOUR, t - 2 * HOUR));
    const both = await q(hivePredicate(t - 4 * HOUR, t - 2 * HOUR));
    expect(h1.scanned).toBeGreaterThan(0);
    expect(both.scanned).toBe(h1.scanned + h2.scanned);
    expect(Number(both.rows[0]?.[0])).toBe(Number(h1.rows[0]?.[0]) + Number(h2.rows[0]?.[0]));
    // A predicate on a data column prunes nothing; a contradicting partition predicate prunes all.
    const sameHourByStart = await q(`${hivePredicate(t - 4 * HOUR, t - 3 * HOUR)} AND start > 0`);
    expect(sameHourByStart.scanned).toBe(h1.scanned);
    expect((await q(`year = '2019'`)).scanned).toBe(0);
  });

  it("FAILs queries outside the subset with a reason naming what is not allowed", async () => {
    const cases: Array<[string, RegExp]> = [
      ["SELECT bytes / 2 FROM flow_parquet", /NOT_SUPPORTED: line 1:14: '\/'/],
      ["SELECT bytes::varchar FROM flow_parquet", /NOT_SUPPORTED: .*'::'/],
      ["SELECT approx_distinct(srcaddr) FROM flow_parquet", /function approx_distinct\(\)/],
      [
        "SELECT bytes AS b FROM flow_parquet WHERE b > 0",
        /COLUMN_NOT_FOUND: line 1:43: Column 'b' cannot be resolved/,
      ],
      ["SELECT count(*) FROM flow_parquet WHERE year = 2026", /TYPE_MISMATCH: .*varchar = integer/],
      ["SELECT count(*) FROM flow_parquet; SELECT 1", /a second statement/],
      ["SELECT count(*) FROM nope", /TABLE_NOT_FOUND: .*'awsdatacatalog\.vpc_logs\.nope'/],
      ["SELECT count(*) FROM other_db.t", /SCHEMA_NOT_FOUND/],
      ["SELEC 1", /SYNTAX_ERROR/],
      ["SELECT a.x FROM flow_parquet a JOIN flow_text b ON a.srcaddr = b.srcaddr", /FROM join/],
    ];
    for (const [sql, reason] of cases) {
      const { execution } = await finish(await start(sql));
      expect(execution.Status?.State, sql).toBe("FAILED");
      expect(execution.Status?.StateChangeReason, sql).toMatch(reason);
      expect(execution.Status?.AthenaError).toMatchObject({
        ErrorCategory: 2,
        ErrorType: 1000,
        Retryable: false,
      });
      expect(execution.Statistics?.DataScannedInBytes).toBe(0);
      await expect(
        athena.send(new GetQueryResultsCommand({ QueryExecutionId: execution.QueryExecutionId })),
      ).rejects.toMatchObject({
        name: "InvalidRequestException",
      });
    }
  });

  it("cancels, refuses results before the end, and answers InvalidRequestException for bad requests", async () => {
    const id = await start("SELECT count(*) FROM flow_parquet");
    await expect(athena.send(new GetQueryResultsCommand({ QueryExecutionId: id }))).rejects.toThrow(
      /Query has not yet finished. Current state: QUEUED/,
    );
    await athena.send(new StopQueryExecutionCommand({ QueryExecutionId: id }));
    const { states, execution } = await finish(id);
    expect(states).toEqual(["CANCELLED"]);
    expect(execution.Status?.StateChangeReason).toMatch(/cancelled/i);
    await expect(
      athena.send(new GetQueryExecutionCommand({ QueryExecutionId: "0000-nope" })),
    ).rejects.toMatchObject({
      name: "InvalidRequestException",
      AthenaErrorCode: "INVALID_INPUT",
    });
    // `primary` has no output location in this account: Athena refuses the query up front.
    await expect(start("SELECT 1 FROM flow_parquet", "primary")).rejects.toThrow(
      /No output location provided/,
    );
    await expect(start("SELECT 1 FROM flow_parquet", "nope")).rejects.toMatchObject({
      name: "InvalidRequestException",
    });
    // Another account sees neither the query nor the tables.
    const other = new AthenaClient(clientConfig(sim, CONSUMER_KEY));
    await expect(other.send(new GetQueryExecutionCommand({ QueryExecutionId: id }))).rejects.toMatchObject({
      name: "InvalidRequestException",
    });
  });
});

describe("S3", () => {
  const s3For = (key: string) => new S3Client({ ...clientConfig(sim, key), forcePathStyle: true });
  const hourPrefix = (ms: number) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, "0");
    return `parquet/AWSLogs/aws-account-id=111111111111/aws-service=vpcflowlogs/aws-region=us-east-1/year=${d.getUTCFullYear()}/month=${p(d.getUTCMonth() + 1)}/day=${p(d.getUTCDate())}/hour=${p(d.getUTCHours())}/`;
  };

  it("lists the Hive folders and the 5-minute objects; their sizes are what Athena scans", async () => {
    const s3 = s3For(PROVIDER_KEY);
    const t = FIXED_NOW.getTime() - 3 * HOUR;
    const day = hourPrefix(t).replace(/hour=\d\d\/$/, "");
    const folders = await s3.send(
      new ListObjectsV2Command({ Bucket: FLOW_BUCKET, Prefix: day, Delimiter: "/" }),
    );
    expect(folders.CommonPrefixes?.map((p) => p.Prefix)).toContain(hourPrefix(t));
    expect(folders.Contents ?? []).toHaveLength(0);
    const hour = await s3.send(new ListObjectsV2Command({ Bucket: FLOW_BUCKET, Prefix: hourPrefix(t) }));
    expect(hour.Contents).toHaveLength(12);
    for (const o of hour.Contents ?? []) {
      expect(o.Key).toMatch(
        /\/111111111111_vpcflowlogs_us-east-1_fl-0aaa0000000000003_\d{8}T\d{4}Z_[0-9a-f]{8}\.log\.parquet$/,
      );
      const stamp = /_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})Z_/.exec(o.Key ?? "") ?? [];
      const windowEnd = Date.UTC(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!, +stamp[4]!, +stamp[5]!) + 5 * 60_000;
      // Delivered 5 minutes after the window, or 20 for the late ones.
      expect([windowEnd + 5 * 60_000, windowEnd + 20 * 60_000]).toContain(o.LastModified?.getTime());
    }
    const size = (hour.Contents ?? []).reduce((a, o) => a + (o.Size ?? 0), 0);
    const athenaRows = await rows(`SELECT count(*) FROM flow_parquet WHERE ${hivePredicate(t, t + HOUR)}`);
    expect(athenaRows.scanned).toBe(size);
    // Paging by 5 walks the same keys.
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2(
      { client: s3, pageSize: 5 },
      { Bucket: FLOW_BUCKET, Prefix: hourPrefix(t) },
    ))
      for (const o of page.Contents ?? []) keys.push(o.Key ?? "");
    expect(keys).toEqual(hour.Contents?.map((o) => o.Key));
  });

  it("serves text objects gzip with the header line, and nothing before delivery", async () => {
    const s3 = s3For(PROVIDER_KEY);
    const now = FIXED_NOW;
    const p = (n: number) => String(n).padStart(2, "0");
    const prefix = `text/AWSLogs/111111111111/vpcflowlogs/us-east-1/${now.getUTCFullYear()}/${p(now.getUTCMonth() + 1)}/${p(now.getUTCDate())}/`;
    const today = await s3.send(new ListObjectsV2Command({ Bucket: FLOW_BUCKET, Prefix: prefix }));
    const last = today.Contents?.at(-1);
    // Most objects land 5 minutes after their window, about 1 in 10 at 20 minutes.
    const delays = (today.Contents ?? []).map((o) => {
      const m = /T(\d{2})(\d{2})Z_/.exec(o.Key ?? "") ?? [];
      return ((o.LastModified?.getTime() ?? 0) - Date.UTC(2026, 10, 28, +m[1]!, +m[2]!)) / 60_000 - 5;
    });
    expect(new Set(delays)).toEqual(new Set([5, 20]));
    expect(delays.filter((d) => d === 20).length / delays.length).toBeLessThan(0.25);
    const stamp = /T(\d{2})(\d{2})Z_/.exec(last?.Key ?? "") ?? [];
    expect(Date.UTC(2026, 10, 28, +stamp[1]!, +stamp[2]!) + 10 * 60_000).toBeLessThanOrEqual(now.getTime());
    const obj = await s3.send(new GetObjectCommand({ Bucket: FLOW_BUCKET, Key: last?.Key }));
    const text = gunzipSync(Buffer.from(await obj.Body!.transformToByteArray())).toString("utf8");
    expect(text.split("\n")[0]).toBe(
      "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status",
    );
    const notYet = (last?.Key ?? "").replace(
      /T\d{4}Z_[0-9a-f]{8}/,
      `T${p(now.getUTCHours())}${p(now.getUTCMinutes())}Z_00000000`,
    );
    await expect(s3.send(new GetObjectCommand({ Bucket: FLOW_BUCKET, Key: notYet }))).rejects.toMatchObject({
      name: "NoSuchKey",
    });
    await expect(s3.send(new ListObjectsV2Command({ Bucket: "nope-bucket" }))).rejects.toMatchObject({
      name: "NoSuchBucket",
    });
    await expect(
      s3For(CONSUMER_KEY).send(new ListObjectsV2Command({ Bucket: FLOW_BUCKET })),
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
  });
});

describe("ground truth: S3 tables equal the CloudWatch Logs records of the same ENIs", () => {
  async function cloudWatchTotals(group: string, fromMs: number, toMs: number) {
    const logs = new CloudWatchLogsClient(clientConfig(sim, PROVIDER_KEY));
    const totals = new Map<string, { records: number; bytes: number; packets: number }>();
    for await (const page of paginateFilterLogEvents(
      { client: logs },
      { logGroupName: group, startTime: fromMs, endTime: toMs - 1 },
    )) {
      for (const e of page.events ?? []) {
        const f = (e.message ?? "").split(" ");
        const key = `${f[2]}/${f[12]}`;
        const t = totals.get(key) ?? { records: 0, bytes: 0, packets: 0 };
        t.records += 1;
        t.bytes += f[9] === "-" ? 0 : Number(f[9]);
        t.packets += f[8] === "-" ? 0 : Number(f[8]);
        totals.set(key, t);
      }
    }
    return totals;
  }

  const asMap = (rs: Array<Array<string | undefined>>) =>
    new Map(
      rs.map((r) => [
        `${r[0]}/${r[1] ?? "-"}`,
        { records: Number(r[2]), bytes: Number(r[3] ?? 0), packets: Number(r[4] ?? 0) },
      ]),
    );

  it("per ENI and action over two hours (Parquet, Hive) and a day (text, default layout)", async () => {
    const to = FIXED_NOW.getTime() - HOUR;
    const from = to - 2 * HOUR;
    const cw = await cloudWatchTotals("/vpc/flow/provider", from, to);
    expect([...cw.values()].reduce((a, t) => a + t.bytes, 0)).toBeGreaterThan(0);
    const window = `start >= ${from / 1000} AND start < ${to / 1000}`;
    const parquet = await rows(
      `SELECT interface_id, action, count(*), sum(bytes), sum(packets) FROM flow_parquet WHERE ${hivePredicate(from, to)} AND ${window} GROUP BY interface_id, action`,
    );
    expect(asMap(parquet.rows)).toEqual(cw);
    const text = await rows(
      `SELECT interface_id, action, count(*), sum(bytes), sum(packets) FROM flow_text WHERE region = 'us-east-1' AND date = '2026/11/28' AND ${window} GROUP BY interface_id, action`,
    );
    // The text table keeps `-` in string columns (LazySimpleSerDe), as NODATA records print it.
    expect(asMap(text.rows)).toEqual(cw);
    // The daily partition costs more to scan than the two hourly ones.
    expect(text.scanned).toBeGreaterThan(0);
  });

  it("access logs: one S3 record per CloudWatch Logs record of the configuration", async () => {
    const to = FIXED_NOW.getTime() - HOUR;
    const from = to - HOUR;
    const logs = new CloudWatchLogsClient(clientConfig(sim, PROVIDER_KEY));
    let cw = 0;
    for await (const page of paginateFilterLogEvents(
      { client: logs },
      {
        logGroupName: "/aws/vpc-lattice/resources",
        logStreamNames: ["resource-access-log/rcfg-0aaa0000000000001"],
        startTime: from,
        endTime: to - 1,
      },
    ))
      cw += page.events?.length ?? 0;
    expect(cw).toBeGreaterThan(0);
    const d = new Date(from);
    const s3 = await rows(
      `SELECT count(*) FROM access_logs WHERE region = 'us-east-1' AND date = '2026/11/28' AND hour = '${String(d.getUTCHours()).padStart(2, "0")}'`,
    );
    expect(Number(s3.rows[0]?.[0])).toBe(cw);
  });
});
