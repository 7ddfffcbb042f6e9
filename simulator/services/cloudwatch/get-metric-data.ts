/**
 * GetMetricData for the series the traffic model publishes (AWS/NetworkFlowMonitor). Each
 * MetricStat aggregates the per-minute samples of its period with the requested statistic
 * (Sum, Average, Maximum, Minimum, SampleCount, pNN). Unknown metrics answer no datapoints, as
 * CloudWatch does. Datapoints beyond MaxDatapoints continue on the NextToken.
 */
import type { GetMetricDataOutput, MetricDataResult } from "@aws-sdk/client-cloudwatch";
import { type CallContext, SimError } from "../../protocols/types";
import { cwInvalidNextToken, cwInvalidParameter } from "./cloudwatch-errors";
import { minuteOf, minuteSeries } from "./metric-series";
import { aggregate, STAT } from "./statistics";

const validation = (message: string) => new SimError("ValidationError", 400, message);

interface Query {
  Id?: string;
  Label?: string;
  ReturnData?: boolean;
  Expression?: string;
  MetricStat?: {
    Metric?: {
      Namespace?: string;
      MetricName?: string;
      Dimensions?: Array<{ Name?: string; Value?: string }>;
    };
    Period?: number;
    Stat?: string;
  };
}

function seconds(v: unknown, name: string): number {
  const n = typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) / 1000 : Number.NaN;
  if (!Number.isFinite(n)) throw cwInvalidParameter(`The parameter ${name} is required.`);
  return n;
}

export function getMetricData(ctx: CallContext, input: Record<string, unknown>): GetMetricDataOutput {
  const queries = Array.isArray(input.MetricDataQueries) ? (input.MetricDataQueries as Query[]) : [];
  if (queries.length < 1 || queries.length > 500) {
    throw validation("The collection MetricDataQueries must contain between 1 and 500 items.");
  }
  const ids = new Set<string>();
  queries.forEach((q, i) => {
    if (!q.Id || !/^[a-z][a-zA-Z0-9_]*$/.test(q.Id))
      throw validation(
        `MetricDataQueries.member.${i + 1}.Id must start with a lowercase letter and hold only letters, digits and _.`,
      );
    if (ids.has(q.Id))
      throw validation(`The value ${q.Id} for field MetricDataQueries.member.${i + 1}.Id is not unique.`);
    ids.add(q.Id);
    if (!q.MetricStat && !q.Expression)
      throw validation(`MetricDataQueries.member.${i + 1} must have either MetricStat or Expression.`);
    if (q.MetricStat) {
      const period = Number(q.MetricStat.Period);
      if (!Number.isInteger(period) || period < 60 || period % 60 !== 0)
        throw validation(
          `The parameter MetricDataQueries.member.${i + 1}.MetricStat.Period must be a multiple of 60.`,
        );
      if (!q.MetricStat.Stat || !STAT.test(q.MetricStat.Stat))
        throw validation(
          `MetricDataQueries.member.${i + 1}.MetricStat.Stat ${q.MetricStat.Stat} is not a valid statistic.`,
        );
    }
  });
  const start = seconds(input.StartTime, "StartTime");
  const end = seconds(input.EndTime, "EndTime");
  if (end <= start)
    throw cwInvalidParameter("The parameter StartTime must be less than the parameter EndTime.");
  const descending = input.ScanBy !== "TimestampAscending";
  const max = input.MaxDatapoints === undefined ? 100_800 : Number(input.MaxDatapoints);
  let skip = 0;
  if (input.NextToken !== undefined) {
    skip = Number(
      Buffer.from(String(input.NextToken), "base64url")
        .toString("utf8")
        .replace(/^skip:/, ""),
    );
    if (!Number.isInteger(skip) || skip < 0) throw cwInvalidNextToken("The NextToken is invalid.");
  }
  const nowMs = ctx.now.getTime();
  const results: MetricDataResult[] = [];
  const messages: GetMetricDataOutput["Messages"] = [];
  let budget = max;
  let position = 0;
  let truncated = false;
  for (const q of queries) {
    if (q.ReturnData === false) continue;
    const result: MetricDataResult = {
      Id: q.Id,
      Label: q.Label ?? q.MetricStat?.Metric?.MetricName ?? q.Id,
      Timestamps: [],
      Values: [],
      StatusCode: "Complete",
    };
    results.push(result);
    if (!q.MetricStat) {
      result.Messages = [
        { Code: "Unsupported", Value: "The simulator does not evaluate metric math expressions." },
      ];
      continue;
    }
    const metric = q.MetricStat.Metric ?? {};
    const period = Number(q.MetricStat.Period);
    const series = minuteSeries(
      ctx,
      {
        namespace: metric.Namespace,
        metricName: metric.MetricName,
        dimensions: (metric.Dimensions ?? []).map((d) => ({ name: d.Name, value: d.Value })),
      },
      nowMs,
    );
    if (!series) continue;
    const points: Array<[number, number]> = [];
    const firstBucket = Math.floor(start / period) * period;
    for (let b = firstBucket; b < end; b += period) {
      const samples: number[] = [];
      for (let t = Math.max(b, start); t < Math.min(b + period, end); t += 60) {
        const v = series(minuteOf(t));
        if (v !== undefined) samples.push(v);
      }
      const value = aggregate(q.MetricStat.Stat ?? "Sum", samples);
      if (value !== undefined) points.push([b, value]);
    }
    if (descending) points.reverse();
    for (const [t, v] of points) {
      position += 1;
      if (position <= skip) continue;
      if (budget === 0) {
        truncated = true;
        result.StatusCode = "PartialData";
        break;
      }
      budget -= 1;
      result.Timestamps?.push(new Date(t * 1000));
      result.Values?.push(v);
    }
  }
  return {
    MetricDataResults: results,
    Messages: messages,
    NextToken: truncated ? Buffer.from(`skip:${skip + max}`).toString("base64url") : undefined,
  };
}
