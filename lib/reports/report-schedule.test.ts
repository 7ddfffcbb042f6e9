import { describe, expect, it } from "vitest";
import { describeSchedule, nextRuns, type ScheduleSpec, toCron } from "./report-schedule";

const iso = (ms: number) => new Date(ms).toISOString();

describe("next runs in a time zone", () => {
  it.each<[string, ScheduleSpec, string, string, string[]]>([
    // 08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC from 29 March.
    [
      "daily across the EU spring change",
      { kind: "daily", at: "08:00" },
      "Europe/Berlin",
      "2026-03-27T12:00:00Z",
      ["2026-03-28T07:00:00.000Z", "2026-03-29T06:00:00.000Z", "2026-03-30T06:00:00.000Z"],
    ],
    [
      "daily across the EU autumn change",
      { kind: "daily", at: "08:00" },
      "Europe/Berlin",
      "2026-10-24T12:00:00Z",
      ["2026-10-25T07:00:00.000Z", "2026-10-26T07:00:00.000Z", "2026-10-27T07:00:00.000Z"],
    ],
    // 02:30 does not exist in Berlin on 29 March: it runs once, at 03:00 CEST; on 25 October it happens twice: it runs once.
    [
      "a skipped local time runs once",
      { kind: "daily", at: "02:30" },
      "Europe/Berlin",
      "2026-03-28T12:00:00Z",
      ["2026-03-29T01:00:00.000Z", "2026-03-30T00:30:00.000Z"],
    ],
    [
      "a repeated local time runs once",
      { kind: "daily", at: "02:30" },
      "Europe/Berlin",
      "2026-10-24T12:00:00Z",
      ["2026-10-25T00:30:00.000Z", "2026-10-26T01:30:00.000Z"],
    ],
    // Monday 09:00 in New York: EDT (13:00 UTC) until 1 November, then EST (14:00 UTC).
    [
      "weekly across the US autumn change",
      { kind: "weekly", day: "monday", at: "09:00" },
      "America/New_York",
      "2026-10-20T00:00:00Z",
      ["2026-10-26T13:00:00.000Z", "2026-11-02T14:00:00.000Z"],
    ],
    // The last day of each month at 18:00 New York: 31 January, 28 February (EST), 31 March (EDT).
    [
      "monthly on the last day",
      { kind: "monthly", day: "last", at: "18:00" },
      "America/New_York",
      "2026-01-15T00:00:00Z",
      ["2026-01-31T23:00:00.000Z", "2026-02-28T23:00:00.000Z", "2026-03-31T22:00:00.000Z"],
    ],
    [
      "monthly on the 1st",
      { kind: "monthly", day: 1, at: "06:30" },
      "UTC",
      "2026-12-04T00:00:00Z",
      ["2027-01-01T06:30:00.000Z", "2027-02-01T06:30:00.000Z"],
    ],
    [
      "cron, every 15 minutes",
      { kind: "cron", cron: "*/15 * * * *" },
      "Asia/Kolkata",
      "2026-12-04T10:07:00Z",
      ["2026-12-04T10:15:00.000Z", "2026-12-04T10:30:00.000Z"],
    ],
  ])("%s", (_name, spec, zone, after, expected) => {
    expect(nextRuns(spec, zone, Date.parse(after), expected.length).map(iso)).toEqual(expected);
  });

  it("presets become cron expressions", () => {
    expect(toCron({ kind: "daily", at: "08:05" })).toBe("5 8 * * *");
    expect(toCron({ kind: "weekly", day: "sunday", at: "23:00" })).toBe("0 23 * * 0");
    expect(toCron({ kind: "monthly", day: "last", at: "07:00" })).toBe("0 7 L * *");
    expect(describeSchedule({ kind: "monthly", day: 2, at: "07:00" })).toBe("monthly on the 2nd at 07:00");
  });
});
