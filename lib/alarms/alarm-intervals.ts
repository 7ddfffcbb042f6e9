/**
 * ALARM stretches over a window from the state changes after its start and the current state.
 * Pure.
 */
import type { AlarmChange, AlarmInterval, AlarmState } from "./alarm-types";

export function alarmIntervals(
  changes: readonly AlarmChange[],
  current: AlarmState,
  start: number,
  end: number,
): AlarmInterval[] {
  const after = changes.filter((c) => c.t >= start).sort((a, b) => a.t - b.t);
  let state: AlarmState = after[0]?.from ?? current;
  let since = start;
  const out: AlarmInterval[] = [];
  for (const c of after) {
    if (state === "ALARM" && c.to !== "ALARM") out.push({ start: since, end: c.t });
    if (state !== "ALARM" && c.to === "ALARM") since = c.t;
    state = c.to;
  }
  if (state === "ALARM") out.push({ start: since, end: null });
  return out.filter((i) => i.start < end && (i.end === null || i.end > start));
}

/** `Alarm updated from OK to ALARM` or CloudWatch's HistoryData JSON → a change. */
export function parseHistoryItem(item: {
  Timestamp?: Date;
  HistorySummary?: string;
  HistoryData?: string;
}): AlarmChange | undefined {
  const t = item.Timestamp?.getTime();
  if (t === undefined) return undefined;
  const states = new Set(["OK", "ALARM", "INSUFFICIENT_DATA"]);
  try {
    const d = JSON.parse(item.HistoryData ?? "") as {
      oldState?: { stateValue?: string };
      newState?: { stateValue?: string };
    };
    const from = d.oldState?.stateValue;
    const to = d.newState?.stateValue;
    if (from && to && states.has(from) && states.has(to))
      return { t, from: from as AlarmState, to: to as AlarmState };
  } catch {
    // fall back to the summary
  }
  const m = /from (OK|ALARM|INSUFFICIENT_DATA) to (OK|ALARM|INSUFFICIENT_DATA)/.exec(
    item.HistorySummary ?? "",
  );
  return m ? { t, from: m[1] as AlarmState, to: m[2] as AlarmState } : undefined;
}
