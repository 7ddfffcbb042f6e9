import type {
  Endpoint,
  Gateway,
  Inventory,
  ResourceConfiguration,
  ServiceNetwork,
} from "@/lib/schemas/inventory";

export type ResourceKind = "gateway" | "configuration" | "endpoint" | "service-network";

export interface KindMap {
  gateway: Gateway;
  configuration: ResourceConfiguration;
  endpoint: Endpoint;
  "service-network": ServiceNetwork;
}

export function itemsOfKind<K extends ResourceKind>(inv: Inventory, kind: K): KindMap[K][] {
  const lists: { [P in ResourceKind]: KindMap[P][] } = {
    gateway: inv.gateways,
    configuration: inv.resourceConfigurations,
    endpoint: inv.endpoints,
    "service-network": inv.serviceNetworks,
  };
  return lists[kind];
}

/** The item of `kind` whose id (or ARN) is `id`, or undefined. */
export function findById<K extends ResourceKind>(
  inv: Inventory,
  kind: K,
  id: string,
): KindMap[K] | undefined {
  return itemsOfKind(inv, kind).find((item) => item.id === id || item.arn === id);
}
