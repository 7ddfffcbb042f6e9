import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatCount,
  formatInteger,
  formatMicros,
  formatStep,
  formatUtc,
} from "./format-traffic";

describe("formatBytes", () => {
  it("uses binary units and never a decimal on whole bytes", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5.0 GiB");
    expect(formatBytes(300 * 1024 ** 2)).toBe("300 MiB");
  });
  it("says — for no value rather than 0", () => {
    expect(formatBytes(null)).toBe("—");
    expect(formatBytes(undefined)).toBe("—");
    expect(formatBytes(Number.NaN)).toBe("—");
  });
});

describe("other formats", () => {
  it("formats counts, integers, micros, steps and UTC times", () => {
    expect(formatCount(999)).toBe("999");
    expect(formatCount(12_345)).toBe("12.3k");
    expect(formatCount(2_500_000)).toBe("2.5M");
    expect(formatInteger(1234567)).toBe("1,234,567");
    expect(formatMicros(850)).toBe("850 µs");
    expect(formatMicros(12_345)).toBe("12.3 ms");
    expect(formatStep(60)).toBe("1 min");
    expect(formatStep(3600)).toBe("1 h");
    expect(formatUtc(Date.parse("2026-11-28T09:05:07Z"))).toBe("2026-11-28 09:05 UTC");
  });
});
