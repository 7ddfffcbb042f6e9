/**
 * DescribeAlarms [BC-CW; aws-facts §4.d]: `AlarmNames` (≤100) or `AlarmNamePrefix` (not both),
 * `AlarmTypes` (omitted: metric alarms only), `StateValue`, `MaxRecords` 1–100 (default 50),
 * `NextToken`; metric then composite alarms, each sorted by name, paged together. States come from
 * evaluating each alarm (simulator/alarms), never from the scenario.
 */
import type {
  ComparisonOperator,
  CompositeAlarm,
  DescribeAlarmsOutput,
  MetricAlarm,
  StateValue,
  Statistic,
} from "@aws-sdk/client-cloudwatch";
import type { AlarmTimeline } from "../../alarms/alarm-state";
import { alarmTimelines } from "../../alarms/alarm-timelines";
import type { CallContext } from "../../protocols/types";
import type { Alarm, CompositeAlarm as SimComposite } from "../../state/sim-state";
import { cwInvalidParameter } from "./cloudwatch-errors";
import { cloudWatchPage } from "./cloudwatch-paging";

const STATES = ["OK", "ALARM", "INSUFFICIENT_DATA"];
const TYPES = ["MetricAlarm", "CompositeAlarm", "LogAlarm"];

function metricAlarm(a: Alarm, t: AlarmTimeline): MetricAlarm {
  return {
    AlarmName: a.name,
    AlarmArn: t.arn,
    AlarmDescription: a.description,
    AlarmConfigurationUpdatedTimestamp: new Date(t.createdAt),
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: t.state as StateValue,
    StateReason: t.reason,
    StateReasonData: t.reasonData,
    StateUpdatedTimestamp: new Date(t.updatedAt),
    StateTransitionedTimestamp: new Date(t.updatedAt),
    MetricName: a.metricName,
    Namespace: a.namespace,
    Statistic: a.statistic as Statistic,
    Dimensions: a.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    Period: a.period,
    EvaluationPeriods: a.evaluationPeriods,
    DatapointsToAlarm: a.datapointsToAlarm,
    Threshold: a.threshold,
    ComparisonOperator: a.comparisonOperator as ComparisonOperator,
    TreatMissingData: a.treatMissingData,
  };
}

function compositeAlarm(c: SimComposite, t: AlarmTimeline): CompositeAlarm {
  return {
    AlarmName: c.name,
    AlarmArn: t.arn,
    AlarmDescription: c.description,
    AlarmRule: c.alarmRule,
    AlarmConfigurationUpdatedTimestamp: new Date(t.createdAt),
    ActionsEnabled: true,
    OKActions: [],
    AlarmActions: [],
    InsufficientDataActions: [],
    StateValue: t.state as StateValue,
    StateReason: t.reason,
    StateReasonData: t.reasonData,
    StateUpdatedTimestamp: new Date(t.updatedAt),
    StateTransitionedTimestamp: new Date(t.updatedAt),
  };
}

export function describeAlarms(ctx: CallContext, input: Record<string, unknown>): DescribeAlarmsOutput {
  const names = Array.isArray(input.AlarmNames) ? (input.AlarmNames as string[]) : undefined;
  const prefix = typeof input.AlarmNamePrefix === "string" ? input.AlarmNamePrefix : undefined;
  const state = typeof input.StateValue === "string" ? input.StateValue : undefined;
  const types = Array.isArray(input.AlarmTypes) ? (input.AlarmTypes as string[]) : ["MetricAlarm"];
  if (names && prefix) throw cwInvalidParameter("AlarmNames and AlarmNamePrefix cannot be used together");
  if (names && names.length > 100)
    throw cwInvalidParameter("The parameter AlarmNames must contain at most 100 items.");
  if (state !== undefined && !STATES.includes(state))
    throw cwInvalidParameter(
      `The value ${state} for parameter StateValue is not valid. Valid values: ${STATES.join(", ")}.`,
    );
  for (const t of types)
    if (!TYPES.includes(t))
      throw cwInvalidParameter(
        `The value ${t} for parameter AlarmTypes is not valid. Valid values: ${TYPES.join(", ")}.`,
      );
  const max = input.MaxRecords === undefined ? 50 : Number(input.MaxRecords);
  if (!Number.isInteger(max) || max < 1 || max > 100) {
    throw cwInvalidParameter(
      `The value ${String(input.MaxRecords)} for parameter MaxRecords is not valid. Must be 1-100.`,
    );
  }
  const timelines = alarmTimelines(ctx);
  const keep = (name: string) =>
    (!names || names.includes(name)) &&
    (prefix === undefined || name.startsWith(prefix)) &&
    (state === undefined || timelines.get(name)?.state === state);
  const byName = <T extends { name: string }>(xs: T[]) =>
    xs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const here = <T extends { account: string; region: string; name: string }>(xs: T[]) =>
    byName(xs.filter((x) => x.account === ctx.account && x.region === ctx.region && keep(x.name)));
  const all: Array<{ kind: "metric"; a: Alarm } | { kind: "composite"; c: SimComposite }> = [
    ...(types.includes("MetricAlarm") ? here([...ctx.state.scenario.alarms]) : []).map((a) => ({
      kind: "metric" as const,
      a,
    })),
    ...(types.includes("CompositeAlarm") ? here([...ctx.state.scenario.compositeAlarms]) : []).map((c) => ({
      kind: "composite" as const,
      c,
    })),
  ];
  const page = cloudWatchPage("DescribeAlarms", all, max, input.NextToken);
  const metric: MetricAlarm[] = [];
  const composite: CompositeAlarm[] = [];
  for (const x of page.items) {
    if (x.kind === "metric") metric.push(metricAlarm(x.a, timelines.get(x.a.name)!));
    else composite.push(compositeAlarm(x.c, timelines.get(x.c.name)!));
  }
  return { MetricAlarms: metric, CompositeAlarms: composite, NextToken: page.nextToken };
}
