/** Hourly charges of one configuration: its Resource endpoints, service-network links and shares. Pure. */
import { type BillingMonth, hoursInMonth, parseTime } from "./billing-month";
import type { ConfigurationInput, PathInput } from "./cost-input";
import type { ChargeLine } from "./cost-result";
import { formatRate } from "./format-money";
import { endpointHourly, type HourlyPriceKey, type RegionPrices } from "./price-table";

function line(
  kind: ChargeLine["kind"],
  resourceId: string,
  priceKey: HourlyPriceKey,
  usdPerHour: number,
  createdAt: string | undefined,
  m: BillingMonth,
  now: number,
  rateInputs: string,
): ChargeLine {
  const h = hoursInMonth(parseTime(createdAt), m, now);
  return {
    kind,
    resourceId,
    priceKey,
    usdPerHour,
    hoursSoFar: h.soFar,
    hoursMonth: h.month,
    soFar: h.soFar * usdPerHour,
    projectedMonth: h.month * usdPerHour,
    inputs: `${h.soFar} h so far, ${h.month} h by month end × ${rateInputs}${createdAt ? "" : " (creation time unknown: billed from the month start)"}`,
  };
}

/** The charge line of one consumer path (an endpoint, or a share of a service-network endpoint/association). */
export function pathLine(p: PathInput, prices: RegionPrices, m: BillingMonth, now: number): ChargeLine {
  const id = p.endpointId ?? p.associationId ?? p.key;
  if (p.pattern === 1) {
    const base = prices.hourly.resourceEndpointHour;
    const perAz = base.basis === "endpoint-az";
    const azs = Math.max(1, p.availabilityZones);
    const rate = perAz
      ? `${formatRate(base.usd)}/h × ${azs} AZ${azs === 1 ? "" : "s"}`
      : `${formatRate(base.usd)}/h`;
    return line(
      "resource-endpoint",
      id,
      "resourceEndpointHour",
      endpointHourly(prices, azs),
      p.createdAt,
      m,
      now,
      rate,
    );
  }
  const key: HourlyPriceKey =
    p.pattern === 2 ? "serviceNetworkEndpointHour" : "serviceNetworkVpcAssociationHour";
  const base = prices.hourly[key];
  const share = Math.max(1, p.sharedBy);
  const rate =
    share > 1
      ? `${formatRate(base.usd)}/h ÷ ${share} configurations sharing it`
      : `${formatRate(base.usd)}/h`;
  return line(
    p.pattern === 2 ? "sn-endpoint" : "sn-vpc-association",
    id,
    key,
    base.usd / share,
    p.createdAt,
    m,
    now,
    rate,
  );
}

export function hourlyLines(
  c: ConfigurationInput,
  prices: RegionPrices,
  m: BillingMonth,
  now: number,
): { lines: ChargeLine[]; byPath: Map<string, ChargeLine> } {
  const byPath = new Map<string, ChargeLine>();
  const lines: ChargeLine[] = [];
  const sn = prices.hourly.serviceNetworkResourceHour;
  for (const link of c.serviceNetworkLinks) {
    lines.push(
      line(
        "sn-resource",
        link.id,
        "serviceNetworkResourceHour",
        sn.usd,
        link.createdAt,
        m,
        now,
        `${formatRate(sn.usd)}/h`,
      ),
    );
  }
  for (const p of c.paths) {
    const l = pathLine(p, prices, m, now);
    byPath.set(p.key, l);
    lines.push(l);
  }
  return { lines, byPath };
}
