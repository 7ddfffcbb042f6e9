/**
 * Prices are data, not code (design §4): the bundled table (prices.json, dated, each entry with its
 * source and `confirmed: false`) and per-region overrides from the config file. Pure.
 */
import bundled from "./prices.json";

export type HourlyPriceKey =
  | "resourceEndpointHour"
  | "serviceNetworkResourceHour"
  | "serviceNetworkEndpointHour"
  | "serviceNetworkVpcAssociationHour";

/** Whether the Resource endpoint's hourly price is per endpoint or per endpoint and AZ. */
export type EndpointBasis = "endpoint" | "endpoint-az";

interface PriceMeta {
  label: string;
  source: string;
  date: string;
  confirmed: boolean;
}

export interface HourlyPrice extends PriceMeta {
  usd: number;
  unit: "hour";
  basis?: EndpointBasis;
}

export interface PriceTier {
  /** Upper bound of the tier on the regional monthly aggregate, GB; null = no bound. */
  upToGb: number | null;
  usd: number;
}

export interface DataPrice extends PriceMeta {
  unit: "GB";
  tiers: PriceTier[];
}

export interface RegionPrices {
  region: string;
  currency: "USD";
  /** Bytes in a billed GB (AWS bills binary gigabytes). */
  gigabyteBytes: number;
  hourly: Record<HourlyPriceKey, HourlyPrice>;
  dataProcessingGb: DataPrice;
  /** True when any entry comes from the config file. */
  overridden: boolean;
}

export interface PriceTable {
  currency: "USD";
  date: string;
  note: string;
  gigabyteBytes: number;
  entries: Record<HourlyPriceKey, HourlyPrice> & { dataProcessingGb: DataPrice };
}

/** What the config file may override for a region: any entry, any field but the label. */
export interface PriceOverride {
  usd?: number;
  basis?: EndpointBasis;
  source?: string;
  date?: string;
  confirmed?: boolean;
}
export interface DataPriceOverride {
  tiers?: PriceTier[];
  source?: string;
  date?: string;
  confirmed?: boolean;
}
export type RegionPriceOverrides = Partial<Record<HourlyPriceKey, PriceOverride>> & {
  dataProcessingGb?: DataPriceOverride;
};
export interface PriceOverrides {
  regions?: Record<string, RegionPriceOverrides>;
}

export const hourlyKeys: HourlyPriceKey[] = [
  "resourceEndpointHour",
  "serviceNetworkResourceHour",
  "serviceNetworkEndpointHour",
  "serviceNetworkVpcAssociationHour",
];

export const defaultPriceTable = bundled as PriceTable;

/** Where a config override says it came from, when it does not say. */
export const CONFIG_SOURCE = "config file (prices.regions)";

/**
 * The prices for one region: the table's entries with the config file's overrides for that region
 * laid over them. An override without a source is named as coming from the config file, and counts
 * as confirmed unless it says otherwise (the user put it there after checking their rate card).
 */
export function pricesForRegion(
  region: string,
  overrides: PriceOverrides | undefined,
  table: PriceTable = defaultPriceTable,
): RegionPrices {
  const o = overrides?.regions?.[region];
  const hourly = {} as Record<HourlyPriceKey, HourlyPrice>;
  for (const key of hourlyKeys) {
    const base = table.entries[key];
    const over = o?.[key];
    hourly[key] = over
      ? {
          ...base,
          usd: over.usd ?? base.usd,
          basis: over.basis ?? base.basis,
          source: over.source ?? `${CONFIG_SOURCE}.${region}.${key}`,
          date: over.date ?? base.date,
          confirmed: over.confirmed ?? true,
        }
      : base;
  }
  const d = table.entries.dataProcessingGb;
  const dOver = o?.dataProcessingGb;
  const dataProcessingGb: DataPrice = dOver
    ? {
        ...d,
        tiers: dOver.tiers ?? d.tiers,
        source: dOver.source ?? `${CONFIG_SOURCE}.${region}.dataProcessingGb`,
        date: dOver.date ?? d.date,
        confirmed: dOver.confirmed ?? true,
      }
    : d;
  return {
    region,
    currency: "USD",
    gigabyteBytes: table.gigabyteBytes,
    hourly,
    dataProcessingGb,
    overridden: o !== undefined && Object.keys(o).length > 0,
  };
}

/** Hourly price of one Resource endpoint: the rate, times its AZs when the basis is per endpoint-AZ. */
export function endpointHourly(prices: RegionPrices, availabilityZones: number): number {
  const p = prices.hourly.resourceEndpointHour;
  return p.basis === "endpoint-az" ? p.usd * Math.max(1, availabilityZones) : p.usd;
}
