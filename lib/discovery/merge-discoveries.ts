import type { RegionDiscovery } from "./discover-region";

export type MergedDiscovery = Omit<RegionDiscovery, "accountId" | "region">;

type Keyed = { accountId: string; region: string; id: string; arn?: string };

/**
 * Merges what every account × region saw into one list per kind, deduplicated: RAM-shared
 * configurations and service networks are seen by their owner and by every consumer. The copy
 * seen by the owner wins (only it carries ports, definition, tags and access logs).
 */
export function mergeDiscoveries(regions: RegionDiscovery[]): MergedDiscovery {
  const merge = <T extends Keyed>(pick: (r: RegionDiscovery) => T[]): T[] => {
    const byKey = new Map<string, { item: T; fromOwner: boolean }>();
    for (const r of regions) {
      for (const item of pick(r)) {
        const key = item.arn || `${item.accountId}:${item.region}:${item.id}`;
        const fromOwner = item.accountId === r.accountId;
        const seen = byKey.get(key);
        if (!seen || (fromOwner && !seen.fromOwner)) byKey.set(key, { item, fromOwner });
      }
    }
    return [...byKey.values()].map((v) => v.item);
  };
  return {
    gateways: merge((r) => r.gateways),
    resourceConfigurations: merge((r) => r.resourceConfigurations),
    serviceNetworks: merge((r) => r.serviceNetworks),
    endpoints: merge((r) => r.endpoints),
    associations: merge((r) => r.associations),
    enis: merge((r) => r.enis),
    securityGroups: merge((r) => r.securityGroups),
    subnets: merge((r) => r.subnets),
    vpcs: merge((r) => r.vpcs),
    flowLogs: merge((r) => r.flowLogs),
    networkAcls: merge((r) => r.networkAcls),
    routeTables: merge((r) => r.routeTables),
  };
}
