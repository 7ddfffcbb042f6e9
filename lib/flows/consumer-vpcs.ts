/**
 * The VPCs that can reach a set of configurations, from the inventory alone: Resource endpoints
 * on them, and the endpoints and VPC associations of the service networks they are associated
 * with. Traffic may name more (accounts not configured); this is what health can be looked up for.
 * Pure.
 */
import type { Endpoint, Inventory } from "@/lib/schemas/inventory";

export function consumerVpcs(inventory: Inventory, configurationIds: ReadonlySet<string>): string[] {
  const { networks } = reach(inventory, configurationIds);
  const vpcs = new Set(consumerEndpoints(inventory, configurationIds).map((e) => e.vpcId));
  for (const a of inventory.associations)
    if (a.kind === "sn-vpc" && networks.has(a.serviceNetworkId)) vpcs.add(a.vpcId);
  return [...vpcs].sort();
}

/** The VPC endpoints that can reach the configurations: Resource endpoints on them (or their parents) and their service networks' endpoints. */
export function consumerEndpoints(inventory: Inventory, configurationIds: ReadonlySet<string>): Endpoint[] {
  const { ids, networks } = reach(inventory, configurationIds);
  return inventory.endpoints.filter(
    (e) =>
      (e.resourceConfigurationId && ids.has(e.resourceConfigurationId)) ||
      (e.serviceNetworkId && networks.has(e.serviceNetworkId)),
  );
}

function reach(inventory: Inventory, configurationIds: ReadonlySet<string>) {
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
  return { ids, networks };
}
