import type { Inventory } from "@/lib/schemas/inventory";

export interface InventoryScope {
  accounts?: string[];
  regions?: string[];
}

/**
 * The inventory restricted to some accounts and/or regions (by each item's owner account and
 * region). Empty or absent lists mean "all". Warnings follow the same scope; a warning with no
 * account or region is always kept. Pure.
 */
export function filterInventory(inventory: Inventory, scope: InventoryScope): Inventory {
  const accounts = scope.accounts?.length ? new Set(scope.accounts) : undefined;
  const regions = scope.regions?.length ? new Set(scope.regions) : undefined;
  if (!accounts && !regions) return inventory;
  const keep = (item: { accountId?: string; region?: string }) =>
    (!accounts || item.accountId === undefined || accounts.has(item.accountId)) &&
    (!regions || item.region === undefined || regions.has(item.region));
  return {
    ...inventory,
    accounts: inventory.accounts.filter((a) => !accounts || accounts.has(a.accountId)),
    regions: inventory.regions.filter((r) => !regions || regions.has(r)),
    gateways: inventory.gateways.filter(keep),
    resourceConfigurations: inventory.resourceConfigurations.filter(keep),
    serviceNetworks: inventory.serviceNetworks.filter(keep),
    endpoints: inventory.endpoints.filter(keep),
    associations: inventory.associations.filter(keep),
    securityGroups: inventory.securityGroups.filter(keep),
    subnets: inventory.subnets.filter(keep),
    vpcs: inventory.vpcs.filter(keep),
    flowLogs: inventory.flowLogs.filter(keep),
    networkAcls: inventory.networkAcls.filter(keep),
    routeTables: inventory.routeTables.filter(keep),
    warnings: inventory.warnings.filter(keep),
  };
}
