/** Sorting the cost table by any column; unknown (null) figures sort last either way. Pure. */
import type { ConfigurationCost } from "./cost-result";

export const costSortKeys = [
  "name",
  "region",
  "patterns",
  "consumers",
  "hourly",
  "gb",
  "data",
  "soFar",
  "projected",
  "saving",
  "breakEven",
] as const;
export type CostSortKey = (typeof costSortKeys)[number];

const value: Record<CostSortKey, (c: ConfigurationCost) => string | number | null> = {
  name: (c) => c.name.toLowerCase(),
  region: (c) => c.region,
  patterns: (c) => c.patterns.join(","),
  consumers: (c) => c.consumers,
  hourly: (c) => c.hourlyCharges.projectedMonth,
  gb: (c) => c.gb.projectedMonth ?? c.gb.soFar,
  data: (c) => c.dataCharges.projectedMonth ?? c.dataCharges.soFar,
  soFar: (c) => c.totalSoFar,
  projected: (c) => c.projectedMonth,
  saving: (c) => c.saving?.usdPerMonth ?? 0,
  breakEven: (c) => c.breakEvenConsumers,
};

export function sortCosts(
  rows: readonly ConfigurationCost[],
  sort: { key: CostSortKey; desc: boolean } | undefined,
): ConfigurationCost[] {
  // Default: most expensive first, the question a FinOps reader asks first.
  const { key, desc } = sort ?? { key: "projected", desc: true };
  const get = value[key];
  return [...rows].sort((a, b) => {
    const x = get(a);
    const y = get(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const cmp = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return (desc ? -cmp : cmp) || a.name.localeCompare(b.name);
  });
}
