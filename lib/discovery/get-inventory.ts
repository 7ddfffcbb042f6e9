import "server-only";
import type { Inventory } from "@/lib/schemas/inventory";

export interface InventoryFilter {
  accounts?: string[];
  regions?: string[];
  /** Bypass the cache and rediscover now. */
  refresh?: boolean;
}

/**
 * The inventory for the configured accounts × regions, filtered.
 * PLACEHOLDER until lib/discovery lands: the discovery work replaces this body.
 */
export async function getInventory(_filter: InventoryFilter = {}): Promise<Inventory> {
  throw new Error("discovery not implemented yet");
}
