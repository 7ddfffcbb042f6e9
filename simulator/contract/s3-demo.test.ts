/**
 * The demo's S3 path (issue 15): analytics-eu's VPC flow logs in S3 (Parquet, Hive, hourly) with
 * Glue vpc_logs.vpc_flow_logs and workgroup primary. Found the way the product finds it (a Glue
 * table whose Location covers the flow log's bucket), and equal to the model's ground truth.
 */
import path from "node:path";
import {
  AthenaClient,
  GetQueryExecutionCommand,
  GetQueryResultsCommand,
  StartQueryExecutionCommand,
} from "@aws-sdk/client-athena";
import { DescribeFlowLogsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetTablesCommand, GlueClient } from "@aws-sdk/client-glue";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";
import { FIXED_NOW } from "../test-fixtures/start-test-simulator";

const KEY = "AKIAANALYTICS0000001";
const ENDPOINT = "vpce-1f68cdb23b17ed8f5";
let sim: RunningSimulator;
const config = () => ({
  endpoint: sim.url,
  region: "eu-west-1",
  credentials: { accessKeyId: KEY, secretAccessKey: "x" },
  maxAttempts: 1,
});

beforeAll(async () => {
  sim = await startSimulator({
    scenario: loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json")),
    port: 0,
    now: () => FIXED_NOW,
  });
});
afterAll(() => sim.close());

it("the analytics flow log's S3 table is found through Glue and holds the ground truth", async () => {
  const flowLogs = await new EC2Client(config()).send(new DescribeFlowLogsCommand({}));
  const s3 = flowLogs.FlowLogs?.find((f) => f.LogDestinationType === "s3");
  expect(s3?.LogDestination).toBe("arn:aws:s3:::analytics-eu-flow-logs");
  const bucket = (s3?.LogDestination ?? "").replace("arn:aws:s3:::", "");
  const { TableList } = await new GlueClient(config()).send(
    new GetTablesCommand({ DatabaseName: "vpc_logs" }),
  );
  const table = TableList?.find((t) => t.StorageDescriptor?.Location?.startsWith(`s3://${bucket}/`));
  expect(table?.Name).toBe("vpc_flow_logs");

  const to = FIXED_NOW.getTime() - 3_600_000;
  const from = to - 3_600_000;
  const hour = String(new Date(from).getUTCHours()).padStart(2, "0");
  const athena = new AthenaClient(config());
  const { QueryExecutionId } = await athena.send(
    new StartQueryExecutionCommand({
      QueryString: `SELECT flow_direction, sum(bytes) FROM vpc_flow_logs WHERE "aws-account-id" = '333333333333' AND "aws-region" = 'eu-west-1' AND year = '2026' AND month = '11' AND day = '28' AND hour = '${hour}' AND log_status = 'OK' AND start >= ${from / 1000} AND start < ${to / 1000} GROUP BY flow_direction`,
      QueryExecutionContext: { Database: "vpc_logs" },
    }),
  );
  for (;;) {
    const e = await athena.send(new GetQueryExecutionCommand({ QueryExecutionId }));
    const state = e.QueryExecution?.Status?.State;
    if (state === "SUCCEEDED") break;
    expect(state).not.toBe("FAILED");
  }
  const out = await athena.send(new GetQueryResultsCommand({ QueryExecutionId }));
  const bytes = Object.fromEntries(
    (out.ResultSet?.Rows ?? [])
      .slice(1)
      .map((r) => [r.Data?.[0]?.VarCharValue, Number(r.Data?.[1]?.VarCharValue)]),
  );
  const truth = (await (
    await fetch(
      `${sim.url}/_sim/truth/traffic?endpointId=${ENDPOINT}&from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`,
    )
  ).json()) as { bytesToResource: number; bytesFromResource: number };
  expect(truth.bytesToResource).toBeGreaterThan(0);
  // The endpoint ENIs see the client's bytes arrive (ingress) and the answers leave (egress).
  expect(bytes).toEqual({ ingress: truth.bytesToResource, egress: truth.bytesFromResource });
});
