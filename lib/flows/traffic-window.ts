/** The window of a traffic request: resolved times, the step, and whether it is live. Pure. */
import { AppError } from "@/lib/errors";
import { chooseStep, resolveRange, STEPS, TimeRangeError } from "@/lib/links/time-range";
import type { TrafficWindow } from "@/lib/schemas/traffic";

export const MAX_TRAFFIC_WINDOW_MS = 7 * 86_400_000;

export interface TrafficRange {
  from?: string;
  to?: string;
  /** Seconds, one of STEPS. */
  step?: number;
}

export function toTrafficWindow(range: TrafficRange, now: number): TrafficWindow {
  try {
    const r = resolveRange(range.from, range.to, now, { maxMs: MAX_TRAFFIC_WINDOW_MS });
    if (range.step !== undefined && !(STEPS as readonly number[]).includes(range.step))
      throw new AppError("bad_request", `step must be one of ${STEPS.join(", ")} seconds`, { field: "step" });
    const step = range.step ?? chooseStep(r.end - r.start);
    return { from: r.from, to: r.to, start: r.start, end: r.end, step, live: r.live };
  } catch (e) {
    if (e instanceof TimeRangeError) throw new AppError("bad_request", e.message, { field: e.field });
    throw e;
  }
}
