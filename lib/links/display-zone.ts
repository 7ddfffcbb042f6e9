/**
 * The display time zone: UTC (what alarm mails and CloudWatch say, `+0000`) or an IANA zone (the
 * browser's). It is in the URL as `tz=` when a link is shared, so the reader sees the same clock
 * times. Pure.
 */

export const UTC = "UTC";

export function isZone(value: string): boolean {
  if (value === UTC) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** `tz` from a URL, or undefined when absent or not a zone. */
export function parseZone(value: string | null | undefined): string | undefined {
  const v = value?.trim();
  return v && isZone(v) ? v : undefined;
}

const parts = (ms: number, zone: string) => {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  const o: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) o[p.type] = p.value;
  return o;
};

/** Epoch ms → "2026-11-28 09:05 UTC" / "2026-11-28 10:05 GMT+1" in the zone. */
export function formatInZone(ms: number, zone: string = UTC, withSeconds = false): string {
  const o = parts(ms, zone);
  const name = zone === UTC ? "UTC" : (o.timeZoneName ?? zone);
  return `${o.year}-${o.month}-${o.day} ${o.hour}:${o.minute}${withSeconds ? `:${o.second}` : ""} ${name}`;
}

/** A chart axis tick: the time of day, and the date at midnight (in the zone). */
export function axisTick(ms: number, zone: string = UTC): string {
  const o = parts(ms, zone);
  return o.hour === "00" && o.minute === "00" ? `${o.month}-${o.day}` : `${o.hour}:${o.minute}`;
}

/** The zone's short name at an instant ("UTC", "GMT+1", "PST"). */
export function zoneName(zone: string, at = Date.now()): string {
  return zone === UTC ? "UTC" : (parts(at, zone).timeZoneName ?? zone);
}
