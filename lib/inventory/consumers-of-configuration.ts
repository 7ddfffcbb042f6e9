import type { AccessPattern, Endpoint, Inventory } from "@/lib/schemas/inventory";
import { type AssociationOf, indexInventory } from "./inventory-index";

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

/**
 * The configurations whose associations reach `id`: itself and, for a CHILD, its GROUP parent
 * (associating a group shares every child through the same endpoint or network).
 */
export function reachingConfigurationIds(inv: Inventory, id: string): string[] {
  const cfg = indexInventory(inv).configById.get(id);
  return cfg?.parentId ? [id, cfg.parentId] : [id];
}

/** Service-network resource associations of the configuration (or its parent). */
export function serviceNetworkLinksOf(inv: Inventory, id: string): AssociationOf<"sn-resource">[] {
  const index = indexInventory(inv);
  return reachingConfigurationIds(inv, id).flatMap((c) => index.snResourceAssocsByConfig.get(c) ?? []);
}

function fromEndpoint(e: Endpoint | undefined, base: Consumer): Consumer {
  return e ? { ...base, endpointState: e.state, accountId: e.accountId, vpcId: e.vpcId ?? base.vpcId } : base;
}

/** Everyone who can reach configuration `id`, grouped by access pattern (always three groups). */
export function consumersOfConfiguration(inv: Inventory, id: string): ConsumerGroup[] {
  const index = indexInventory(inv);
  const ids = reachingConfigurationIds(inv, id);

  // 1: Resource endpoints, by association; endpoints whose association was not listed
  // (e.g. discovered only in the consumer account) are added from the endpoint side.
  const p1: Consumer[] = [];
  const seen1 = new Set<string>();
  for (const cfgId of ids) {
    for (const a of index.resourceEndpointAssocsByConfig.get(cfgId) ?? []) {
      seen1.add(a.vpcEndpointId);
      p1.push(
        fromEndpoint(index.endpointById.get(a.vpcEndpointId), {
          pattern: "resource-endpoint",
          associationId: a.id,
          associationStatus: a.status,
          viaConfigurationId: cfgId,
          endpointId: a.vpcEndpointId,
          accountId: a.vpcEndpointOwner ?? a.accountId,
          region: a.region,
        }),
      );
    }
  }
  for (const cfgId of ids) {
    for (const e of index.resourceEndpointsByConfig.get(cfgId) ?? []) {
      if (seen1.has(e.id)) continue;
      p1.push(
        fromEndpoint(e, {
          pattern: "resource-endpoint",
          viaConfigurationId: cfgId,
          endpointId: e.id,
          region: e.region,
        }),
      );
    }
  }

  // 2 and 3 go through the service networks the configuration (or its parent) is in.
  const via = new Map<string, string>(); // network id → configuration id
  for (const a of serviceNetworkLinksOf(inv, id)) {
    if (!via.has(a.serviceNetworkId)) via.set(a.serviceNetworkId, a.resourceConfigurationId);
  }

  const p2: Consumer[] = [];
  const p3: Consumer[] = [];
  for (const [networkId, cfgId] of via) {
    const seen2 = new Set<string>();
    for (const a of index.snEndpointAssocsByNetwork.get(networkId) ?? []) {
      seen2.add(a.vpcEndpointId);
      p2.push(
        fromEndpoint(index.endpointById.get(a.vpcEndpointId), {
          pattern: "sn-endpoint",
          associationId: a.id,
          associationStatus: a.status,
          viaConfigurationId: cfgId,
          serviceNetworkId: networkId,
          endpointId: a.vpcEndpointId,
          accountId: a.accountId,
          region: a.region,
          vpcId: a.vpcId,
        }),
      );
    }
    for (const e of index.snEndpointsByNetwork.get(networkId) ?? []) {
      if (seen2.has(e.id)) continue;
      p2.push(
        fromEndpoint(e, {
          pattern: "sn-endpoint",
          viaConfigurationId: cfgId,
          serviceNetworkId: networkId,
          endpointId: e.id,
          region: e.region,
        }),
      );
    }
    for (const a of index.snVpcAssocsByNetwork.get(networkId) ?? []) {
      p3.push({
        pattern: "sn-vpc-association",
        associationId: a.id,
        associationStatus: a.status,
        viaConfigurationId: cfgId,
        serviceNetworkId: networkId,
        accountId: a.accountId,
        region: a.region,
        vpcId: a.vpcId,
      });
    }
  }

  return [
    { pattern: "resource-endpoint", label: accessPatternLabels["resource-endpoint"], consumers: p1 },
    { pattern: "sn-endpoint", label: accessPatternLabels["sn-endpoint"], consumers: p2 },
    { pattern: "sn-vpc-association", label: accessPatternLabels["sn-vpc-association"], consumers: p3 },
  ];
}
