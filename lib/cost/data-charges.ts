/**
 * Data-processing charges: tiers apply to the regional monthly aggregate (every VPC resource and
 * resource endpoint in the region), so a configuration's charge is its share of the regional total
 * priced on the tiers, i.e. the regional average rate times its GB. Pure.
 */
import type { PriceTier } from "./price-table";

export interface TierUse {
  tier: PriceTier;
  gb: number;
  usd: number;
}

/** The cost of `gb` on the tiers, with the GB that fell in each tier. */
export function tieredCost(gb: number, tiers: readonly PriceTier[]): { usd: number; uses: TierUse[] } {
  let remaining = Math.max(0, gb);
  let lower = 0;
  let usd = 0;
  const uses: TierUse[] = [];
  for (const tier of tiers) {
    if (remaining <= 0) break;
    const width = tier.upToGb === null ? Number.POSITIVE_INFINITY : tier.upToGb - lower;
    const inTier = Math.min(remaining, width);
    if (inTier > 0) {
      uses.push({ tier, gb: inTier, usd: inTier * tier.usd });
      usd += inTier * tier.usd;
      remaining -= inTier;
    }
    lower = tier.upToGb ?? lower;
  }
  return { usd, uses };
}

export interface RegionalRate {
  /** Regional aggregate GB. */
  gb: number;
  usd: number;
  /** Average $/GB over the aggregate: what each GB is allocated (0 GB → the first tier's rate). */
  usdPerGb: number;
  uses: TierUse[];
}

export function regionalRate(gb: number, tiers: readonly PriceTier[]): RegionalRate {
  const { usd, uses } = tieredCost(gb, tiers);
  return { gb, usd, usdPerGb: gb > 0 ? usd / gb : (tiers[0]?.usd ?? 0), uses };
}
