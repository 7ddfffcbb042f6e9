import type { Association, Endpoint, Inventory, ResourceConfiguration } from "@/lib/schemas/inventory";

export type AssociationOf<K extends Association["kind"]> = Extract<Association, { kind: K }>;

/** Lookups the views need per row; built once per inventory so a table over thousands of rows stays linear. */
export interface InventoryIndex {
  configById: Map<string, ResourceConfiguration>;
  endpointById: Map<string, Endpoint>;
  resourceEndpointAssocsByConfig: Map<string, AssociationOf<"resource-endpoint">[]>;
  snResourceAssocsByConfig: Map<string, AssociationOf<"sn-resource">[]>;
  snEndpointAssocsByNetwork: Map<string, AssociationOf<"sn-endpoint">[]>;
  snVpcAssocsByNetwork: Map<string, AssociationOf<"sn-vpc">[]>;
  resourceEndpointsByConfig: Map<string, Endpoint[]>;
  snEndpointsByNetwork: Map<string, Endpoint[]>;
}

function push<V>(map: Map<string, V[]>, key: string | undefined, value: V) {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The inventory is immutable once discovered, so an index keyed by the object itself never goes stale.
const cache = new WeakMap<Inventory, InventoryIndex>();

export function indexInventory(inv: Inventory): InventoryIndex {
  const hit = cache.get(inv);
  if (hit) return hit;
  const index: InventoryIndex = {
    configById: new Map(inv.resourceConfigurations.map((c) => [c.id, c])),
    endpointById: new Map(inv.endpoints.map((e) => [e.id, e])),
    resourceEndpointAssocsByConfig: new Map(),
    snResourceAssocsByConfig: new Map(),
    snEndpointAssocsByNetwork: new Map(),
    snVpcAssocsByNetwork: new Map(),
    resourceEndpointsByConfig: new Map(),
    snEndpointsByNetwork: new Map(),
  };
  for (const a of inv.associations) {
    if (a.kind === "resource-endpoint")
      push(index.resourceEndpointAssocsByConfig, a.resourceConfigurationId, a);
    else if (a.kind === "sn-resource") push(index.snResourceAssocsByConfig, a.resourceConfigurationId, a);
    else if (a.kind === "sn-endpoint") push(index.snEndpointAssocsByNetwork, a.serviceNetworkId, a);
    else if (a.kind === "sn-vpc") push(index.snVpcAssocsByNetwork, a.serviceNetworkId, a);
  }
  for (const e of inv.endpoints) {
    if (e.type === "Resource") push(index.resourceEndpointsByConfig, e.resourceConfigurationId, e);
    if (e.type === "ServiceNetwork") push(index.snEndpointsByNetwork, e.serviceNetworkId, e);
  }
  cache.set(inv, index);
  return index;
}
