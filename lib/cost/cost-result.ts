/** The cost DTO: what `GET /api/cost` returns and the /cost page and configuration panel render. */
import type { Pattern, PatternTraits } from "./patterns";
import type { DataPrice, HourlyPrice, HourlyPriceKey } from "./price-table";

export interface ChargeLine {
  kind: "resource-endpoint" | "sn-resource" | "sn-endpoint" | "sn-vpc-association";
  /** The billed resource: vpce-…, snra-…, snva-…. */
  resourceId: string;
  priceKey: HourlyPriceKey;
  /** The rate applied per hour (× AZs for a per-endpoint-AZ basis, ÷ configurations sharing it). */
  usdPerHour: number;
  hoursSoFar: number;
  hoursMonth: number;
  soFar: number;
  projectedMonth: number;
  /** "5 h × $0.028/h". */
  inputs: string;
}

export interface Figure {
  soFar: number | null;
  projectedMonth: number | null;
}

export interface PathCost {
  key: string;
  pattern: Pattern;
  accountId?: string;
  vpcId?: string;
  endpointId?: string;
  associationId?: string;
  serviceNetworkId?: string;
  hourly: { soFar: number; projectedMonth: number };
  gb: Figure;
  data: Figure;
  totalSoFar: number;
  projectedMonth: number;
  /** One line per figure: hours × rate, GB × rate. */
  inputs: string[];
}

export interface Alternative {
  pattern: Pattern;
  projectedMonth: number;
  hourly: number;
  /** Same under every pattern: the same bytes at the same regional rate; null when unknown. */
  data: number | null;
  inputs: string;
  /** The configuration uses only this pattern today. */
  current: boolean;
}

export interface ConfigurationCost {
  id: string;
  name: string;
  region: string;
  accountId: string;
  type?: string;
  /** Patterns in use, from its paths and service-network links. */
  patterns: Pattern[];
  /** Distinct consumer VPCs (a VPC reaching it two ways counts once). */
  consumers: number;
  paths: PathCost[];
  hourlyCharges: { soFar: number; projectedMonth: number; lines: ChargeLine[] };
  gb: Figure & { window: number | null; estimated: boolean };
  dataCharges: Figure & { usdPerGbSoFar: number | null; usdPerGbMonth: number | null; inputs: string };
  totalSoFar: number;
  projectedMonth: number;
  /** False when data-processing charges are unknown: the totals are hourly charges only. */
  includesData: boolean;
  alternatives: Alternative[];
  cheapest: Pattern[];
  saving: { patterns: Pattern[]; usdPerMonth: number; sentence: string } | null;
  /** Consumer VPCs from which pattern 1 costs more per hour than patterns 2/3; null = never. */
  breakEvenConsumers: number | null;
  breakEvenInputs: string;
}

export interface RegionDataRate {
  region: string;
  gbSoFar: number | null;
  gbMonth: number | null;
  usdPerGbSoFar: number | null;
  usdPerGbMonth: number | null;
  /** "1,200 GB in the first tier ($0.01/GB)". */
  inputs: string;
}

export interface CostTotals {
  configurations: number;
  hourlySoFar: number;
  hourlyMonth: number;
  gbSoFar: number | null;
  gbMonth: number | null;
  dataSoFar: number | null;
  dataMonth: number | null;
  totalSoFar: number;
  projectedMonth: number;
  includesData: boolean;
  /** Sum of every configuration's saving from switching to its cheapest pattern. */
  potentialSaving: number;
  regions: RegionDataRate[];
}

export interface PriceEntryDto {
  key: HourlyPriceKey | "dataProcessingGb";
  price: HourlyPrice | DataPrice;
}

export interface RegionPricesDto {
  region: string;
  overridden: boolean;
  entries: PriceEntryDto[];
}

export interface CostResponse {
  month: string;
  monthStart: string;
  monthEnd: string;
  now: string;
  /** The month is over: figures are actuals, nothing is projected. */
  complete: boolean;
  window: { from: string; to: string; start: string; end: string; hours: number } | null;
  traffic: { soFar: boolean; window: boolean; note?: string; partial?: boolean };
  confidence: { level: "actual" | "high" | "medium" | "low" | "none"; note: string };
  configurations: ConfigurationCost[];
  totals: CostTotals;
  prices: {
    currency: "USD";
    date: string;
    note: string;
    gigabyteBytes: number;
    regions: RegionPricesDto[];
  };
  patternTraits: Record<Pattern, PatternTraits>;
  warnings: Array<{ code: string; message: string }>;
  generatedAt: string;
}
