import { describe, expect, it } from "vitest";
import { mapPool } from "./run-pool";

describe("mapPool", () => {
  it.each([1, 2, 5, 50])("keeps order and never exceeds %i in flight", async (limit) => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapPool([...Array(20).keys()], limit, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, n % 3));
      inFlight--;
      return n * 2;
    });
    expect(out).toEqual([...Array(20).keys()].map((n) => n * 2));
    expect(peak).toBeLessThanOrEqual(limit);
  });

  it("handles an empty list", async () => {
    expect(await mapPool([], 4, async () => 1)).toEqual([]);
  });
});
