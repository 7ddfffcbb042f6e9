import type { AlarmState } from "@/lib/alarms/alarm-types";

const tone: Record<AlarmState, string> = { ALARM: "bad", OK: "ok", INSUFFICIENT_DATA: "neutral" };

export function AlarmStateBadge({ state }: { state: AlarmState }) {
  return (
    <span className={`badge badge-${tone[state]}`}>
      {state === "INSUFFICIENT_DATA" ? "INSUFFICIENT DATA" : state}
    </span>
  );
}
