/**
 * The topology's shared estate-traffic read: one read per window however many polls ask, a
 * "pending" answer when it is slow, failures not kept, and the previous answer while a stale
 * one refreshes. The traffic DAL itself is replaced: this is the cache's contract, not AWS's.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { deferred } from "@/test/fixtures/deferred";
import { cachedEstateTraffic, clearTopologyTrafficCache } from "./cached-estate-traffic";

vi.mock("@/lib/flows/get-estate-traffic", () => ({ getEstateTraffic: vi.fn() }));
const read = vi.mocked(getEstateTraffic);

function traffic(tag: string): EstateTraffic {
  return { generatedAt: tag } as EstateTraffic;
}

beforeEach(() => {
  clearTopologyTrafficCache();
  read.mockReset();
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.parse("2026-11-28T12:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("cachedEstateTraffic", () => {
  it("answers from one read per window: repeated and concurrent requests share it", async () => {
    read.mockResolvedValue(traffic("a"));
    const [x, y] = await Promise.all([
      cachedEstateTraffic("now-24h", "now", 1000),
      cachedEstateTraffic("now-24h", "now", 1000),
    ]);
    expect(x).toEqual({ ok: true, traffic: traffic("a") });
    expect(y).toEqual(x);
    vi.setSystemTime(Date.now() + 30_000);
    expect(await cachedEstateTraffic("now-24h", "now", 1000)).toEqual(x);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]?.[0]).toEqual({ from: "now-24h", to: "now" });
    // Another window is another read.
    await cachedEstateTraffic("now-6h", "now", 1000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("a slow read is 'pending' after the wait; polls in flight answer at once; the next poll after it has it", async () => {
    const d = deferred<EstateTraffic>();
    read.mockReturnValue(d.promise);
    expect(await cachedEstateTraffic("now-24h", "now", 5)).toBe("pending");
    vi.setSystemTime(Date.now() + 1000);
    // Not the request that started the read: no waiting, even with a long budget.
    expect(await cachedEstateTraffic("now-24h", "now", 60_000)).toBe("pending");
    d.resolve(traffic("slow"));
    await d.promise;
    await Promise.resolve();
    expect(await cachedEstateTraffic("now-24h", "now", 5)).toEqual({ ok: true, traffic: traffic("slow") });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("a failure is an answer with its reason and is not kept: the next request reads again", async () => {
    read.mockRejectedValueOnce(new AppError("aws_throttled", "Logs Insights throttled"));
    expect(await cachedEstateTraffic("now-24h", "now", 1000)).toEqual({
      ok: false,
      message: "Logs Insights throttled",
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    read.mockRejectedValueOnce(new TypeError("x is undefined"));
    // An unexpected error's text stays in the server log, not in the answer.
    expect(await cachedEstateTraffic("now-24h", "now", 1000)).toEqual({
      ok: false,
      message: "traffic failed unexpectedly",
    });
    expect(log).toHaveBeenCalledTimes(1);
    log.mockRestore();
    read.mockResolvedValueOnce(traffic("ok"));
    expect(await cachedEstateTraffic("now-24h", "now", 1000)).toEqual({ ok: true, traffic: traffic("ok") });
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("after a minute a new read starts, and while it runs the previous answer stands", async () => {
    read.mockResolvedValueOnce(traffic("old"));
    await cachedEstateTraffic("now-24h", "now", 1000);
    vi.setSystemTime(Date.now() + 61_000);
    const d = deferred<EstateTraffic>();
    read.mockReturnValueOnce(d.promise);
    expect(await cachedEstateTraffic("now-24h", "now", 5)).toEqual({ ok: true, traffic: traffic("old") });
    expect(read).toHaveBeenCalledTimes(2);
    d.resolve(traffic("new"));
    await d.promise;
    await Promise.resolve();
    vi.setSystemTime(Date.now() + 1000);
    expect(await cachedEstateTraffic("now-24h", "now", 5)).toEqual({ ok: true, traffic: traffic("new") });
  });
});
