import { beforeEach, describe, expect, it, vi } from "vitest";
import { C, emptyInventory, endpoint, gateway } from "./test-builders";

const loadConfig = vi.fn();
const discoverInventory = vi.fn();
vi.mock("@/lib/config/load-config", () => ({ loadConfig: () => loadConfig() }));
vi.mock("./discover-inventory", () => ({
  discoverInventory: (...args: unknown[]) => discoverInventory(...args),
}));

const { getInventory, resetInventoryCache } = await import("./get-inventory");

const config = {
  accounts: [{ id: "111111111111" }],
  regions: ["us-east-1"],
  inventoryTtlSeconds: 60,
  concurrency: 8,
};
const discovered = emptyInventory({
  gateways: [gateway("rgw-1")],
  endpoints: [endpoint("vpce-1")],
  stats: { awsCalls: 42, durationMs: 7, cached: false },
});

beforeEach(() => {
  resetInventoryCache();
  loadConfig.mockReset().mockResolvedValue(config);
  discoverInventory.mockReset().mockResolvedValue(discovered);
});

describe("getInventory", () => {
  it("discovers once, then answers from cache with the same stats marked cached", async () => {
    const first = await getInventory();
    const second = await getInventory();
    expect(discoverInventory).toHaveBeenCalledTimes(1);
    expect(discoverInventory).toHaveBeenCalledWith(config);
    expect(first.stats).toEqual({ awsCalls: 42, durationMs: 7, cached: false });
    expect(second.stats).toEqual({ awsCalls: 42, durationMs: 7, cached: true });
  });

  it("shares one discovery between concurrent requests", async () => {
    await Promise.all([getInventory(), getInventory({ accounts: [C] }), getInventory()]);
    expect(discoverInventory).toHaveBeenCalledTimes(1);
  });

  it("rediscovers and rereads the config on refresh", async () => {
    await getInventory();
    await getInventory({ refresh: true });
    expect(discoverInventory).toHaveBeenCalledTimes(2);
    expect(loadConfig).toHaveBeenCalledTimes(2);
  });

  it("filters by account", async () => {
    const inv = await getInventory({ accounts: [C] });
    expect(inv.gateways).toEqual([]);
    expect(inv.endpoints.map((e) => e.id)).toEqual(["vpce-1"]);
  });

  it("does not remember a config that failed to load", async () => {
    loadConfig.mockRejectedValueOnce(new Error("bad config"));
    await expect(getInventory()).rejects.toThrow("bad config");
    await expect(getInventory()).resolves.toMatchObject({ gateways: [{ id: "rgw-1" }] });
  });
});
