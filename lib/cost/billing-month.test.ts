import { describe, expect, it } from "vitest";
import { billedHours, billingMonth, currentMonth, hoursInMonth } from "./billing-month";

const nov = billingMonth("2026-11");
const t = (iso: string) => Date.parse(iso);

describe("billingMonth", () => {
  it.each([
    { month: "2026-11", hours: 720 },
    { month: "2026-12", hours: 744 },
    { month: "2027-02", hours: 672 },
    { month: "2028-02", hours: 696 },
  ])("$month has $hours hours", ({ month, hours }) => {
    expect(billingMonth(month).hours).toBe(hours);
  });
  it("is UTC and the current month comes from the clock", () => {
    expect(new Date(nov.start).toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(new Date(nov.end).toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(currentMonth(t("2026-11-30T23:59:59Z"))).toBe("2026-11");
  });
  it("rejects anything but YYYY-MM", () => {
    expect(() => billingMonth("2026-13")).toThrow(/YYYY-MM/);
  });
});

describe("billedHours: a started hour is a full hour", () => {
  it.each([
    { name: "exactly one hour", created: "2026-11-10T09:00:00Z", to: "2026-11-10T10:00:00Z", hours: 1 },
    { name: "one minute is one hour", created: "2026-11-10T09:00:00Z", to: "2026-11-10T09:01:00Z", hours: 1 },
    {
      name: "an hour and a minute is two",
      created: "2026-11-10T09:00:00Z",
      to: "2026-11-10T10:01:00Z",
      hours: 2,
    },
    {
      name: "created at 09:15, now 13:50: five started hours",
      created: "2026-11-10T09:15:00Z",
      to: "2026-11-10T13:50:00Z",
      hours: 5,
    },
    {
      name: "created after the window: nothing",
      created: "2026-11-10T11:00:00Z",
      to: "2026-11-10T10:00:00Z",
      hours: 0,
    },
  ])("$name", ({ created, to, hours }) => {
    expect(billedHours(t(created), nov.start, t(to))).toBe(hours);
  });
});

describe("hoursInMonth", () => {
  const now = t("2026-11-28T13:30:00Z");
  it("created before the month: billed from the month start; the month is 720 h", () => {
    expect(hoursInMonth(t("2026-03-02T09:15:00Z"), nov, now)).toEqual({ soFar: 27 * 24 + 14, month: 720 });
  });
  it("created mid-month (15th 12:30): hours from creation, the partial first hour counted", () => {
    const h = hoursInMonth(t("2026-11-15T12:30:00Z"), nov, now);
    expect(h.soFar).toBe(13 * 24 + 1);
    // 15 days 11.5 hours to the month end → 372 started hours.
    expect(h.month).toBe(15 * 24 + 12);
  });
  it("unknown creation time: billed from the month start", () => {
    expect(hoursInMonth(undefined, nov, now).month).toBe(720);
  });
  it("a past month is complete: so far equals the month", () => {
    const oct = billingMonth("2026-10");
    expect(hoursInMonth(t("2026-10-31T23:30:00Z"), oct, now)).toEqual({ soFar: 1, month: 1 });
  });
  it("created after the month: nothing", () => {
    expect(hoursInMonth(t("2026-12-02T00:00:00Z"), nov, now)).toEqual({ soFar: 0, month: 0 });
  });
});
