import "server-only";
import { cache } from "react";
import { getInventory } from "@/lib/discovery/get-inventory";
import { isAppError } from "@/lib/errors";
import type { Inventory } from "@/lib/schemas/inventory";

export type InventoryResult =
  | { ok: true; inventory: Inventory }
  | { ok: false; error: { code: string; message: string } };

/**
 * The inventory for this request, or the reason it could not be loaded. Errors are returned, not
 * thrown: in production Next.js hides server error messages from error.tsx, and an AppError's
 * message (bad config, no credentials) is exactly what the user needs to read.
 * `cache` dedupes the layout's and the page's calls within one request.
 */
export const loadInventory = cache(async (): Promise<InventoryResult> => {
  try {
    return { ok: true, inventory: await getInventory() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    console.error("Inventory failed", e);
    return {
      ok: false,
      error: { code: "internal", message: "Discovery failed unexpectedly; the server log has the details." },
    };
  }
});
