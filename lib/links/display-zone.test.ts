import { describe, expect, it } from "vitest";
import { axisTick, formatInZone, parseZone } from "./display-zone";

describe("display zone", () => {
  const T = Date.parse("2026-11-28T09:05:07Z");
  it.each([
    ["UTC", "2026-11-28 09:05 UTC"],
    ["Asia/Tokyo", "2026-11-28 18:05 GMT+9"],
    ["America/New_York", "2026-11-28 04:05 EST"],
  ])("%s", (zone, expected) => {
    expect(formatInZone(T, zone)).toBe(expected);
  });
  it("parses only real zones", () => {
    expect(parseZone("Europe/Paris")).toBe("Europe/Paris");
    expect(parseZone("Mars/Olympus")).toBeUndefined();
    expect(parseZone("<script>")).toBeUndefined();
    expect(parseZone(null)).toBeUndefined();
  });
  it("axis ticks: time of day, the date at midnight in the zone", () => {
    expect(axisTick(Date.parse("2026-11-28T15:00:00Z"), "Asia/Tokyo")).toBe("11-29");
    expect(axisTick(T, "UTC")).toBe("09:05");
  });
});
