import "server-only";
import { AppError } from "@/lib/errors";
import { concernsConfigurations } from "@/lib/metrics/endpoint-metric-series";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { accessSourceFor, aggregateGateway, hasAccessLogs, hasFlows } from "./aggregate-gateway";
import { collectEndpointEstimates, endpointTotals } from "./collect-endpoint-estimates";
import { collectEndpointMetrics } from "./collect-endpoint-metrics";
import { collectGatewayTraffic } from "./collect-gateway-traffic";
import { collectHealth } from "./collect-health";
import { consumerEndpoints, consumerVpcs } from "./consumer-vpcs";
import { newReport } from "./new-report";
import { addCost } from "./query-buckets";
import { type TrafficDeps, trafficContext } from "./traffic-context";
import { type TrafficRange, toTrafficWindow } from "./traffic-window";

/** The configuration and its descendants (a GROUP's or ARN's children carry its traffic). */
export function subjectConfigurationIds(
  configs: ReadonlyArray<{ id: string; childIds: string[] }>,
  id: string,
): Set<string> {
  const out = new Set<string>();
  const visit = (x: string) => {
    if (out.has(x)) return;
    out.add(x);
    for (const c of configs.find((k) => k.id === x)?.childIds ?? []) visit(c);
  };
  visit(id);
  return out;
}

/**
 * Traffic of one resource configuration for a window: totals, a series, consumers (joined from
 * access logs × gateway-ENI flow logs, plus the endpoint-side estimate), coverage, health, and
 * what answering cost. Unknown id → AppError not_found. A path without a source has totals null.
 */
export async function getConfigurationTraffic(
  id: string,
  range: TrafficRange,
  deps: TrafficDeps = {},
): Promise<TrafficReport> {
  const ctx = await trafficContext(deps);
  const inv = ctx.inventory;
  const config = inv.resourceConfigurations.find((c) => c.id === id || c.arn === id);
  if (!config) throw new AppError("not_found", `No resource configuration ${id}`);
  const window = toTrafficWindow(range, ctx.now);
  const gateway = inv.gateways.find((g) => g.id === config.gatewayId);
  const subject = subjectConfigurationIds(inv.resourceConfigurations, config.id);
  const report = newReport({ kind: "configuration", id: config.id, name: config.name }, window, ctx.now);
  const cost = report.cost;
  if (!gateway) {
    report.sources.push({
      kind: "gateway-flow-logs",
      status: "missing",
      detail: config.gatewayId
        ? `Gateway ${config.gatewayId} is not in the inventory`
        : "The configuration has no resource gateway",
    });
    return report;
  }

  const g = await collectGatewayTraffic(ctx, gateway, window);
  report.warnings.push(...g.warnings);
  addCost(cost, g.cost);
  const access = accessSourceFor(g, subject);
  const fromAccessLogs = [...subject].some((s) => hasAccessLogs(g, s));
  const agg = aggregateGateway(inv, g, window, {
    configurationIds: subject,
    includeUnassigned: false,
    perConfiguration: subject.size > 1,
  });

  const endpoints = inv.endpoints.filter(
    (e) => e.resourceConfigurationId && subject.has(e.resourceConfigurationId),
  );
  const estimates = await collectEndpointEstimates(ctx, endpoints, window, report.warnings, cost);
  for (const c of agg.consumers)
    if (c.endpointId && estimates.rows.has(c.endpointId))
      c.endpointEstimate = endpointTotals(estimates.rows.get(c.endpointId), window.start, window.end);

  const vpcIds = new Set([
    ...consumerVpcs(inv, subject),
    ...agg.consumers.flatMap((c) => (c.vpcId ? [c.vpcId] : [])),
  ]);
  const [health, metrics] = await Promise.all([
    collectHealth(ctx, [...vpcIds].sort(), window, report.warnings, cost),
    collectEndpointMetrics(
      ctx,
      consumerEndpoints(inv, subject),
      window,
      report.warnings,
      cost,
      concernsConfigurations(subject),
    ),
  ]);
  report.health = health.health;
  report.endpointMetrics = metrics.metrics;
  report.sources = [g.flowSource, access, estimates.source, health.source, metrics.source];
  if (hasFlows(g) || fromAccessLogs) {
    report.totals = agg.totals;
    report.series = agg.series;
    report.consumers = agg.consumers;
  }
  if (fromAccessLogs) {
    report.resourceAddresses = [
      ...new Set(
        g.connections.flatMap((c) =>
          subject.has(c.configurationId) && c.connection.resource ? [c.connection.resource.ip] : [],
        ),
      ),
    ].sort();
  }
  report.scannedBytes = cost.scannedBytes;
  return report;
}
