import "server-only";
import { loadConfig } from "@/lib/config/load-config";
import type { LensConfig } from "@/lib/config/schema";
import type { Inventory } from "@/lib/schemas/inventory";
import { discoverInventory } from "./discover-inventory";
import { recordDiscoveryFailure, recordDiscoveryStart, recordDiscoverySuccess } from "./discovery-status";
import { filterInventory } from "./filter-inventory";
import { InventoryCache } from "./inventory-cache";

export interface InventoryFilter {
  accounts?: string[];
  regions?: string[];
  /** Bypass the cache and rediscover now. */
  refresh?: boolean;
}

/**
 * Process-wide state on globalThis: a production Next.js build bundles pages, route handlers and
 * server actions separately, each with its own copy of this module, and they must share one cache
 * (one discovery, one refresh) rather than each discovering the estate on its own.
 */
const shared = globalThis as { __latticeLensInventory?: InventoryState };
shared.__latticeLensInventory ??= { cache: new InventoryCache<Inventory>() };
const state = shared.__latticeLensInventory;

interface InventoryState {
  cache: InventoryCache<Inventory>;
  config?: Promise<LensConfig>;
}

/**
 * The inventory for the configured accounts × regions, filtered by owner account and region.
 * The whole estate is discovered once and cached for config.inventoryTtlSeconds; concurrent
 * callers share one discovery; `refresh: true` rediscovers (and rereads the config file).
 * `stats.cached` says whether this answer came from the cache.
 */
export async function getInventory(filter: InventoryFilter = {}): Promise<Inventory> {
  if (filter.refresh || !state.config) state.config = loadConfig();
  const current = state.config;
  // A config that failed to load is not remembered: the next call tries again.
  const lens = await current.catch((e) => {
    if (state.config === current) state.config = undefined;
    throw e;
  });
  const { data, cached } = await state.cache.get(
    lens.inventoryTtlSeconds * 1000,
    () => trackedDiscovery(lens),
    filter.refresh,
  );
  const filtered = filterInventory(data, filter);
  return { ...filtered, stats: { ...data.stats, cached } };
}

/** A discovery whose outcome /api/ready reports (lib/discovery/discovery-status). */
async function trackedDiscovery(lens: LensConfig): Promise<Inventory> {
  recordDiscoveryStart();
  try {
    const inventory = await discoverInventory(lens);
    const sources = lens.accounts.flatMap((a) =>
      (a.regions ?? lens.regions).map((region) => ({ accountId: a.id, region })),
    );
    recordDiscoverySuccess(sources, inventory.warnings);
    return inventory;
  } catch (e) {
    recordDiscoveryFailure(e);
    throw e;
  }
}

/** Drops the cached inventory and config (tests, and after the config file changes). */
export function resetInventoryCache(): void {
  state.cache.clear();
  state.config = undefined;
}
