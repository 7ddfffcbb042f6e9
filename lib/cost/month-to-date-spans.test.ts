import { describe, expect, it } from "vitest";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { mergeEstateTraffic, monthToDateSpans } from "./month-to-date-spans";

const t = (iso: string) => Date.parse(iso);
const totals = (bytes: number) => ({
  bytes,
  bytesToResource: bytes,
  bytesFromResource: 0,
  connections: 1,
  rejects: 0,
});
function chunk(from: string, configurations: EstateTraffic["configurations"]): EstateTraffic {
  return {
    window: { from, to: "x", start: t(from), end: t(from) + 1, step: 60, live: false },
    configurations,
    warnings: [],
    scannedBytes: 10,
    cost: { scannedBytes: 10, queries: 1, cachedBuckets: 0, queriedBuckets: 1, metricsRequested: 0 },
    generatedAt: from,
  };
}

describe("monthToDateSpans", () => {
  it("splits 27.5 days into four 7-day spans and a remainder", () => {
    const spans = monthToDateSpans(t("2026-11-01T00:00:00Z"), t("2026-11-28T12:00:00Z"));
    expect(spans).toHaveLength(4);
    expect(spans[0]).toEqual({ from: "2026-11-01T00:00:00.000Z", to: "2026-11-08T00:00:00.000Z" });
    expect(spans[3]).toEqual({ from: "2026-11-22T00:00:00.000Z", to: "2026-11-28T12:00:00.000Z" });
  });
  it("an empty or sub-minute span has no chunks (traffic windows are at least a minute)", () => {
    expect(monthToDateSpans(5, 5)).toEqual([]);
    expect(monthToDateSpans(0, 59_000)).toEqual([]);
    expect(monthToDateSpans(0, 7 * 86_400_000 + 30_000)).toHaveLength(1);
  });
});

describe("mergeEstateTraffic", () => {
  it("sums totals and consumers by key across chunks; unknown stays unknown only where every chunk is", () => {
    const a = chunk("2026-11-01T00:00:00Z", [
      {
        id: "rcfg-a",
        totals: totals(100),
        consumers: [{ key: "vpce-1", pattern: "resource-endpoint", ...totals(60) }],
        sources: [],
      },
      { id: "rcfg-b", totals: null, consumers: [], sources: [] },
    ]);
    const b = chunk("2026-11-08T00:00:00Z", [
      {
        id: "rcfg-a",
        totals: totals(50),
        consumers: [{ key: "vpce-1", pattern: "resource-endpoint", ...totals(20) }],
        sources: [],
      },
      { id: "rcfg-b", totals: null, consumers: [], sources: [] },
    ]);
    const m = mergeEstateTraffic([a, b])!;
    expect(m.configurations.find((c) => c.id === "rcfg-a")!.totals!.bytes).toBe(150);
    expect(m.configurations.find((c) => c.id === "rcfg-a")!.consumers[0]!.bytes).toBe(80);
    expect(m.configurations.find((c) => c.id === "rcfg-b")!.totals).toBeNull();
    expect(m.scannedBytes).toBe(20);
    expect(mergeEstateTraffic([])).toBeNull();
  });
});
