/** Wall-clock arithmetic in an IANA time zone through Intl (no tz database of our own). Pure. */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(zone, f);
  }
  return f;
}

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function wallTime(epoch: number, zone: string): WallTime & { second: number } {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(new Date(epoch))
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(String(parts.weekday)),
  };
}

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7,200,000). */
export function zoneOffset(epoch: number, zone: string): number {
  const w = wallTime(epoch, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epoch / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show this date and time. Day and month may overflow
 * (day 0 = the last day of the previous month), as with Date.UTC. A time skipped by a DST change
 * maps to the instant just after the gap; a repeated one to its first occurrence.
 */
export function zonedInstant(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force half a day either side; a DST change falls between them at most once.
  const before = zoneOffset(local - 12 * 3_600_000, zone);
  const after = zoneOffset(local + 12 * 3_600_000, zone);
  const valid = [local - before, local - after].filter((t) => zoneOffset(t, zone) === local - t);
  // Repeated (both valid): the first; skipped (neither): the old offset, which lands after the gap.
  return valid.length ? Math.min(...valid) : local - before;
}

/** "2026-11-28 09:00" in the zone. */
export function formatWall(epoch: number, zone: string): string {
  const w = wallTime(epoch, zone);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}
