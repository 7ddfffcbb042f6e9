/**
 * The period a run covers, from the time it was scheduled for: a relative window (`now-24h`) or a
 * calendar period in the report's time zone (previous day / week / month, month-to-date). Days are
 * the zone's days, so across a DST change "previous day" is 23 or 25 hours. Pure.
 */
import { resolveTime } from "@/lib/links/time-range";
import { formatWall, wallTime, zonedInstant } from "./time-zone";

export const CALENDAR_PERIODS = ["previous-day", "previous-week", "previous-month", "month-to-date"] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

export type WindowSpec = { kind: "relative"; from: string } | { kind: "calendar"; period: CalendarPeriod };

export interface Period {
  /** Epoch ms; end is exclusive. */
  start: number;
  end: number;
  zone: string;
  /** For people: "2026-11 (UTC billing month)", "2026-03-29 00:00 → 2026-03-30 00:00 Europe/Berlin". */
  label: string;
}

const DAY = 86_400_000;

export function calendarPeriod(period: CalendarPeriod, at: number, zone: string): Period {
  const w = wallTime(at, zone);
  let start: number;
  let end: number;
  switch (period) {
    case "previous-day":
      start = zonedInstant(zone, w.year, w.month, w.day - 1);
      end = zonedInstant(zone, w.year, w.month, w.day);
      break;
    case "previous-week": {
      // ISO weeks: Monday to Monday.
      const sinceMonday = (w.weekday + 6) % 7;
      start = zonedInstant(zone, w.year, w.month, w.day - sinceMonday - 7);
      end = zonedInstant(zone, w.year, w.month, w.day - sinceMonday);
      break;
    }
    case "previous-month":
      start = zonedInstant(zone, w.year, w.month - 1, 1);
      end = zonedInstant(zone, w.year, w.month, 1);
      break;
    case "month-to-date":
      start = zonedInstant(zone, w.year, w.month, 1);
      end = at;
      break;
  }
  return { start, end, zone, label: `${formatWall(start, zone)} → ${formatWall(end, zone)} ${zone}` };
}

export function reportPeriod(spec: WindowSpec, at: number, zone: string): Period {
  if (spec.kind === "calendar") return calendarPeriod(spec.period, at, zone);
  const start = resolveTime(spec.from, at, "from");
  return { start, end: at, zone, label: `${formatWall(start, zone)} → ${formatWall(at, zone)} ${zone}` };
}

/**
 * The cost view bills by AWS's UTC month whatever the report's zone: the month is the one the
 * zoned period is about (the zone's "previous month" on 1 December is November), priced over
 * November's UTC hours.
 */
export function billingMonthPeriod(spec: WindowSpec, at: number, zone: string): Period & { month: string } {
  let year: number;
  let month: number;
  if (spec.kind === "calendar" && spec.period === "previous-month") {
    const w = wallTime(at, zone);
    year = w.month === 1 ? w.year - 1 : w.year;
    month = w.month === 1 ? 12 : w.month - 1;
  } else if (spec.kind === "calendar" && spec.period !== "month-to-date") {
    // A day or week: the month its last instant falls in, in the zone.
    const w = wallTime(reportPeriod(spec, at, zone).end - 1, zone);
    year = w.year;
    month = w.month;
  } else {
    const w = wallTime(at, zone);
    year = w.year;
    month = w.month;
  }
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year, month, 1);
  const label = `${year}-${String(month).padStart(2, "0")}`;
  return { start, end, zone: "UTC", label: `${label} (UTC billing month)`, month: label };
}

export function periodDays(p: Period): number {
  return (p.end - p.start) / DAY;
}
