import { describe, expect, it } from "vitest";
import { formatInstant, formatNumber, formatValue } from "./format-value";
import { Instant } from "./types";

describe("formatting result values", () => {
  it("times as yyyy-MM-dd HH:mm:ss.SSS in UTC", () => {
    expect(formatInstant(Date.UTC(2026, 10, 28, 9, 0, 0))).toBe("2026-11-28 09:00:00.000");
    expect(formatInstant(Date.UTC(2026, 0, 2, 3, 4, 5, 67))).toBe("2026-01-02 03:04:05.067");
    expect(formatValue(new Instant(0))).toBe("1970-01-01 00:00:00.000");
  });

  it("integers without decimals, even large sums", () => {
    expect(formatNumber(12345)).toBe("12345");
    expect(formatNumber(1e15)).toBe("1000000000000000");
    expect(formatNumber(-3)).toBe("-3");
    expect(formatNumber(0)).toBe("0");
  });

  it("fractions with up to six decimals, trailing zeros dropped", () => {
    expect(formatNumber(2124.5)).toBe("2124.5");
    expect(formatNumber(1 / 3)).toBe("0.333333");
    expect(formatNumber(2 / 3)).toBe("0.666667");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1.5e-9)).toBe("1.5e-9");
  });

  it("strings as they are, booleans as 1/0", () => {
    expect(formatValue("ACCEPT")).toBe("ACCEPT");
    expect(formatValue(true)).toBe("1");
    expect(formatValue(false)).toBe("0");
  });
});
