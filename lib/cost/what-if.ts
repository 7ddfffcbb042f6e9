/**
 * What-if: the same consumer VPCs, hours and bytes priced under each pattern, the cheapest, and
 * the break-even number of consumer VPCs. Data processing is priced alike under every pattern (same
 * bytes, same regional tiers), so the hourly charges decide. Pure.
 */
import { type BillingMonth, hoursInMonth, parseTime } from "./billing-month";
import type { ConfigurationInput } from "./cost-input";
import type { Alternative } from "./cost-result";
import { formatRate, formatUsd } from "./format-money";
import { describePatterns, type Pattern, patterns } from "./patterns";
import { endpointHourly, type RegionPrices } from "./price-table";

/** A cent: differences below it are ties. */
const CENT = 0.01;

interface ConsumerVpc {
  hours: number;
  availabilityZones: number;
  /** Configurations sharing its existing service-network endpoint/association (1 if none). */
  sharedBy: number;
}

/** Paths grouped by consumer VPC: under any one pattern a VPC needs one path. */
export function consumerVpcs(c: ConfigurationInput, m: BillingMonth, now: number): ConsumerVpc[] {
  const known = c.paths.filter((p) => p.availabilityZones > 0);
  const avgAz = known.length ? known.reduce((n, p) => n + p.availabilityZones, 0) / known.length : 1;
  const byVpc = new Map<string, ConsumerVpc>();
  for (const p of c.paths) {
    const key = p.vpcId ?? p.endpointId ?? p.key;
    const hours = hoursInMonth(parseTime(p.createdAt), m, now).month;
    const prev = byVpc.get(key);
    byVpc.set(key, {
      hours: Math.max(prev?.hours ?? 0, hours),
      availabilityZones: Math.max(prev?.availabilityZones ?? 0, p.availabilityZones || avgAz),
      sharedBy: Math.max(prev?.sharedBy ?? 1, p.pattern === 1 ? 1 : p.sharedBy),
    });
  }
  return [...byVpc.values()];
}

export function alternatives(
  c: ConfigurationInput,
  prices: RegionPrices,
  m: BillingMonth,
  now: number,
  data: number | null,
  inUse: Pattern[],
): Alternative[] {
  const vpcs = consumerVpcs(c, m, now);
  const sn = prices.hourly.serviceNetworkResourceHour.usd;
  // An existing link keeps its hours; a new one would run as long as its longest-lived consumer.
  const linkHours = c.serviceNetworkLinks.length
    ? c.serviceNetworkLinks.reduce((n, l) => n + hoursInMonth(parseTime(l.createdAt), m, now).month, 0)
    : Math.max(0, ...vpcs.map((v) => v.hours));
  const onlyPattern = inUse.length === 1 ? inUse[0] : undefined;
  return patterns.map((pattern) => {
    let hourly: number;
    let inputs: string;
    if (pattern === 1) {
      hourly = vpcs.reduce((n, v) => n + endpointHourly(prices, v.availabilityZones) * v.hours, 0);
      const hours = vpcs.reduce((n, v) => n + v.hours, 0);
      inputs = `${vpcs.length} Resource endpoint${vpcs.length === 1 ? "" : "s"}, ${hours} endpoint-hours × ${formatRate(prices.hourly.resourceEndpointHour.usd)}/h${prices.hourly.resourceEndpointHour.basis === "endpoint-az" ? " per AZ" : ""}`;
    } else {
      const per =
        prices.hourly[pattern === 2 ? "serviceNetworkEndpointHour" : "serviceNetworkVpcAssociationHour"].usd;
      const perConsumer = vpcs.reduce((n, v) => n + (per * v.hours) / v.sharedBy, 0);
      const links = linkHours > 0 ? sn * linkHours : 0;
      hourly = links + perConsumer;
      inputs = `${linkHours} h × ${formatRate(sn)}/h in a service network + ${vpcs.length} ${pattern === 2 ? "service-network endpoint" : "VPC association"}${vpcs.length === 1 ? "" : "s"} × ${formatRate(per)}/h`;
    }
    return {
      pattern,
      hourly,
      data,
      projectedMonth: hourly + (data ?? 0),
      inputs: data === null ? `${inputs}; data charges unknown` : `${inputs} + ${formatUsd(data)} data`,
      current: onlyPattern === pattern,
    };
  });
}

export function cheapestOf(alts: Alternative[]): Pattern[] {
  const min = Math.min(...alts.map((a) => a.projectedMonth));
  return alts.filter((a) => a.projectedMonth - min < CENT / 2).map((a) => a.pattern);
}

/** A saving when the cheapest pattern costs at least a cent a month less than today's paths. */
export function savingOf(
  name: string,
  current: number,
  alts: Alternative[],
): { patterns: Pattern[]; usdPerMonth: number; sentence: string } | null {
  const cheapest = cheapestOf(alts);
  const best = alts.find((a) => a.pattern === cheapest[0]);
  if (!best) return null;
  const usdPerMonth = current - best.projectedMonth;
  // Only a real difference: a configuration already on its cheapest pattern(s) prices the same.
  if (usdPerMonth < CENT) return null;
  return {
    patterns: cheapest,
    usdPerMonth,
    sentence: `Switching ${name} to ${describePatterns(cheapest)} saves ${formatUsd(usdPerMonth)} a month`,
  };
}

/**
 * The smallest number of consumer VPCs from which pattern 1 costs more per hour than one
 * service-network association (patterns 2/3): n × endpoint > association + n × per-consumer.
 * With the seed prices, 5 × $0.028 = $0.14 is a tie, so the 6th VPC tips it. Null when pattern 1
 * never costs more (an endpoint no dearer than a service-network consumer).
 */
export function breakEvenConsumers(
  prices: RegionPrices,
  availabilityZones = 1,
): { consumers: number | null; inputs: string } {
  const endpoint = endpointHourly(prices, availabilityZones);
  const sn = prices.hourly.serviceNetworkResourceHour.usd;
  const perConsumer = Math.min(
    prices.hourly.serviceNetworkEndpointHour.usd,
    prices.hourly.serviceNetworkVpcAssociationHour.usd,
  );
  const margin = endpoint - perConsumer;
  if (margin <= 0) {
    return {
      consumers: null,
      inputs: `a Resource endpoint (${formatRate(endpoint)}/h) never costs more than a service-network consumer`,
    };
  }
  // Rates like 0.14 / 0.028 are 5.000000000000001 in binary: compare with a tolerance.
  const ratio = sn / margin;
  const consumers = Math.floor(ratio + 1e-9) + 1;
  return {
    consumers,
    inputs: `${consumers} × ${formatRate(endpoint)}/h > ${formatRate(sn)}/h${perConsumer > 0 ? ` + ${consumers} × ${formatRate(perConsumer)}/h` : ""} (${consumers - 1} × ${formatRate(endpoint)} = ${formatRate((consumers - 1) * endpoint)})`,
  };
}
