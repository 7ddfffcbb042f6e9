/**
 * DescribeAlarms and DescribeAlarmHistory through the real SDK client, on the default scenario:
 * alarm states are evaluated from the published series, so ALARM periods coincide with the
 * Network Flow Monitor incidents (the ground truth is the scenario's incident windows).
 */
import {
  CloudWatchClient,
  DescribeAlarmHistoryCommand,
  DescribeAlarmsCommand,
  type MetricAlarm,
  paginateDescribeAlarmHistory,
  paginateDescribeAlarms,
} from "@aws-sdk/client-cloudwatch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCENARIO } from "@/test/contract/sim-harness";
import { loadScenario } from "../scenario/load-scenario";
import { type RunningSimulator, startSimulator } from "../server";

const NOW = new Date("2026-11-28T12:02:30.000Z");
const PAYMENTS_KEY = "AKIAPAYMENTS00000001";
const ANALYTICS_KEY = "AKIAANALYTICS0000001";
const scenario = loadScenario(DEFAULT_SCENARIO);
const minutesAgo = (m: number) => NOW.getTime() - m * 60_000;
/** The end of the 5-minute period holding `ms`: when that period's datapoint is evaluated. */
const periodEndAfter = (ms: number) => Math.floor(ms / 300_000) * 300_000 + 300_000;
/** Samples are per whole minute: the first and last minutes an incident [start, end) covers. */
const firstMinute = (ms: number) => Math.ceil(ms / 60_000) * 60_000;
const lastMinute = (ms: number) => Math.ceil(ms / 60_000) * 60_000 - 60_000;

let sim: RunningSimulator;
const client = (key: string) =>
  new CloudWatchClient({
    endpoint: sim.url,
    region: "us-east-1",
    credentials: { accessKeyId: key, secretAccessKey: "x" },
    maxAttempts: 1,
  });

beforeAll(async () => {
  sim = await startSimulator({ scenario, port: 0, now: () => NOW });
});
afterAll(() => sim.close());

describe("DescribeAlarms", () => {
  it("evaluates the NFM alarm from the incident: ALARM now, changed when the incident's first period closed", async () => {
    const out = await client(ANALYTICS_KEY).send(
      new DescribeAlarmsCommand({ AlarmNames: ["analytics-orders-network-health"] }),
    );
    const a = out.MetricAlarms?.[0] as MetricAlarm;
    expect(a).toMatchObject({
      AlarmArn: "arn:aws:cloudwatch:us-east-1:333333333333:alarm:analytics-orders-network-health",
      StateValue: "ALARM",
      Namespace: "AWS/NetworkFlowMonitor",
      Period: 300,
      EvaluationPeriods: 1,
    });
    const incident = scenario.networkFlowMonitors.find((m) => m.name === "analytics-lake-monitor")!
      .incidents[0]!;
    const start = minutesAgo(incident.startMinutesAgo);
    expect(a.StateUpdatedTimestamp?.getTime()).toBe(periodEndAfter(firstMinute(start)));
    expect(a.StateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[1\.0 \(\d\d\/\d\d\/\d\d \d\d:\d\d:00\)\] was greater than or equal to the threshold \(1\.0\)/,
    );
    expect(JSON.parse(a.StateReasonData ?? "{}")).toMatchObject({
      statistic: "Maximum",
      period: 300,
      threshold: 1,
    });
  });

  it("filters by StateValue, prefix and AlarmTypes, and pages metric then composite alarms", async () => {
    const cw = client(ANALYTICS_KEY);
    const inAlarm = await cw.send(
      new DescribeAlarmsCommand({ StateValue: "ALARM", AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }),
    );
    expect(inAlarm.MetricAlarms?.map((a) => a.AlarmName)).toEqual([
      "analytics-lake-retransmissions",
      "analytics-orders-network-health",
    ]);
    expect(inAlarm.CompositeAlarms?.map((a) => [a.AlarmName, a.StateValue])).toEqual([
      ["analytics-orders-degraded", "ALARM"],
    ]);
    expect(inAlarm.CompositeAlarms?.[0]?.AlarmRule).toContain('ALARM("analytics-orders-network-health")');
    // Without AlarmTypes only metric alarms come back.
    const metricOnly = await cw.send(new DescribeAlarmsCommand({}));
    expect(metricOnly.CompositeAlarms).toEqual([]);
    const prefixed = await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: "analytics-lake" }));
    expect(prefixed.MetricAlarms?.map((a) => a.AlarmName)).toEqual(["analytics-lake-retransmissions"]);
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeAlarms(
      { client: cw, pageSize: 1 },
      { AlarmTypes: ["MetricAlarm", "CompositeAlarm"] },
    )) {
      pages += 1;
      names.push(
        ...(page.MetricAlarms ?? []).map((a) => a.AlarmName!),
        ...(page.CompositeAlarms ?? []).map((a) => a.AlarmName!),
      );
    }
    expect(names).toEqual([
      "analytics-lake-retransmissions",
      "analytics-orders-network-health",
      "analytics-orders-degraded",
    ]);
    expect(pages).toBe(3);
  });

  it("reads no data for a metric nothing publishes: INSUFFICIENT_DATA, or OK when missing data is not breaching", async () => {
    const out = await client(PAYMENTS_KEY).send(
      new DescribeAlarmsCommand({
        AlarmNames: ["payments-sessions-endpoint-drops", "payments-mainframe-endpoint-errors"],
      }),
    );
    const by = Object.fromEntries((out.MetricAlarms ?? []).map((a) => [a.AlarmName, a]));
    expect(by["payments-mainframe-endpoint-errors"]?.StateValue).toBe("INSUFFICIENT_DATA");
    expect(by["payments-sessions-endpoint-drops"]?.StateValue).toBe("OK");
    expect(by["payments-sessions-endpoint-drops"]?.StateReason).toContain("treated as [NonBreaching]");
  });

  it("answers bad parameters with query-compatible errors", async () => {
    const cw = client(PAYMENTS_KEY);
    await expect(cw.send(new DescribeAlarmsCommand({ StateValue: "RED" as never }))).rejects.toMatchObject({
      name: "InvalidParameterValueException",
      $metadata: { httpStatusCode: 400 },
    });
    await expect(
      cw.send(new DescribeAlarmsCommand({ AlarmNames: ["a"], AlarmNamePrefix: "a" })),
    ).rejects.toMatchObject({ name: "InvalidParameterValueException" });
  });
});

