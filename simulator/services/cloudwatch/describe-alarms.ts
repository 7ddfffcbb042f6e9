import type {
  ComparisonOperator,
  DescribeAlarmsOutput,
  MetricAlarm,
  Statistic,
} from "@aws-sdk/client-cloudwatch";
import type { CallContext } from "../../protocols/types";
import type { Alarm } from "../../state/sim-state";
import { cwInvalidParameter } from "./cloudwatch-errors";
import { cloudWatchPage } from "./cloudwatch-paging";

export function alarmArn(a: Alarm): string {
  return `arn:aws:cloudwatch:${a.region}:${a.account}:alarm:${a.name}`;
}

function metricAlarm(a: Alarm, now: Date): MetricAlarm {
  const stateUpdated = new Date(now.getTime() - a.stateChangedMinutesAgo * 60_000);
  return {
    AlarmName: a.name,
    AlarmArn: alarmArn(a),
    AlarmDescription: a.description,
    AlarmConfigurationUpdatedTimestamp: stateUpdated,
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: a.stateValue,
    StateReason: a.stateReason,
    StateUpdatedTimestamp: stateUpdated,
    StateTransitionedTimestamp: stateUpdated,
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic as Statistic,
    Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    Period: a.period,
    EvaluationPeriods: a.evaluationPeriods,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator as ComparisonOperator,
    TreatMissingData: "missing",
  };
}

export function describeAlarms(ctx: CallContext, input: Record<string, unknown>): DescribeAlarmsOutput {
  const names = Array.isArray(input.AlarmNames) ? (input.AlarmNames as string[]) : undefined;
  const prefix = typeof input.AlarmNamePrefix === "string" ? input.AlarmNamePrefix : undefined;
  const state = typeof input.StateValue === "string" ? input.StateValue : undefined;
  const types = Array.isArray(input.AlarmTypes) ? (input.AlarmTypes as string[]) : ["MetricAlarm"];
  if (names && prefix) throw cwInvalidParameter("AlarmNames and AlarmNamePrefix cannot be used together");
  const max = input.MaxRecords === undefined ? 50 : Number(input.MaxRecords);
  if (!Number.isInteger(max) || max < 1 || max > 100) {
    throw cwInvalidParameter(
      `The value ${String(input.MaxRecords)} for parameter MaxRecords is not valid. Must be 1-100.`,
    );
  }
  const alarms = types.includes("MetricAlarm")
    ? ctx.state.scenario.alarms
        .filter((a) => a.account === ctx.account && a.region === ctx.region)
        .filter((a) => !names || names.includes(a.name))
        .filter((a) => prefix === undefined || a.name.startsWith(prefix))
        .filter((a) => state === undefined || a.stateValue === state)
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : [];
  const page = cloudWatchPage("DescribeAlarms", alarms, max, input.NextToken);
  return {
    MetricAlarms: page.items.map((a) => metricAlarm(a, ctx.now)),
    CompositeAlarms: [],
    NextToken: page.nextToken,
  };
}
