/**
 * Every alarm's timeline in the caller's account and region, evaluated from the published series
 * (metric alarms) and from the children's timelines (composite alarms). Closed periods' values
 * never change, so they are cached on the runtime; an evaluation only computes the new periods.
 */
import type { CallContext } from "../protocols/types";
import { alarmMetric, minuteSeries } from "../services/cloudwatch/metric-series";
import { aggregate } from "../services/cloudwatch/statistics";
import type { Alarm, CompositeAlarm } from "../state/sim-state";
import { MINUTE_MS } from "../traffic/connections";
import { type AlarmTimeline, type StateChange, type StateValue, stateAt } from "./alarm-state";
import { evaluateRule, parseRule, ruleAlarms } from "./composite-rule";
import { evaluateMetricAlarm } from "./evaluate-metric-alarm";

export type AlarmContext = Pick<CallContext, "account" | "region" | "state" | "runtime" | "now">;

export function alarmArnOf(account: string, region: string, name: string): string {
  return `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`;
}

const periodCache = new WeakMap<object, Map<string, Map<number, number | null>>>();

function metricTimeline(ctx: AlarmContext, a: Alarm): AlarmTimeline {
  const nowMs = ctx.now.getTime();
  const series = minuteSeries(ctx, alarmMetric(a), nowMs);
  const byRuntime = periodCache.get(ctx.runtime) ?? new Map<string, Map<number, number | null>>();
  periodCache.set(ctx.runtime, byRuntime);
  const key = JSON.stringify([
    a.account,
    a.region,
    a.name,
    a.namespace,
    a.metricName,
    a.dimensions,
    a.statistic,
    a.period,
  ]);
  const cache = byRuntime.get(key) ?? new Map<number, number | null>();
  byRuntime.set(key, cache);
  const value = (b: number) => {
    if (!series) return undefined;
    const hit = cache.get(b);
    if (hit !== undefined) return hit ?? undefined;
    const samples: number[] = [];
    for (let t = b; t < b + a.period; t += 60) {
      const v = series(Math.floor((t * 1000) / MINUTE_MS));
      if (v !== undefined) samples.push(v);
    }
    const v = aggregate(a.statistic, samples);
    cache.set(b, v ?? null);
    return v;
  };
  // The alarm exists as long as the simulated history does (8 days before the start clock).
  const created = ctx.runtime.traffic.historyStartMs;
  return evaluateMetricAlarm(a, alarmArnOf(a.account, a.region, a.name), created, nowMs, value);
}

const when = (ms: number) =>
  new Date(ms).toLocaleString("en-GB", {
    timeZone: "UTC",
    weekday: "long",
    day: "2-digit",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  });

function compositeTimeline(
  c: CompositeAlarm,
  children: Map<string, AlarmTimeline>,
  createdMs: number,
): AlarmTimeline {
  const arn = alarmArnOf(c.account, c.region, c.name);
  const rule = parseRule(c.alarmRule);
  const refs = ruleAlarms(rule).map((r) => children.get(r) ?? children.get(r.replace(/^arn:.*:alarm:/, "")));
  const times = [...new Set(refs.flatMap((t) => t?.changes.map((ch) => ch.at) ?? []))].sort((x, y) => x - y);
  const changes: StateChange[] = [];
  let state: StateValue = "INSUFFICIENT_DATA";
  let reason = "Unchecked: Initial alarm creation";
  let updatedAt = createdMs;
  for (const at of times) {
    const stateOf = (name: string) => {
      const t = children.get(name) ?? children.get(name.replace(/^arn:.*:alarm:/, ""));
      return t ? stateAt(t, at) : "INSUFFICIENT_DATA";
    };
    const next: StateValue = evaluateRule(rule, stateOf) ? "ALARM" : "OK";
    if (next === state) continue;
    const trigger = refs.find((t) => t?.changes.some((ch) => ch.at === at));
    const text = trigger
      ? `${trigger.arn} transitioned to ${stateAt(trigger, at)} at ${when(at)} UTC`
      : `Rule evaluated to ${next}`;
    const data = JSON.stringify({
      triggeringAlarms: trigger
        ? [
            {
              arn: trigger.arn,
              state: { value: stateAt(trigger, at), timestamp: new Date(at).toISOString() },
            },
          ]
        : [],
    });
    changes.push({ at, from: state, to: next, reason: text, reasonData: data });
    state = next;
    reason = text;
    updatedAt = at;
  }
  const last = changes.at(-1);
  return {
    name: c.name,
    arn,
    type: "CompositeAlarm",
    createdAt: createdMs,
    state,
    reason,
    reasonData: last?.reasonData,
    updatedAt,
    changes,
  };
}

/** Metric and composite alarms of the caller's account and region, by name. */
export function alarmTimelines(ctx: AlarmContext): Map<string, AlarmTimeline> {
  const here = <T extends { account: string; region: string }>(xs: T[]) =>
    xs.filter((x) => x.account === ctx.account && x.region === ctx.region);
  const out = new Map<string, AlarmTimeline>();
  for (const a of here(ctx.state.scenario.alarms)) out.set(a.name, metricTimeline(ctx, a));
  const created = ctx.runtime.traffic.historyStartMs;
  // Composite alarms may read other composites: evaluate in rounds until every one is resolved.
  let pending = here(ctx.state.scenario.compositeAlarms);
  while (pending.length) {
    const ready = pending.filter((c) =>
      ruleAlarms(parseRule(c.alarmRule)).every(
        (r) =>
          out.has(r.replace(/^arn:.*:alarm:/, "")) ||
          !pending.some((p) => p.name === r.replace(/^arn:.*:alarm:/, "")),
      ),
    );
    if (!ready.length) break; // a cycle: validation forbids it, CloudWatch rejects it
    for (const c of ready) out.set(c.name, compositeTimeline(c, out, created));
    pending = pending.filter((c) => !ready.includes(c));
  }
  return out;
}
