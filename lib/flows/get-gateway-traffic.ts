import "server-only";
import { AppError } from "@/lib/errors";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { accessSourceFor, aggregateGateway, hasAccessLogs, hasFlows } from "./aggregate-gateway";
import { collectEndpointEstimates, endpointTotals } from "./collect-endpoint-estimates";
import { collectGatewayTraffic } from "./collect-gateway-traffic";
import { collectHealth } from "./collect-health";
import { consumerVpcs } from "./consumer-vpcs";
import { newReport } from "./new-report";
import { addCost } from "./query-buckets";
import { type TrafficDeps, trafficContext } from "./traffic-context";
import { type TrafficRange, toTrafficWindow } from "./traffic-window";

/**
 * Traffic through one resource gateway, across its configurations: consumers are split per
 * configuration (`resourceConfigurationId`), and flows no configuration can claim are reported
 * as "unattributed" rather than dropped. Unknown id → AppError not_found.
 */
export async function getGatewayTraffic(
  id: string,
  range: TrafficRange,
  deps: TrafficDeps = {},
): Promise<TrafficReport> {
  const ctx = await trafficContext(deps);
  const inv = ctx.inventory;
  const gateway = inv.gateways.find((g) => g.id === id || g.arn === id);
  if (!gateway) throw new AppError("not_found", `No resource gateway ${id}`);
  const window = toTrafficWindow(range, ctx.now);
  const report = newReport({ kind: "gateway", id: gateway.id, name: gateway.name }, window, ctx.now);
  const g = await collectGatewayTraffic(ctx, gateway, window);
  report.warnings.push(...g.warnings);
  addCost(report.cost, g.cost);
  const configurationIds = new Set(
    inv.resourceConfigurations
      .filter((c) => c.gatewayId === gateway.id || gateway.configurationIds.includes(c.id))
      .map((c) => c.id),
  );
  const agg = aggregateGateway(inv, g, window, {
    configurationIds,
    includeUnassigned: true,
    perConfiguration: true,
  });

  const endpoints = inv.endpoints.filter(
    (e) => e.resourceConfigurationId && configurationIds.has(e.resourceConfigurationId),
  );
  const estimates = await collectEndpointEstimates(ctx, endpoints, window, report.warnings, report.cost);
  for (const c of agg.consumers)
    if (c.endpointId && estimates.rows.has(c.endpointId))
      c.endpointEstimate = endpointTotals(estimates.rows.get(c.endpointId), window.start, window.end);
  const health = await collectHealth(
    ctx,
    consumerVpcs(inv, configurationIds),
    window,
    report.warnings,
    report.cost,
  );
  report.health = health.health;
  report.sources = [g.flowSource, accessSourceFor(g, configurationIds), estimates.source, health.source];
  if (hasFlows(g) || [...configurationIds].some((c) => hasAccessLogs(g, c))) {
    report.totals = agg.totals;
    report.series = agg.series;
    report.consumers = agg.consumers;
  }
  report.scannedBytes = report.cost.scannedBytes;
  return report;
}
