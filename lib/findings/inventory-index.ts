import type {
  Association,
  DiscoveryWarning,
  Endpoint,
  Gateway,
  Inventory,
  ResourceConfiguration,
  SecurityGroup,
  ServiceNetwork,
  Subnet,
} from "@/lib/schemas/inventory";

type SnResource = Extract<Association, { kind: "sn-resource" }>;

/** Lookups every rule needs, built once per inventory. */
export interface InventoryIndex {
  inventory: Inventory;
  gateways: Map<string, Gateway>;
  configurations: Map<string, ResourceConfiguration>;
  networks: Map<string, ServiceNetwork>;
  endpoints: Map<string, Endpoint>;
  securityGroups: Map<string, SecurityGroup>;
  subnets: Map<string, Subnet>;
  /** Resource ids (vpc-, subnet-, eni-) that have at least one active flow log. */
  flowLogged: Set<string>;
  snResourceByNetwork: Map<string, SnResource[]>;
  snResourceByConfiguration: Map<string, SnResource[]>;
}

const cache = new WeakMap<Inventory, InventoryIndex>();

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexInventory(inventory: Inventory): InventoryIndex {
  const cached = cache.get(inventory);
  if (cached) return cached;
  const snResourceByNetwork = new Map<string, SnResource[]>();
  const snResourceByConfiguration = new Map<string, SnResource[]>();
  for (const a of inventory.associations) {
    if (a.kind !== "sn-resource") continue;
    push(snResourceByNetwork, a.serviceNetworkId, a);
    push(snResourceByConfiguration, a.resourceConfigurationId, a);
  }
  const index: InventoryIndex = {
    inventory,
    gateways: byId(inventory.gateways),
    configurations: byId(inventory.resourceConfigurations),
    networks: byId(inventory.serviceNetworks),
    endpoints: byId(inventory.endpoints),
    securityGroups: byId(inventory.securityGroups),
    subnets: byId(inventory.subnets),
    // A flow log being created or failed records nothing; a missing status is taken as active.
    flowLogged: new Set(
      inventory.flowLogs
        .filter((f) => !f.status || f.status.toUpperCase() === "ACTIVE")
        .map((f) => f.resourceId),
    ),
    snResourceByNetwork,
    snResourceByConfiguration,
  };
  cache.set(inventory, index);
  return index;
}

/** CHILD configurations may carry no gateway id of their own: they use their parent's. */
export function gatewayIdOf(config: ResourceConfiguration, index: InventoryIndex): string | undefined {
  if (config.gatewayId) return config.gatewayId;
  return config.parentId ? index.configurations.get(config.parentId)?.gatewayId : undefined;
}

/** Discovery warnings for one account × region, optionally narrowed to operations matching `operation`. */
export function warningsFor(
  index: InventoryIndex,
  accountId: string,
  region: string,
  operation?: RegExp,
): DiscoveryWarning[] {
  return index.inventory.warnings.filter(
    (w) =>
      (w.accountId === undefined || w.accountId === accountId) &&
      (w.region === undefined || w.region === region) &&
      (operation === undefined || operation.test(w.operation)),
  );
}
