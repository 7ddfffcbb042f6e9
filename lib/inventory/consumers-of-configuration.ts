import type { AccessPattern, Association, Endpoint, Inventory } from "@/lib/schemas/inventory";

export interface Consumer {
  pattern: AccessPattern;
  /** The association that grants access (resource-endpoint, sn-endpoint or sn-vpc). */
  associationId?: string;
  associationStatus?: string;
  /** The configuration the path attaches to: this one, or its GROUP parent. */
  viaConfigurationId: string;
  serviceNetworkId?: string;
  endpointId?: string;
  endpointState?: string;
  accountId?: string;
  region: string;
  vpcId?: string;
}

export interface ConsumerGroup {
  pattern: AccessPattern;
  label: string;
  consumers: Consumer[];
}

export const accessPatternLabels: Record<AccessPattern, string> = {
  "resource-endpoint": "Resource endpoint (PrivateLink)",
  "sn-endpoint": "Service network endpoint",
  "sn-vpc-association": "Service network VPC association",
};

type Of<K extends Association["kind"]> = Extract<Association, { kind: K }>;
const ofKind = <K extends Association["kind"]>(inv: Inventory, kind: K) =>
  inv.associations.filter((a): a is Of<K> => a.kind === kind);

/**
 * The configurations whose associations reach `id`: itself and, for a CHILD, its GROUP parent
 * (associating a group shares every child through the same endpoint or network).
 */
export function reachingConfigurationIds(inv: Inventory, id: string): string[] {
  const cfg = inv.resourceConfigurations.find((c) => c.id === id);
  return cfg?.parentId ? [id, cfg.parentId] : [id];
}

/** Service-network resource associations of the configuration (or its parent). */
export function serviceNetworkLinksOf(inv: Inventory, id: string): Of<"sn-resource">[] {
  const ids = new Set(reachingConfigurationIds(inv, id));
  return ofKind(inv, "sn-resource").filter((a) => ids.has(a.resourceConfigurationId));
}

function fromEndpoint(
  e: Endpoint | undefined,
  base: Omit<Consumer, "region"> & { region: string },
): Consumer {
  return e ? { ...base, endpointState: e.state, accountId: e.accountId, vpcId: e.vpcId ?? base.vpcId } : base;
}

/** Everyone who can reach configuration `id`, grouped by access pattern (always three groups). */
export function consumersOfConfiguration(inv: Inventory, id: string): ConsumerGroup[] {
  const ids = new Set(reachingConfigurationIds(inv, id));
  const endpoints = new Map(inv.endpoints.map((e) => [e.id, e]));

  // 1: Resource endpoints, by association; endpoints whose association was not listed
  // (e.g. discovered only in the consumer account) are added from the endpoint side.
  const p1: Consumer[] = [];
  const seen1 = new Set<string>();
  for (const a of ofKind(inv, "resource-endpoint")) {
    if (!ids.has(a.resourceConfigurationId)) continue;
    seen1.add(a.vpcEndpointId);
    p1.push(
      fromEndpoint(endpoints.get(a.vpcEndpointId), {
        pattern: "resource-endpoint",
        associationId: a.id,
        associationStatus: a.status,
        viaConfigurationId: a.resourceConfigurationId,
        endpointId: a.vpcEndpointId,
        accountId: a.vpcEndpointOwner ?? a.accountId,
        region: a.region,
      }),
    );
  }
  for (const e of inv.endpoints) {
    if (e.type !== "Resource" || !e.resourceConfigurationId || seen1.has(e.id)) continue;
    if (!ids.has(e.resourceConfigurationId)) continue;
    p1.push(
      fromEndpoint(e, {
        pattern: "resource-endpoint",
        viaConfigurationId: e.resourceConfigurationId,
        endpointId: e.id,
        region: e.region,
      }),
    );
  }

  // 2 and 3 go through the service networks the configuration (or its parent) is in.
  const via = new Map<string, string>(); // network id → configuration id
  for (const a of serviceNetworkLinksOf(inv, id)) via.set(a.serviceNetworkId, a.resourceConfigurationId);

  const p2: Consumer[] = [];
  const seen2 = new Set<string>();
  for (const a of ofKind(inv, "sn-endpoint")) {
    const cfgId = via.get(a.serviceNetworkId);
    if (!cfgId) continue;
    seen2.add(a.vpcEndpointId);
    p2.push(
      fromEndpoint(endpoints.get(a.vpcEndpointId), {
        pattern: "sn-endpoint",
        associationId: a.id,
        associationStatus: a.status,
        viaConfigurationId: cfgId,
        serviceNetworkId: a.serviceNetworkId,
        endpointId: a.vpcEndpointId,
        accountId: a.accountId,
        region: a.region,
        vpcId: a.vpcId,
      }),
    );
  }
  for (const e of inv.endpoints) {
    const cfgId = e.serviceNetworkId ? via.get(e.serviceNetworkId) : undefined;
    if (e.type !== "ServiceNetwork" || !cfgId || seen2.has(e.id)) continue;
    p2.push(
      fromEndpoint(e, {
        pattern: "sn-endpoint",
        viaConfigurationId: cfgId,
        serviceNetworkId: e.serviceNetworkId,
        endpointId: e.id,
        region: e.region,
      }),
    );
  }

  const p3: Consumer[] = ofKind(inv, "sn-vpc").flatMap((a) => {
    const cfgId = via.get(a.serviceNetworkId);
    if (!cfgId) return [];
    return [
      {
        pattern: "sn-vpc-association" as const,
        associationId: a.id,
        associationStatus: a.status,
        viaConfigurationId: cfgId,
        serviceNetworkId: a.serviceNetworkId,
        accountId: a.accountId,
        region: a.region,
        vpcId: a.vpcId,
      },
    ];
  });

  return [
    { pattern: "resource-endpoint", label: accessPatternLabels["resource-endpoint"], consumers: p1 },
    { pattern: "sn-endpoint", label: accessPatternLabels["sn-endpoint"], consumers: p2 },
    { pattern: "sn-vpc-association", label: accessPatternLabels["sn-vpc-association"], consumers: p3 },
  ];
}
