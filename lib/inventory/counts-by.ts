import type { Inventory } from "@/lib/schemas/inventory";

export interface KindCounts {
  gateways: number;
  configurations: number;
  endpoints: number;
  serviceNetworks: number;
  associations: number;
}

export interface InventoryCounts {
  total: KindCounts;
  byAccount: Array<KindCounts & { accountId: string; name?: string }>;
  byRegion: Array<KindCounts & { region: string }>;
}

const zero = (): KindCounts => ({
  gateways: 0,
  configurations: 0,
  endpoints: 0,
  serviceNetworks: 0,
  associations: 0,
});

/** Counts per kind, overall and per account and region (watched ones listed even when empty). */
export function countsBy(inv: Inventory): InventoryCounts {
  const total = zero();
  const accounts = new Map<string, KindCounts>();
  const regions = new Map<string, KindCounts>();
  for (const a of inv.accounts) accounts.set(a.accountId, zero());
  for (const r of inv.regions) regions.set(r, zero());

  const add = (key: keyof KindCounts, items: ReadonlyArray<{ accountId: string; region: string }>) => {
    for (const item of items) {
      total[key]++;
      const acc = accounts.get(item.accountId) ?? zero();
      acc[key]++;
      accounts.set(item.accountId, acc);
      const reg = regions.get(item.region) ?? zero();
      reg[key]++;
      regions.set(item.region, reg);
    }
  };
  add("gateways", inv.gateways);
  add("configurations", inv.resourceConfigurations);
  add("endpoints", inv.endpoints);
  add("serviceNetworks", inv.serviceNetworks);
  add("associations", inv.associations);

  const names = new Map(inv.accounts.map((a) => [a.accountId, a.name]));
  return {
    total,
    byAccount: [...accounts]
      .map(([accountId, c]) => ({ accountId, name: names.get(accountId), ...c }))
      .sort((a, b) => a.accountId.localeCompare(b.accountId)),
    byRegion: [...regions]
      .map(([region, c]) => ({ region, ...c }))
      .sort((a, b) => a.region.localeCompare(b.region)),
  };
}
