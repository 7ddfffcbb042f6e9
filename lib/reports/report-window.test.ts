import { describe, expect, it } from "vitest";
import { billingMonthPeriod, calendarPeriod, reportPeriod } from "./report-window";
import { zonedInstant } from "./time-zone";

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 3_600_000;

// DST in 2026: the EU moves clocks on Sun 29 March and Sun 25 October at 01:00 UTC; the US on
// Sun 8 March and Sun 1 November at 02:00 local time.
describe("calendar periods in a time zone", () => {
  it.each([
    // zone, run at, period, start, end, hours
    [
      "Europe/Berlin",
      "2026-03-30T06:00:00Z",
      "previous-day",
      "2026-03-28T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
      23,
    ],
    [
      "Europe/Berlin",
      "2026-10-26T07:00:00Z",
      "previous-day",
      "2026-10-24T22:00:00.000Z",
      "2026-10-25T23:00:00.000Z",
      25,
    ],
    [
      "Europe/Berlin",
      "2026-06-10T06:00:00Z",
      "previous-day",
      "2026-06-08T22:00:00.000Z",
      "2026-06-09T22:00:00.000Z",
      24,
    ],
    [
      "America/New_York",
      "2026-03-09T12:00:00Z",
      "previous-day",
      "2026-03-08T05:00:00.000Z",
      "2026-03-09T04:00:00.000Z",
      23,
    ],
    [
      "America/New_York",
      "2026-11-02T13:00:00Z",
      "previous-day",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      25,
    ],
    // Monday 30 March 08:00 CEST: the ISO week before runs Mon 23 (CET) to Mon 30 (CEST), 7 × 24 − 1 h.
    [
      "Europe/Berlin",
      "2026-03-30T06:00:00Z",
      "previous-week",
      "2026-03-22T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
      167,
    ],
    // On a Sunday the week in progress started last Monday: the previous one is the week before that.
    [
      "America/New_York",
      "2026-11-08T15:00:00Z",
      "previous-week",
      "2026-10-26T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      169,
    ],
    // March in Berlin: from 1 March 00:00 CET to 1 April 00:00 CEST = 31 × 24 − 1 h.
    [
      "Europe/Berlin",
      "2026-04-01T06:00:00Z",
      "previous-month",
      "2026-02-28T23:00:00.000Z",
      "2026-03-31T22:00:00.000Z",
      743,
    ],
    // December, across the year end.
    [
      "Europe/Berlin",
      "2027-01-01T07:00:00Z",
      "previous-month",
      "2026-11-30T23:00:00.000Z",
      "2026-12-31T23:00:00.000Z",
      744,
    ],
    // February of a leap year in New York: 29 days of EST.
    [
      "America/New_York",
      "2028-03-01T14:00:00Z",
      "previous-month",
      "2028-02-01T05:00:00.000Z",
      "2028-03-01T05:00:00.000Z",
      29 * 24,
    ],
    // 00:30 on 1 March in Berlin is still 28 February in UTC: month-to-date is Berlin's March, 30 minutes of it.
    [
      "Europe/Berlin",
      "2026-02-28T23:30:00Z",
      "month-to-date",
      "2026-02-28T23:00:00.000Z",
      "2026-02-28T23:30:00.000Z",
      0.5,
    ],
  ] as const)("%s at %s: %s is %s → %s (%d h)", (zone, at, period, start, end, hours) => {
    const p = calendarPeriod(period, t(at), zone);
    expect(iso(p.start)).toBe(start);
    expect(iso(p.end)).toBe(end);
    expect((p.end - p.start) / H).toBe(hours);
    expect(p.zone).toBe(zone);
  });

  it("labels the period in the zone's wall time", () => {
    expect(calendarPeriod("previous-day", t("2026-03-30T06:00:00Z"), "Europe/Berlin").label).toBe(
      "2026-03-29 00:00 → 2026-03-30 00:00 Europe/Berlin",
    );
  });

  it("a relative window ends at the run time", () => {
    const p = reportPeriod({ kind: "relative", from: "now-24h" }, t("2026-11-28T09:00:00Z"), "UTC");
    expect(iso(p.start)).toBe("2026-11-27T09:00:00.000Z");
    expect(iso(p.end)).toBe("2026-11-28T09:00:00.000Z");
  });
});

describe("the cost view's billing month stays UTC", () => {
  it.each([
    // 00:30 on 1 December in Berlin (23:30 UTC on 30 November): the zone's previous month is November.
    [
      "Europe/Berlin",
      "2026-11-30T23:30:00Z",
      "previous-month",
      "2026-11",
      "2026-11-01T00:00:00.000Z",
      "2026-12-01T00:00:00.000Z",
    ],
    // 20:00 on 30 November in New York is already 1 December in UTC: month-to-date is November's.
    [
      "America/New_York",
      "2026-12-01T01:00:00Z",
      "month-to-date",
      "2026-11",
      "2026-11-01T00:00:00.000Z",
      "2026-12-01T00:00:00.000Z",
    ],
    // January: the previous month is the year before's December.
    [
      "UTC",
      "2027-01-01T08:00:00Z",
      "previous-month",
      "2026-12",
      "2026-12-01T00:00:00.000Z",
      "2027-01-01T00:00:00.000Z",
    ],
    // The previous day of 1 March is in February.
    [
      "Europe/Berlin",
      "2026-03-01T07:00:00Z",
      "previous-day",
      "2026-02",
      "2026-02-01T00:00:00.000Z",
      "2026-03-01T00:00:00.000Z",
    ],
  ] as const)("%s at %s, %s → %s", (zone, at, period, month, start, end) => {
    const m = billingMonthPeriod({ kind: "calendar", period }, t(at), zone);
    expect(m.month).toBe(month);
    expect(iso(m.start)).toBe(start);
    expect(iso(m.end)).toBe(end);
    expect(m.zone).toBe("UTC");
  });
});

describe("zonedInstant", () => {
  it("maps wall times to instants either side of a DST change", () => {
    expect(iso(zonedInstant("Europe/Berlin", 2026, 3, 29, 0))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(zonedInstant("Europe/Berlin", 2026, 3, 29, 4))).toBe("2026-03-29T02:00:00.000Z");
    // 02:30 does not exist that night: the instant just after the gap.
    expect(iso(zonedInstant("Europe/Berlin", 2026, 3, 29, 2, 30))).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 on 25 October happens twice: the first one (CEST).
    expect(iso(zonedInstant("Europe/Berlin", 2026, 10, 25, 2, 30))).toBe("2026-10-25T00:30:00.000Z");
    // Day 0 is the last day of the month before.
    expect(iso(zonedInstant("America/New_York", 2026, 3, 0))).toBe("2026-02-28T05:00:00.000Z");
  });
});
