import type { EstateTraffic, TrafficTotals } from "@/lib/schemas/traffic";

export interface RankedConfiguration {
  id: string;
  totals: TrafficTotals;
}

/**
 * The estate's configurations ranked by one total, biggest first, zeroes dropped (a "top by
 * rejects" list of configurations with no rejects says nothing). Configurations without a data
 * source are counted separately, never ranked as 0.
 */
export function rankConfigurations(
  estate: EstateTraffic,
  by: "bytes" | "rejects",
  limit = 5,
): { top: RankedConfiguration[]; withoutSource: string[] } {
  const withData: RankedConfiguration[] = [];
  const withoutSource: string[] = [];
  for (const c of estate.configurations) {
    if (c.totals) withData.push({ id: c.id, totals: c.totals });
    else withoutSource.push(c.id);
  }
  const top = withData
    .filter((c) => c.totals[by] > 0)
    .sort((a, b) => b.totals[by] - a.totals[by] || a.id.localeCompare(b.id))
    .slice(0, limit);
  return { top, withoutSource };
}
