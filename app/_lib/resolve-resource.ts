import "server-only";
import { notFound, redirect } from "next/navigation";
import { findById, type KindMap, type ResourceKind } from "@/lib/inventory/find-by-id";
import { resourceIdFromParam } from "@/lib/inventory/resource-id-from-param";
import type { Inventory } from "@/lib/schemas/inventory";
import { type InventoryResult, loadInventory } from "./load-inventory";

const basePath: Record<ResourceKind, string> = {
  gateway: "/gateways",
  configuration: "/configurations",
  endpoint: "/endpoints",
  "service-network": "/service-networks",
};

/**
 * A detail page's resource from its path segment: an ARN redirects to the id form (one canonical
 * URL per resource), an unknown id is a 404, a failed discovery is returned for the page to show.
 */
export async function resolveResource<K extends ResourceKind>(
  kind: K,
  param: string,
): Promise<Extract<InventoryResult, { ok: false }> | { ok: true; inventory: Inventory; item: KindMap[K] }> {
  const { id, wasArn } = resourceIdFromParam(param);
  if (wasArn) redirect(`${basePath[kind]}/${encodeURIComponent(id)}`);
  const result = await loadInventory();
  if (!result.ok) return result;
  const item = findById(result.inventory, kind, id);
  if (!item) notFound();
  return { ok: true, inventory: result.inventory, item };
}
