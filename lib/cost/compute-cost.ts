/**
 * The cost model: per configuration, per consumer path and in total for a month, so far and
 * projected, with what-if alternatives. Pure: inventory, traffic and clock come in as data.
 */
import { billingMonth } from "./billing-month";
import { confidenceOf } from "./confidence";
import type { ConfigurationInput, CostWindow, TrafficAvailability } from "./cost-input";
import type { ConfigurationCost, CostResponse, CostTotals, PathCost, RegionDataRate } from "./cost-result";
import { regionalRate } from "./data-charges";
import { formatGb, formatRate, formatUsd, round6 } from "./format-money";
import { hourlyLines } from "./hourly-charges";
import { type Clock, type GbFigures, observedGb, sumKnown, sumNullable } from "./observed-gb";
import { type Pattern, patternTraits } from "./patterns";
import {
  defaultPriceTable,
  hourlyKeys,
  type PriceOverrides,
  type PriceTable,
  pricesForRegion,
} from "./price-table";
import { alternatives, breakEvenConsumers, cheapestOf, savingOf } from "./what-if";

export interface CostRequest {
  month: string;
  now: number;
  window: CostWindow | null;
  configurations: ConfigurationInput[];
  traffic: TrafficAvailability;
  overrides?: PriceOverrides;
  table?: PriceTable;
  warnings?: Array<{ code: string; message: string }>;
}

function mul(gb: number | null, rate: number | null): number | null {
  return gb === null || rate === null ? null : gb * rate;
}

function describeRate(gb: number | null, rate: ReturnType<typeof regionalRate> | null): string {
  if (gb === null || !rate) return "no traffic data";
  const tiers = rate.uses.map((u) => `${formatGb(u.gb)} at ${formatRate(u.tier.usd)}/GB`).join(" + ");
  return `regional aggregate ${formatGb(gb)}${tiers ? ` (${tiers})` : ""} → ${formatRate(rate.usdPerGb)}/GB`;
}

