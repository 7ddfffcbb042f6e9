/** The state machine's vocabulary, shared by metric and composite alarm evaluation. */

export type StateValue = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface StateChange {
  /** Epoch ms of the evaluation that changed the state. */
  at: number;
  from: StateValue;
  to: StateValue;
  reason: string;
  /** JSON, as CloudWatch's StateReasonData. */
  reasonData?: string;
}

/** An alarm's life from its first evaluation to now: changes ascending, the last one is current. */
export interface AlarmTimeline {
  name: string;
  arn: string;
  type: "MetricAlarm" | "CompositeAlarm";
  createdAt: number;
  state: StateValue;
  reason: string;
  reasonData?: string;
  /** When the state last changed (creation when it never did). */
  updatedAt: number;
  changes: StateChange[];
}

/** The state at `t` (ms): the last change at or before it. */
export function stateAt(timeline: AlarmTimeline, t: number): StateValue {
  let state: StateValue = "INSUFFICIENT_DATA";
  for (const c of timeline.changes) {
    if (c.at > t) break;
    state = c.to;
  }
  return state;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** CloudWatch's reason-text date: `dd/MM/yy HH:mm:ss` (UTC). */
export function reasonDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCFullYear() % 100)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** The ISO form CloudWatch writes inside StateReasonData and history JSON: `…T01:35:00.000+0000`. */
export function dataDate(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+0000");
}
