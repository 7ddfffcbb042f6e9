/**
 * The window an alarm opens: from = state change − max(1 h, 3 × Period × EvaluationPeriods), so
 * the view shows what led to it; to = the return to OK, or `now` (live) while still in ALARM.
 * Absolute ISO instants, so the link opens the same moment later. Pure.
 */

export interface AlarmWindow {
  from: string;
  to: string;
}

const HOUR_MS = 3_600_000;

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

export function alarmLookbackMs(period?: number, evaluationPeriods?: number): number {
  const span = period && evaluationPeriods ? 3 * period * evaluationPeriods * 1000 : 0;
  return Math.max(HOUR_MS, span);
}

export function alarmWindow(
  stateChange: number,
  okAt: number | null,
  period?: number,
  evaluationPeriods?: number,
): AlarmWindow {
  return {
    from: isoInstant(stateChange - alarmLookbackMs(period, evaluationPeriods)),
    to: okAt === null ? "now" : isoInstant(okAt),
  };
}
