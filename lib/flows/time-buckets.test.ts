import { describe, expect, it } from "vitest";
import {
  ACCESS_LOG_DELIVERY_DELAY_MS,
  BUCKET_MS,
  bucketsCovering,
  FLOW_DELIVERY_DELAY_MS,
  isClosed,
  runsOf,
} from "./time-buckets";

const T = Date.parse("2026-11-28T12:00:00Z");

describe("time buckets", () => {
  it("cover a window with whole, epoch-aligned 10-minute buckets", () => {
    expect(bucketsCovering(T + 61_000, T + 20 * 60_000 + 1)).toEqual([T, T + BUCKET_MS, T + 2 * BUCKET_MS]);
    expect(bucketsCovering(T, T + BUCKET_MS)).toEqual([T]);
  });

  it.each([
    ["600 s flow log, 15 min after the bucket ended", FLOW_DELIVERY_DELAY_MS(600), 15 * 60_000, true],
    ["600 s flow log, 14:59 after", FLOW_DELIVERY_DELAY_MS(600), 15 * 60_000 - 1_000, false],
    ["60 s flow log, 6 min after", FLOW_DELIVERY_DELAY_MS(60), 6 * 60_000, true],
    ["60 s flow log, 5 min after", FLOW_DELIVERY_DELAY_MS(60), 5 * 60_000, false],
    ["access logs, 5 min after", ACCESS_LOG_DELIVERY_DELAY_MS, 5 * 60_000, true],
  ])("closed: %s → %s", (_, delay, after, closed) => {
    expect(isClosed(T, T + BUCKET_MS + after, delay)).toBe(closed);
  });

  it("runs of consecutive buckets, one query each", () => {
    const b = (i: number) => T + i * BUCKET_MS;
    expect(runsOf([b(3), b(0), b(1), b(5)]).map((r) => [r.start, r.end])).toEqual([
      [b(0), b(2)],
      [b(3), b(4)],
      [b(5), b(6)],
    ]);
  });
});
