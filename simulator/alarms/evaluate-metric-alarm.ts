/**
 * Metric alarm evaluation as CloudWatch documents it ("Evaluating an alarm", CloudWatch User
 * Guide): at the end of every period the alarm looks at the last `EvaluationPeriods` datapoints;
 * ALARM when at least `DatapointsToAlarm` of them breach the threshold, else OK; missing
 * datapoints follow `TreatMissingData` (missing: ignored, all missing → INSUFFICIENT_DATA;
 * ignore: keep the state; breaching / notBreaching: count as such). A new alarm starts in
 * INSUFFICIENT_DATA. Reason texts follow CloudWatch's ("Threshold Crossed: 1 out of the last 1
 * datapoints [412.0 (03/12/26 01:00:00)] was greater than the threshold (100.0) …").
 */
import type { Alarm } from "../state/sim-state";
import { type AlarmTimeline, dataDate, reasonDate, type StateChange, type StateValue } from "./alarm-state";

/** The statistic of one closed period (start in epoch seconds), undefined when there was no data. */
export type PeriodValue = (periodStart: number) => number | undefined;

const WORDS: Record<Alarm["comparisonOperator"], string> = {
  GreaterThanOrEqualToThreshold: "greater than or equal to",
  GreaterThanThreshold: "greater than",
  LessThanThreshold: "less than",
  LessThanOrEqualToThreshold: "less than or equal to",
};

export function breaches(a: Alarm, v: number): boolean {
  switch (a.comparisonOperator) {
    case "GreaterThanOrEqualToThreshold":
      return v >= a.threshold;
    case "GreaterThanThreshold":
      return v > a.threshold;
    case "LessThanThreshold":
      return v < a.threshold;
    case "LessThanOrEqualToThreshold":
      return v <= a.threshold;
  }
}

const num = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

interface Evaluation {
  state: StateValue | "keep";
  reason: string;
  reasonData: string;
}

function evaluate(a: Alarm, values: Array<{ t: number; v: number | undefined }>, at: number): Evaluation {
  const n = a.evaluationPeriods;
  const m = a.datapointsToAlarm ?? n;
  const present = values.filter((x) => x.v !== undefined) as Array<{ t: number; v: number }>;
  const missing = n - present.length;
  let breaching = present.filter((x) => breaches(a, x.v)).length;
  if (a.treatMissingData === "breaching") breaching += missing;
  const data = JSON.stringify({
    version: "1.0",
    queryDate: dataDate(at),
    startDate: dataDate((values[0]?.t ?? at / 1000) * 1000),
    statistic: a.statistic,
    period: a.period,
    recentDatapoints: present.map((x) => x.v),
    threshold: a.threshold,
    evaluatedDatapoints: present.map((x) => ({ timestamp: dataDate(x.t * 1000), value: x.v })),
  });
  if (present.length === 0 && (a.treatMissingData === "missing" || a.treatMissingData === "ignore")) {
    return {
      state: a.treatMissingData === "missing" ? "INSUFFICIENT_DATA" : "keep",
      reason: `Insufficient Data: ${n} datapoint${n === 1 ? " was" : "s were"} unknown.`,
      reasonData: data,
    };
  }
  const state: StateValue = breaching >= m ? "ALARM" : "OK";
  const shown = [...present]
    .reverse()
    .map((x) => `${num(x.v)} (${reasonDate(x.t * 1000)})`)
    .join(", ");
  const treated =
    missing > 0 && (a.treatMissingData === "breaching" || a.treatMissingData === "notBreaching")
      ? ` and ${missing} missing datapoint${missing === 1 ? " was" : "s were"} treated as [${a.treatMissingData === "breaching" ? "Breaching" : "NonBreaching"}]`
      : "";
  const count = state === "ALARM" ? breaching : n - breaching;
  if (present.length === 0)
    return {
      state,
      reason: `Threshold Crossed: no datapoints were received for ${n} period${n === 1 ? "" : "s"} and ${missing} missing datapoint${missing === 1 ? " was" : "s were"} treated as [${a.treatMissingData === "breaching" ? "Breaching" : "NonBreaching"}].`,
      reasonData: data,
    };
  const reason =
    `Threshold Crossed: ${count} out of the last ${n} datapoints [${shown}] was ${state === "ALARM" ? "" : "not "}` +
    `${WORDS[a.comparisonOperator]} the threshold (${num(a.threshold)})${treated} ` +
    `(minimum ${m} datapoint${m === 1 ? "" : "s"} for ${state === "ALARM" ? "OK -> ALARM" : "ALARM -> OK"} transition).`;
  return { state, reason, reasonData: data };
}

/**
 * Every evaluation from `createdMs` to `nowMs`: one at the end of each period (the moment its
 * datapoint is complete). `value` gives a closed period's statistic.
 */
export function evaluateMetricAlarm(
  a: Alarm,
  arn: string,
  createdMs: number,
  nowMs: number,
  value: PeriodValue,
): AlarmTimeline {
  const p = a.period;
  const changes: StateChange[] = [];
  let state: StateValue = "INSUFFICIENT_DATA";
  let reason = "Unchecked: Initial alarm creation";
  let reasonData: string | undefined;
  let updatedAt = createdMs;
  const first = Math.ceil(createdMs / 1000 / p) * p;
  const window: Array<{ t: number; v: number | undefined }> = [];
  for (let b = first; (b + p) * 1000 <= nowMs; b += p) {
    window.push({ t: b, v: value(b) });
    if (window.length > a.evaluationPeriods) window.shift();
    const at = (b + p) * 1000;
    const e = evaluate(a, window, at);
    if (e.state === "keep" || e.state === state) continue;
    changes.push({ at, from: state, to: e.state, reason: e.reason, reasonData: e.reasonData });
    state = e.state;
    reason = e.reason;
    reasonData = e.reasonData;
    updatedAt = at;
  }
  return {
    name: a.name,
    arn,
    type: "MetricAlarm",
    createdAt: createdMs,
    state,
    reason,
    reasonData,
    updatedAt,
    changes,
  };
}
