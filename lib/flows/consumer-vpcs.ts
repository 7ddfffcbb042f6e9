/**
 * The VPCs that can reach a set of configurations, from the inventory alone: Resource endpoints
 * on them, and the endpoints and VPC associations of the service networks they are associated
 * with. Traffic may name more (accounts not configured); this is what health can be looked up for.
 * Pure.
 */
import type { Inventory } from "@/lib/schemas/inventory";

export function consumerVpcs(inventory: Inventory, configurationIds: ReadonlySet<string>): string[] {
  const parents = new Set(
    inventory.resourceConfigurations
      .filter((c) => configurationIds.has(c.id) && c.parentId)
      .map((c) => c.parentId!),
  );
  const ids = new Set([...configurationIds, ...parents]);
  const networks = new Set(
    inventory.associations.flatMap((a) =>
      a.kind === "sn-resource" && ids.has(a.resourceConfigurationId) ? [a.serviceNetworkId] : [],
    ),
  );
  const vpcs = new Set<string>();
  for (const e of inventory.endpoints) {
    if (
      (e.resourceConfigurationId && ids.has(e.resourceConfigurationId)) ||
      (e.serviceNetworkId && networks.has(e.serviceNetworkId))
    )
      vpcs.add(e.vpcId);
  }
  for (const a of inventory.associations)
    if (a.kind === "sn-vpc" && networks.has(a.serviceNetworkId)) vpcs.add(a.vpcId);
  return [...vpcs].sort();
}
