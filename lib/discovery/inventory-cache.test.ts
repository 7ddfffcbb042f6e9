import { describe, expect, it } from "vitest";
import { deferred } from "@/test/fixtures/deferred";
import { InventoryCache } from "./inventory-cache";

describe("InventoryCache", () => {
  it("serves a fresh value from cache and reloads after the TTL", async () => {
    let now = 0;
    let loads = 0;
    const cache = new InventoryCache<number>(() => now);
    const load = async () => ++loads;
    expect(await cache.get(1000, load)).toEqual({ data: 1, cached: false });
    now = 999;
    expect(await cache.get(1000, load)).toEqual({ data: 1, cached: true });
    now = 1000;
    expect(await cache.get(1000, load)).toEqual({ data: 2, cached: false });
  });

  it("refresh bypasses a fresh value", async () => {
    let loads = 0;
    const cache = new InventoryCache<number>(() => 0);
    await cache.get(1000, async () => ++loads);
    expect(await cache.get(1000, async () => ++loads, true)).toEqual({ data: 2, cached: false });
  });

  it("shares one in-flight load between concurrent callers", async () => {
    const cache = new InventoryCache<string>(() => 0);
    const d = deferred<string>();
    let loads = 0;
    const load = () => {
      loads++;
      return d.promise;
    };
    const all = Promise.all([cache.get(1000, load), cache.get(1000, load), cache.get(1000, load, true)]);
    d.resolve("inv");
    expect((await all).map((r) => r.data)).toEqual(["inv", "inv", "inv"]);
    expect(loads).toBe(1);
  });

  it("does not cache a failure", async () => {
    const cache = new InventoryCache<string>(() => 0);
    await expect(cache.get(1000, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cache.get(1000, async () => "ok")).toEqual({ data: "ok", cached: false });
  });
});
