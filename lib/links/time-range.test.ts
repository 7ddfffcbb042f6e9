import { describe, expect, it } from "vitest";
import {
  chooseStep,
  describeDuration,
  isTimeExpression,
  resolveRange,
  resolveTime,
  TimeRangeError,
} from "./time-range";

const now = Date.parse("2026-11-28T12:00:00Z");
const h = 3_600_000;

describe("resolveTime", () => {
  it.each([
    ["now", now],
    ["now-15m", now - 15 * 60_000],
    ["now-6h", now - 6 * h],
    ["now-7d", now - 7 * 24 * h],
    ["now-2w", now - 14 * 24 * h],
    ["now-30s", now - 30_000],
    ["2026-11-28T09:00:00Z", Date.parse("2026-11-28T09:00:00Z")],
    ["2026-11-28T09:00:00.250+01:00", Date.parse("2026-11-28T08:00:00.250Z")],
    ["2026-11-28T09:00Z", Date.parse("2026-11-28T09:00:00Z")],
  ])("%s", (value, expected) => expect(resolveTime(value, now, "from")).toBe(expected));

  it.each([
    "yesterday",
    "now-",
    "now+1h",
    "now-1y",
    "2026-11-28",
    "2026-13-40T00:00:00Z",
    "now -1h",
    "1700000000",
  ])("refuses %s, naming the field", (value) => {
    expect(() => resolveTime(value, now, "to")).toThrow(TimeRangeError);
    try {
      resolveTime(value, now, "to");
    } catch (e) {
      expect((e as TimeRangeError).field).toBe("to");
      expect((e as Error).message).toMatch(/^to must be/);
    }
  });
});

describe("resolveRange", () => {
  it("defaults to the last 24 hours, live", () => {
    expect(resolveRange(undefined, undefined, now)).toEqual({
      from: "now-24h",
      to: "now",
      start: now - 24 * h,
      end: now,
      live: true,
    });
  });
  it("an absolute end is not live, and a future end is clamped to now", () => {
    expect(resolveRange("now-2h", "2026-11-28T11:00:00Z", now)).toMatchObject({ end: now - h, live: false });
    expect(resolveRange("now-2h", "2026-11-29T00:00:00Z", now).end).toBe(now);
  });
  it("refuses a window that ends before it starts", () => {
    expect(() => resolveRange("now-1h", "now-2h", now)).toThrow(/must be before/);
  });
  it("enforces limits", () => {
    expect(() => resolveRange("now-30s", "now", now)).toThrow(/at least 1 minute/);
    expect(() => resolveRange("now-8d", "now", now, { maxMs: 7 * 24 * h })).toThrow(/at most 1 week/);
  });
});

describe("chooseStep", () => {
  it.each([
    [h, 60],
    [6 * h, 300],
    [24 * h, 300],
    [26 * h, 600],
    [7 * 24 * h, 3600],
    [400 * 24 * h, 86400],
  ])("%i ms → %i s", (windowMs, step) => expect(chooseStep(windowMs)).toBe(step));
  it("respects a minimum step (e.g. a 10-minute flow-log interval)", () =>
    expect(chooseStep(h, 300, 600)).toBe(600));
});

describe("helpers", () => {
  it("isTimeExpression", () => {
    expect(isTimeExpression("now-6h")).toBe(true);
    expect(isTimeExpression("2026-11-28T09:00:00Z")).toBe(true);
    expect(isTimeExpression("now-6x")).toBe(false);
  });
  it("describeDuration", () => {
    expect(describeDuration(2 * h)).toBe("2 hours");
    expect(describeDuration(7 * 24 * h)).toBe("1 week");
    expect(describeDuration(90_000)).toBe("90 seconds");
  });
});