describe("DescribeAlarmHistory", () => {
  it("has the state updates of the past incident, bounded by StartDate/EndDate, newest first", async () => {
    const incident = scenario.networkFlowMonitors.find((m) => m.name === "payments-app-monitor")!
      .incidents[0]!;
    const start = minutesAgo(incident.startMinutesAgo);
    const end = start + incident.durationMinutes * 60_000;
    const out = await client(PAYMENTS_KEY).send(
      new DescribeAlarmHistoryCommand({
        AlarmName: "payments-network-health",
        HistoryItemType: "StateUpdate",
        StartDate: new Date(minutesAgo(6 * 60)),
        EndDate: NOW,
      }),
    );
    const items = out.AlarmHistoryItems ?? [];
    expect(items.map((i) => i.HistorySummary)).toEqual([
      "Alarm updated from ALARM to OK",
      "Alarm updated from OK to ALARM",
    ]);
    // ALARM once the first period holding an incident minute closes; OK once a period without one does.
    expect(items[1]?.Timestamp?.getTime()).toBe(periodEndAfter(firstMinute(start)));
    expect(items[0]?.Timestamp?.getTime()).toBe(periodEndAfter(lastMinute(end)) + 300_000);
    expect(items[1]).toMatchObject({ AlarmType: "MetricAlarm", HistoryItemType: "StateUpdate" });
    const data = JSON.parse(items[1]?.HistoryData ?? "{}");
    expect(data).toMatchObject({
      version: "1.0",
      oldState: { stateValue: "OK" },
      newState: { stateValue: "ALARM" },
    });
    // Outside the window: nothing.
    const before = await client(PAYMENTS_KEY).send(
      new DescribeAlarmHistoryCommand({
        AlarmName: "payments-network-health",
        StartDate: new Date(minutesAgo(6 * 60)),
        EndDate: new Date(start - 60 * 60_000),
      }),
    );
    expect(before.AlarmHistoryItems).toEqual([]);
  });

  it("pages through every alarm's history in time order, and only StateUpdate items exist", async () => {
    const cw = client(ANALYTICS_KEY);
    const all = [];
    for await (const page of paginateDescribeAlarmHistory(
      { client: cw, pageSize: 2 },
      {
        AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
        ScanBy: "TimestampAscending",
        StartDate: new Date(minutesAgo(120)),
      },
    ))
      all.push(...(page.AlarmHistoryItems ?? []));
    expect(all.length).toBeGreaterThanOrEqual(3);
    const times = all.map((i) => i.Timestamp!.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(all.map((i) => i.AlarmName))).toEqual(
      new Set([
        "analytics-orders-network-health",
        "analytics-lake-retransmissions",
        "analytics-orders-degraded",
      ]),
    );
    const actions = await cw.send(new DescribeAlarmHistoryCommand({ HistoryItemType: "Action" }));
    expect(actions.AlarmHistoryItems).toEqual([]);
    await expect(cw.send(new DescribeAlarmHistoryCommand({ MaxRecords: 0 }))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 },
    });
  });
});
