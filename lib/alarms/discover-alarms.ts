import "server-only";
import { type CompositeAlarm, type MetricAlarm, paginateDescribeAlarms } from "@aws-sdk/client-cloudwatch";
import { makeTrafficClients, type TrafficClients } from "@/lib/aws/make-clients";
import { mapAwsError } from "@/lib/aws/map-aws-error";
import type { LensConfig } from "@/lib/config/schema";
import { mapPool } from "@/lib/discovery/run-pool";
import { monitorsOf } from "@/lib/metrics/get-nfm-health";
import type { AlarmRecord, AlarmState, AlarmWarning, Dimension } from "./alarm-types";
import type { MonitorScope } from "./relate-alarms";

export interface DiscoveredAlarms {
  alarms: AlarmRecord[];
  monitors: MonitorScope[];
  warnings: AlarmWarning[];
}

const dims = (d: Array<{ Name?: string; Value?: string }> | undefined): Dimension[] =>
  (d ?? []).map((x) => ({ name: x.Name ?? "", value: x.Value ?? "" }));

/** What metric and composite alarms share: identity, place and current state. */
function base(a: MetricAlarm | CompositeAlarm, accountId: string, region: string) {
  return {
    name: a.AlarmName ?? "",
    arn: a.AlarmArn ?? "",
    accountId,
    region,
    state: (a.StateValue ?? "INSUFFICIENT_DATA") as AlarmState,
    stateReason: a.StateReason ?? "",
    stateUpdatedAt: (a.StateUpdatedTimestamp ?? new Date(0)).getTime(),
    description: a.AlarmDescription,
  };
}

function fromMetric(a: MetricAlarm, accountId: string, region: string): AlarmRecord {
  return {
    ...base(a, accountId, region),
    type: "metric",
    namespace: a.Namespace,
    metricName: a.MetricName,
    dimensions: dims(a.Dimensions),
    metrics: a.Metrics?.flatMap((q) =>
      q.MetricStat?.Metric
        ? [
            {
              namespace: q.MetricStat.Metric.Namespace,
              metricName: q.MetricStat.Metric.MetricName,
              dimensions: dims(q.MetricStat.Metric.Dimensions),
            },
          ]
        : [],
    ),
    statistic: a.Statistic ?? a.ExtendedStatistic,
    // Metric-math alarms carry the period on their queries.
    period:
      a.Period ??
      a.Metrics?.find((q) => q.MetricStat?.Period)?.MetricStat?.Period ??
      a.Metrics?.find((q) => q.Period)?.Period,
    evaluationPeriods: a.EvaluationPeriods,
    threshold: a.Threshold,
    comparisonOperator: a.ComparisonOperator,
  };
}

function fromComposite(a: CompositeAlarm, accountId: string, region: string): AlarmRecord {
  return {
    ...base(a, accountId, region),
    type: "composite",
    dimensions: [],
    rule: a.AlarmRule,
  };
}

async function discoverOne(clients: TrafficClients, now: number, warnings: AlarmWarning[]) {
  const { accountId, region } = clients;
  const alarms: AlarmRecord[] = [];
  const monitors: MonitorScope[] = [];
  await Promise.all([
    (async () => {
      try {
        for await (const page of paginateDescribeAlarms(
          { client: clients.cloudwatch, pageSize: 100 },
          { AlarmTypes: ["MetricAlarm", "CompositeAlarm"] },
        )) {
          for (const a of page.MetricAlarms ?? []) alarms.push(fromMetric(a, accountId, region));
          for (const a of page.CompositeAlarms ?? []) alarms.push(fromComposite(a, accountId, region));
        }
      } catch (e) {
        const err = mapAwsError(e);
        warnings.push({
          accountId,
          region,
          service: "cloudwatch",
          operation: "DescribeAlarms",
          code: err.code,
          message: `CloudWatch alarms in ${accountId} ${region} could not be read (DescribeAlarms): ${err.message}`,
        });
      }
    })(),
    (async () => {
      try {
        for (const m of await monitorsOf(clients, now))
          monitors.push({ accountId, region, name: m.monitorName, localResources: m.localResources });
      } catch (e) {
        const err = e as { name?: string; message?: string };
        warnings.push({
          accountId,
          region,
          service: "networkflowmonitor",
          operation: "ListMonitors",
          code: err.name ?? "error",
          message: `Network Flow Monitor in ${accountId} ${region} could not be read, so its alarms relate to nothing: ${err.message ?? String(e)}`,
        });
      }
    })(),
  ]);
  return { alarms, monitors };
}

/** DescribeAlarms (metric and composite, every page) and the NFM monitors, per account × region. */
export async function discoverAlarms(config: LensConfig, now: number): Promise<DiscoveredAlarms> {
  const targets = config.accounts.flatMap((account) =>
    (account.regions ?? config.regions).map((region) => ({ account, region })),
  );
  const warnings: AlarmWarning[] = [];
  const parts = await mapPool(targets, config.concurrency, ({ account, region }) =>
    discoverOne(makeTrafficClients(account, region), now, warnings),
  );
  return {
    alarms: parts.flatMap((p) => p.alarms),
    monitors: parts.flatMap((p) => p.monitors),
    warnings,
  };
}