export function computeCost(req: CostRequest): CostResponse {
  const table = req.table ?? defaultPriceTable;
  const m = billingMonth(req.month);
  const now = req.now;
  const complete = now >= m.end;
  const clock: Clock = {
    month: m,
    now,
    window: complete ? null : req.window,
    gigabyteBytes: table.gigabyteBytes,
  };
  const regions = [...new Set(req.configurations.map((c) => c.region))].sort();
  const priceOf = new Map(regions.map((r) => [r, pricesForRegion(r, req.overrides, table)]));

  // 1. GB per path and configuration; the regional aggregate decides the rate per GB.
  const gbOf = new Map<string, { paths: Map<string, GbFigures>; unattributed: GbFigures }>();
  const regionGb = new Map<string, { soFar: Array<number | null>; month: Array<number | null> }>();
  for (const c of req.configurations) {
    const paths = new Map(c.paths.map((p) => [p.key, observedGb(p.bytesSoFar, p.bytesInWindow, clock)]));
    const unattributed = observedGb(c.unattributedSoFar, c.unattributedInWindow, clock);
    gbOf.set(c.id, { paths, unattributed });
    const agg = regionGb.get(c.region) ?? { soFar: [], month: [] };
    for (const g of [...paths.values(), unattributed]) {
      agg.soFar.push(g.soFar);
      agg.month.push(g.month);
    }
    regionGb.set(c.region, agg);
  }
  const rates: RegionDataRate[] = [];
  const rateOf = new Map<string, { soFar: number | null; month: number | null }>();
  for (const region of regions) {
    const tiers = priceOf.get(region)!.dataProcessingGb.tiers;
    const agg = regionGb.get(region)!;
    // Paths without a source count as unknown for themselves, but do not hide what others observed.
    const soFarGb = sumKnown(agg.soFar);
    const monthGb = sumKnown(agg.month);
    const soFar = soFarGb === null ? null : regionalRate(soFarGb, tiers);
    const month = monthGb === null ? null : regionalRate(monthGb, tiers);
    rateOf.set(region, { soFar: soFar?.usdPerGb ?? null, month: month?.usdPerGb ?? null });
    rates.push({
      region,
      gbSoFar: soFarGb === null ? null : round6(soFarGb),
      gbMonth: monthGb === null ? null : round6(monthGb),
      usdPerGbSoFar: soFar ? round6(soFar.usdPerGb) : null,
      usdPerGbMonth: month ? round6(month.usdPerGb) : null,
      inputs: `so far: ${describeRate(soFarGb, soFar)}; month: ${describeRate(monthGb, month)}`,
    });
  }

  // 2. Per configuration.
  const configurations: ConfigurationCost[] = req.configurations.map((c) => {
    const prices = priceOf.get(c.region)!;
    const rate = rateOf.get(c.region)!;
    const { lines, byPath } = hourlyLines(c, prices, m, now);
    const gb = gbOf.get(c.id)!;
    const paths: PathCost[] = c.paths.map((p) => {
      const l = byPath.get(p.key)!;
      const g = gb.paths.get(p.key)!;
      const data = { soFar: mul(g.soFar, rate.soFar), projectedMonth: mul(g.month, rate.month) };
      return {
        key: p.key,
        pattern: p.pattern,
        accountId: p.accountId,
        vpcId: p.vpcId,
        endpointId: p.endpointId,
        associationId: p.associationId,
        serviceNetworkId: p.serviceNetworkId,
        hourly: { soFar: round6(l.soFar), projectedMonth: round6(l.projectedMonth) },
        gb: { soFar: g.soFar, projectedMonth: g.month },
        data,
        totalSoFar: round6(l.soFar + (data.soFar ?? 0)),
        projectedMonth: round6(l.projectedMonth + (data.projectedMonth ?? 0)),
        inputs: [
          l.inputs,
          g.soFar === null
            ? "data: no traffic data for this path"
            : `data: ${formatGb(g.soFar)} so far${g.month === null ? "" : `, ${formatGb(g.month)} by month end`} × ${formatRate(rate.month ?? rate.soFar ?? 0)}/GB${g.estimated ? " (so far estimated from the window's rate)" : ""}`,
        ],
      };
    });
    const allGb = [...gb.paths.values(), gb.unattributed];
    const anyObserved = allGb.some((g) => g.soFar !== null || g.window !== null);
    // Unattributed bytes are absent (null) when every byte was attributed; they must not make the whole unknown.
    const gbSoFar = anyObserved ? sumKnown(allGb.map((g) => g.soFar)) : null;
    const pathsMonth = sumNullable([...gb.paths.values()].map((g) => g.month));
    const gbMonth =
      anyObserved && pathsMonth !== null
        ? pathsMonth + (gb.unattributed.month ?? 0)
        : anyObserved
          ? sumKnown(allGb.map((g) => g.month))
          : null;
    const gbWindow = sumKnown(allGb.map((g) => g.window));
    const dataSoFar = mul(gbSoFar, rate.soFar);
    const dataMonth = complete ? dataSoFar : mul(gbMonth, rate.month);
    const hourlySoFar = lines.reduce((n, l) => n + l.soFar, 0);
    const hourlyMonth = lines.reduce((n, l) => n + l.projectedMonth, 0);
    const inUse = [...new Set<Pattern>(c.paths.map((p) => p.pattern))].sort();
    const projectedMonth = hourlyMonth + (dataMonth ?? 0);
    const alts = alternatives(c, prices, m, now, dataMonth, inUse);
    const known = c.paths.filter((p) => p.availabilityZones > 0);
    const avgAz = known.length ? known.reduce((n, p) => n + p.availabilityZones, 0) / known.length : 1;
    const breakEven = breakEvenConsumers(prices, avgAz);
    const saving = savingOf(c.name, projectedMonth, alts);
    return {
      id: c.id,
      name: c.name,
      region: c.region,
      accountId: c.accountId,
      type: c.type,
      patterns: inUse,
      consumers: new Set(c.paths.map((p) => p.vpcId ?? p.endpointId ?? p.key)).size,
      paths,
      hourlyCharges: {
        soFar: round6(hourlySoFar),
        projectedMonth: round6(hourlyMonth),
        lines: lines.map((l) => ({ ...l, soFar: round6(l.soFar), projectedMonth: round6(l.projectedMonth) })),
      },
      gb: {
        soFar: gbSoFar === null ? null : round6(gbSoFar),
        projectedMonth: gbMonth === null ? null : round6(complete ? (gbSoFar ?? gbMonth) : gbMonth),
        window: gbWindow === null ? null : round6(gbWindow),
        estimated: allGb.some((g) => g.estimated),
      },
      dataCharges: {
        soFar: dataSoFar === null ? null : round6(dataSoFar),
        projectedMonth: dataMonth === null ? null : round6(dataMonth),
        usdPerGbSoFar: rate.soFar === null ? null : round6(rate.soFar),
        usdPerGbMonth: rate.month === null ? null : round6(rate.month),
        inputs:
          dataMonth === null && dataSoFar === null
            ? "data-processing charges unknown: no traffic data"
            : `${gbSoFar === null ? "?" : formatGb(gbSoFar)} so far × ${formatRate(rate.soFar ?? 0)}/GB = ${dataSoFar === null ? "?" : formatUsd(dataSoFar)}; ${gbMonth === null ? "?" : formatGb(gbMonth)} by month end × ${formatRate(rate.month ?? 0)}/GB = ${dataMonth === null ? "?" : formatUsd(dataMonth)} (regional average rate)`,
      },
      totalSoFar: round6(hourlySoFar + (dataSoFar ?? 0)),
      projectedMonth: round6(projectedMonth),
      includesData: dataMonth !== null,
      alternatives: alts.map((a) => ({
        ...a,
        hourly: round6(a.hourly),
        data: a.data === null ? null : round6(a.data),
        projectedMonth: round6(a.projectedMonth),
      })),
      cheapest: cheapestOf(alts),
      saving: saving ? { ...saving, usdPerMonth: round6(saving.usdPerMonth) } : null,
      breakEvenConsumers: breakEven.consumers,
      breakEvenInputs: breakEven.inputs,
    };
  });

  const totals = totalsOf(configurations, rates);
  const ws = req.window;
  return {
    month: m.month,
    monthStart: new Date(m.start).toISOString(),
    monthEnd: new Date(m.end).toISOString(),
    now: new Date(now).toISOString(),
    complete,
    window:
      ws && !complete
        ? {
            from: ws.from,
            to: ws.to,
            start: new Date(ws.start).toISOString(),
            end: new Date(ws.end).toISOString(),
            hours: round6((ws.end - ws.start) / 3_600_000),
          }
        : null,
    traffic: req.traffic,
    confidence: confidenceOf(complete, req.window, req.traffic),
    configurations,
    totals,
    prices: {
      currency: "USD",
      date: table.date,
      note: table.note,
      gigabyteBytes: table.gigabyteBytes,
      regions: (regions.length ? regions : ["(no region)"]).map((r) => {
        const p = priceOf.get(r) ?? pricesForRegion(r, req.overrides, table);
        return {
          region: r,
          overridden: p.overridden,
          entries: [
            ...hourlyKeys.map((key) => ({ key, price: p.hourly[key] })),
            { key: "dataProcessingGb" as const, price: p.dataProcessingGb },
          ],
        };
      }),
    },
    patternTraits,
    warnings: req.warnings ?? [],
    generatedAt: new Date(now).toISOString(),
  };
}

function totalsOf(cs: ConfigurationCost[], regions: RegionDataRate[]): CostTotals {
  const sum = (f: (c: ConfigurationCost) => number) => round6(cs.reduce((n, c) => n + f(c), 0));
  const known = (f: (c: ConfigurationCost) => number | null) => {
    const v = sumKnown(cs.map(f));
    return v === null ? null : round6(v);
  };
  return {
    configurations: cs.length,
    hourlySoFar: sum((c) => c.hourlyCharges.soFar),
    hourlyMonth: sum((c) => c.hourlyCharges.projectedMonth),
    gbSoFar: known((c) => c.gb.soFar),
    gbMonth: known((c) => c.gb.projectedMonth),
    dataSoFar: known((c) => c.dataCharges.soFar),
    dataMonth: known((c) => c.dataCharges.projectedMonth),
    totalSoFar: sum((c) => c.totalSoFar),
    projectedMonth: sum((c) => c.projectedMonth),
    includesData: cs.length > 0 && cs.every((c) => c.includesData),
    potentialSaving: sum((c) => c.saving?.usdPerMonth ?? 0),
    regions,
  };
}
