"use server";

import { getInventory } from "@/lib/discovery/get-inventory";
import { isAppError } from "@/lib/errors";

/**
 * Rediscovers now. A server action rather than a fetch of /api/inventory?refresh=1: in a production
 * build route handlers and pages are separate bundles with separate module instances, so refreshing
 * through the route handler would not refresh the cache the pages read.
 */
export async function refreshInventory(): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await getInventory({ refresh: true });
    return { ok: true };
  } catch (e) {
    if (!isAppError(e)) console.error("Inventory refresh failed", e);
    return {
      ok: false,
      message: isAppError(e) ? e.message : "Refresh failed; the server log has the details.",
    };
  }
}
