/** How far to trust a projection: the window's length against the cycles traffic has, and coverage. Pure. */
import { describeDuration } from "@/lib/links/time-range";
import type { CostWindow, TrafficAvailability } from "./cost-input";
import type { CostResponse } from "./cost-result";

const DAY = 86_400_000;

export function confidenceOf(
  complete: boolean,
  window: CostWindow | null,
  traffic: TrafficAvailability,
): CostResponse["confidence"] {
  const partial = traffic.partial
    ? " Some paths have no flow or access logs: their bytes are a lower bound."
    : "";
  if (!traffic.soFar && !traffic.window) {
    return {
      level: "none",
      note: `Data-processing charges unknown: no traffic data${traffic.note ? ` (${traffic.note})` : ""}. Figures are hourly charges only.`,
    };
  }
  if (complete)
    return {
      level: "actual",
      note: `The month is over: figures are what was observed, nothing is projected.${partial}`,
    };
  if (!window || !traffic.window) {
    return {
      level: "none",
      note: `No traffic in the rate window: data charges are not projected.${partial}`,
    };
  }
  const ms = window.end - window.start;
  const span = `Projected from the rate observed over ${window.from} → ${window.to} (${describeDuration(ms)})`;
  if (ms >= 7 * DAY)
    return {
      level: "high",
      note: `${span}: a full week, so weekday and weekend cycles are in it.${partial}`,
    };
  if (ms >= DAY)
    return {
      level: "medium",
      note: `${span}: a full day, but not a week, so weekly cycles (weekends) may skew it.${partial}`,
    };
  return {
    level: "low",
    note: `${span}: less than a day, so the daily cycle skews it; choose now-24h or now-7d.${partial}`,
  };
}
