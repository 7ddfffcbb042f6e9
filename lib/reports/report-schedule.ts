/** When a report runs: a cron expression or a preset, in an IANA time zone, through croner. Pure. */
import { Cron } from "croner";

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type ScheduleSpec =
  | { kind: "cron"; cron: string }
  | { kind: "daily"; at: string }
  | { kind: "weekly"; day: Weekday; at: string }
  | { kind: "monthly"; day: number | "last"; at: string };

function hourMinute(at: string): [number, number] {
  const [h, m] = at.split(":").map(Number);
  return [h ?? 0, m ?? 0];
}

export function toCron(s: ScheduleSpec): string {
  if (s.kind === "cron") return s.cron.trim();
  const [h, m] = hourMinute(s.at);
  if (s.kind === "daily") return `${m} ${h} * * *`;
  if (s.kind === "weekly") return `${m} ${h} * * ${WEEKDAYS.indexOf(s.day)}`;
  return `${m} ${h} ${s.day === "last" ? "L" : s.day} * *`;
}

/** Why a cron expression is refused, or undefined when croner accepts it. */
export function cronProblem(expression: string): string | undefined {
  try {
    const c = new Cron(expression, { paused: true });
    const next = c.nextRun();
    c.stop();
    return next ? undefined : "never fires";
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The next `count` fire times strictly after `after` (epoch ms), in the zone. */
export function nextRuns(s: ScheduleSpec, zone: string, after: number, count = 1): number[] {
  const c = new Cron(toCron(s), { paused: true, timezone: zone });
  const runs = c.nextRuns(count, new Date(after)).map((d) => d.getTime());
  c.stop();
  return runs;
}

export function nextRun(s: ScheduleSpec, zone: string, after: number): number | null {
  return nextRuns(s, zone, after, 1)[0] ?? null;
}

/** The fire time before `before` (for the period of a run started by hand), or null. */
export function previousRun(s: ScheduleSpec, zone: string, before: number): number | null {
  const c = new Cron(toCron(s), { paused: true, timezone: zone });
  const prev = c.previousRuns(1, new Date(before))[0];
  c.stop();
  return prev ? prev.getTime() : null;
}

export function describeSchedule(s: ScheduleSpec): string {
  if (s.kind === "cron") return `cron ${s.cron}`;
  if (s.kind === "daily") return `daily at ${s.at}`;
  if (s.kind === "weekly") return `weekly on ${s.day[0]!.toUpperCase()}${s.day.slice(1)} at ${s.at}`;
  return `monthly on the ${s.day === "last" ? "last day" : ordinal(s.day)} at ${s.at}`;
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
        ? "nd"
        : n % 10 === 3 && n !== 13
          ? "rd"
          : "th";
  return `${n}${suffix}`;
}
