import {
  CloudWatchClient,
  DescribeAlarmsCommand,
  ListMetricsCommand,
  paginateDescribeAlarms,
  paginateListMetrics,
} from "@aws-sdk/client-cloudwatch";
import {
  CloudWatchLogsClient,
  DescribeLogGroupsCommand,
  paginateDescribeLogGroups,
} from "@aws-sdk/client-cloudwatch-logs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { PROVIDER, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, FIXED_NOW, startTestSimulator } from "../test-fixtures/start-test-simulator";

let sim: RunningSimulator;
let cw: CloudWatchClient;
let logs: CloudWatchLogsClient;

beforeAll(async () => {
  sim = await startTestSimulator();
  cw = new CloudWatchClient(clientConfig(sim, PROVIDER_KEY));
  logs = new CloudWatchLogsClient(clientConfig(sim, PROVIDER_KEY));
});
afterAll(() => sim.close());

describe("CloudWatch through the real SDK (JSON 1.0, query-compatible)", () => {
  it("pages alarms by name with epoch timestamps computed from the clock", async () => {
    const names: string[] = [];
    for await (const page of paginateDescribeAlarms({ client: cw, pageSize: 1 }, {})) {
      names.push(...(page.MetricAlarms ?? []).map((a) => a.AlarmName!));
    }
    expect(names).toEqual(["other-alarm", "rgw-bytes", "rgw-rejects"]);
    // Nothing publishes these metrics here (no monitor m1, no PrivateLink series): no data, so
    // every alarm is still in the INSUFFICIENT_DATA it was created in (simulator/alarms).
    const out = await cw.send(
      new DescribeAlarmsCommand({ AlarmNamePrefix: "rgw-", StateValue: "INSUFFICIENT_DATA" }),
    );
    expect(out.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["rgw-bytes", "rgw-rejects"]);
    expect(out.MetricAlarms?.[1]).toMatchObject({
      AlarmName: "rgw-rejects",
      AlarmArn: `arn:aws:cloudwatch:us-east-1:${PROVIDER}:alarm:rgw-rejects`,
      Dimensions: [{ Name: "MonitorName", Value: "m1" }],
      StateReason: "Unchecked: Initial alarm creation",
    });
    // Created when the simulated history begins, 8 days before the clock.
    expect(out.MetricAlarms?.[1]?.StateUpdatedTimestamp?.getTime()).toBe(
      FIXED_NOW.getTime() - 8 * 86_400_000,
    );
    const inAlarm = await cw.send(new DescribeAlarmsCommand({ StateValue: "ALARM" }));
    expect(inAlarm.MetricAlarms).toEqual([]);
    const byName = await cw.send(new DescribeAlarmsCommand({ AlarmNames: ["rgw-bytes"] }));
    expect(byName.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["rgw-bytes"]);
  });

  it("rejects MaxRecords outside 1-100 and bad tokens with query-compatible errors", async () => {
    // The wire code is InvalidParameterValue; the SDK maps it to its modelled exception class.
    await expect(cw.send(new DescribeAlarmsCommand({ MaxRecords: 101 }))).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      $metadata: { httpStatusCode: 400 },
    });
    await expect(cw.send(new DescribeAlarmsCommand({ NextToken: "nope" }))).rejects.toMatchObject({
      name: "InvalidNextToken",
    });
  });

  it("does not list the metrics alarms watch when nothing publishes them", async () => {
    // ListMetrics shows only metrics with recent datapoints (aws-facts §4.d); an alarm does not
    // create its metric. The NFM series are listed in traffic-metrics.test.ts.
    const all = [];
    for await (const page of paginateListMetrics({ client: cw }, {})) all.push(...(page.Metrics ?? []));
    expect(all).toEqual([]);
    const nfm = await cw.send(
      new ListMetricsCommand({ Namespace: "AWS/NetworkFlowMonitor", Dimensions: [{ Name: "MonitorName" }] }),
    );
    expect(nfm.Metrics).toEqual([]);
  });

  it("surfaces Throttling without retries and absorbs it with retries; AccessDenied is 403", async () => {
    sim.setFaults([{ service: "monitoring", throttleRate: 1 }]);
    await expect(cw.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({
      name: "Throttling",
      $metadata: { httpStatusCode: 400 },
    });
    sim.setFaults([{ service: "monitoring", throttleRate: 0.5 }]);
    const out = await new CloudWatchClient(clientConfig(sim, PROVIDER_KEY, 5)).send(
      new DescribeAlarmsCommand({}),
    );
    expect(out.$metadata.attempts).toBe(2);
    sim.setFaults([{ service: "monitoring", accessDenied: true }]);
    await expect(cw.send(new DescribeAlarmsCommand({}))).rejects.toMatchObject({
      name: "AccessDenied",
      $metadata: { httpStatusCode: 403 },
    });
    sim.setFaults([]);
  });
});

describe("CloudWatch Logs through the real SDK (JSON 1.1)", () => {
  it("pages log groups in ASCII order with both ARN forms", async () => {
    const groups = [];
    for await (const page of paginateDescribeLogGroups({ client: logs, pageSize: 1 }, {}))
      groups.push(...(page.logGroups ?? []));
    expect(groups.map((g) => g.logGroupName)).toEqual([
      "/aws/vpc-lattice/resources",
      "/vpc/flow/Provider-gw",
      "/vpc/flow/provider",
    ]);
    expect(groups[2]).toMatchObject({
      arn: `arn:aws:logs:us-east-1:${PROVIDER}:log-group:/vpc/flow/provider:*`,
      logGroupArn: `arn:aws:logs:us-east-1:${PROVIDER}:log-group:/vpc/flow/provider`,
      retentionInDays: 14,
      creationTime: Date.parse("2025-02-01T00:57:33.241Z"),
    });
  });

  it("filters by prefix or (case-insensitive) pattern, not both; limit 1-50", async () => {
    const byPrefix = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/vpc/" }));
    expect(byPrefix.logGroups).toHaveLength(2);
    const byPattern = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: "provider" }));
    expect(byPattern.logGroups).toHaveLength(2);
    await expect(
      logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "/vpc", logGroupNamePattern: "x" })),
    ).rejects.toMatchObject({ name: "InvalidParameterException", $metadata: { httpStatusCode: 400 } });
    await expect(logs.send(new DescribeLogGroupsCommand({ limit: 51 }))).rejects.toMatchObject({
      name: "InvalidParameterException",
    });
  });

  it("surfaces ThrottlingException without retries and absorbs it with retries", async () => {
    sim.setFaults([{ service: "logs", operation: "DescribeLogGroups", throttleRate: 1 }]);
    await expect(logs.send(new DescribeLogGroupsCommand({}))).rejects.toMatchObject({
      name: "ThrottlingException",
    });
    sim.setFaults([{ service: "logs", operation: "DescribeLogGroups", throttleRate: 0.5 }]);
    const out = await new CloudWatchLogsClient(clientConfig(sim, PROVIDER_KEY, 5)).send(
      new DescribeLogGroupsCommand({}),
    );
    expect(out.$metadata.attempts).toBe(2);
    sim.setFaults([]);
  });
});
