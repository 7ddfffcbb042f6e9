import "server-only";
import { loadConfig } from "@/lib/config/load-config";
import type { LensConfig } from "@/lib/config/schema";
import type { Inventory } from "@/lib/schemas/inventory";
import { discoverInventory } from "./discover-inventory";
import { filterInventory } from "./filter-inventory";
import { InventoryCache } from "./inventory-cache";

export interface InventoryFilter {
  accounts?: string[];
  regions?: string[];
  /** Bypass the cache and rediscover now. */
  refresh?: boolean;
}

const cache = new InventoryCache<Inventory>();
let config: Promise<LensConfig> | undefined;

/**
 * The inventory for the configured accounts × regions, filtered by owner account and region.
 * The whole estate is discovered once and cached for config.inventoryTtlSeconds; concurrent
 * callers share one discovery; `refresh: true` rediscovers (and rereads the config file).
 * `stats.cached` says whether this answer came from the cache.
 */
export async function getInventory(filter: InventoryFilter = {}): Promise<Inventory> {
  if (filter.refresh || !config) config = loadConfig();
  const current = config;
  // A config that failed to load is not remembered: the next call tries again.
  const lens = await current.catch((e) => {
    if (config === current) config = undefined;
    throw e;
  });
  const { data, cached } = await cache.get(
    lens.inventoryTtlSeconds * 1000,
    () => discoverInventory(lens),
    filter.refresh,
  );
  const filtered = filterInventory(data, filter);
  return { ...filtered, stats: { ...data.stats, cached } };
}

/** Drops the cached inventory and config (tests, and after the config file changes). */
export function resetInventoryCache(): void {
  cache.clear();
  config = undefined;
}
