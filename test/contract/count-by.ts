/** Counts of an inventory list by owner account and by region, in the shape of the facts file. */
export function countBy(items: { accountId: string; region: string }[]) {
  const byAccount: Record<string, number> = {};
  const byRegion: Record<string, number> = {};
  for (const i of items) {
    byAccount[i.accountId] = (byAccount[i.accountId] ?? 0) + 1;
    byRegion[i.region] = (byRegion[i.region] ?? 0) + 1;
  }
  return { total: items.length, byAccount, byRegion };
}

export function tally<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}
