import "server-only";
import { AppError } from "@/lib/errors";
import type { Endpoint, Inventory } from "@/lib/schemas/inventory";
import type { TrafficPoint, TrafficReport } from "@/lib/schemas/traffic";
import { accessSourceFor, aggregateGateway, hasAccessLogs, hasFlows } from "./aggregate-gateway";
import { addTotals, emptyTotals } from "./aggregate-traffic";
import {
  collectEndpointEstimates,
  endpointDetail,
  endpointSeries,
  endpointTotals,
} from "./collect-endpoint-estimates";
import { collectEndpointMetrics } from "./collect-endpoint-metrics";
import { collectGatewayTraffic } from "./collect-gateway-traffic";
import { collectHealth } from "./collect-health";
import { subjectConfigurationIds } from "./get-configuration-traffic";
import { newReport } from "./new-report";
import { addCost } from "./query-buckets";
import { type TrafficDeps, trafficContext } from "./traffic-context";
import { type TrafficRange, toTrafficWindow } from "./traffic-window";

/** The configurations an endpoint reaches: its own (Resource) or its service network's. */
export function reachedConfigurations(inv: Inventory, endpoint: Endpoint): Set<string> {
  const roots = endpoint.resourceConfigurationId
    ? [endpoint.resourceConfigurationId]
    : endpoint.serviceNetworkId
      ? inv.associations.flatMap((a) =>
          a.kind === "sn-resource" && a.serviceNetworkId === endpoint.serviceNetworkId
            ? [a.resourceConfigurationId]
            : [],
        )
      : [];
  const out = new Set<string>();
  for (const r of roots) for (const id of subjectConfigurationIds(inv.resourceConfigurations, r)) out.add(id);
  return out;
}

/**
 * Traffic of one consumer endpoint: the provider-side join restricted to connections the access
 * logs attribute to this endpoint, per configuration it reaches, with its own ENIs' flow logs as
 * the second estimate. Without access logs the provider side cannot single the endpoint out; the
 * endpoint-ENI flow logs then give the totals (and `sources` says so). Unknown id → not_found.
 */
export async function getEndpointTraffic(
  id: string,
  range: TrafficRange,
  deps: TrafficDeps = {},
): Promise<TrafficReport> {
  const ctx = await trafficContext(deps);
  const inv = ctx.inventory;
  const endpoint = inv.endpoints.find((e) => e.id === id || e.arn === id);
  if (!endpoint) throw new AppError("not_found", `No VPC endpoint ${id}`);
  const window = toTrafficWindow(range, ctx.now);
  const report = newReport({ kind: "endpoint", id: endpoint.id }, window, ctx.now);
  const reached = reachedConfigurations(inv, endpoint);
  const gatewayIds = new Set(
    inv.resourceConfigurations.filter((c) => reached.has(c.id) && c.gatewayId).map((c) => c.gatewayId!),
  );
  const gateways = inv.gateways.filter((g) => gatewayIds.has(g.id));
  const collected = await Promise.all(gateways.map((g) => collectGatewayTraffic(ctx, g, window)));

  const totals = emptyTotals();
  const series = new Map<number, TrafficPoint>();
  let attributable = false;
  for (const g of collected) {
    report.warnings.push(...g.warnings);
    addCost(report.cost, g.cost);
    const agg = aggregateGateway(inv, g, window, {
      configurationIds: reached,
      includeUnassigned: false,
      perConfiguration: true,
      consumerFilter: (ref) => ref.endpointId === endpoint.id,
    });
    if (hasFlows(g) && [...reached].some((c) => hasAccessLogs(g, c))) attributable = true;
    report.consumers.push(...agg.consumers);
    addTotals(totals, agg.totals);
    for (const p of agg.series) {
      series.set(p.t, addTotals(series.get(p.t) ?? { t: p.t, ...emptyTotals() }, p));
    }
  }

  const estimates = await collectEndpointEstimates(ctx, [endpoint], window, report.warnings, report.cost);
  const rows = estimates.rows.get(endpoint.id);
  if (rows && report.consumers.length === 1)
    report.consumers[0]!.endpointEstimate = endpointTotals(rows, window.start, window.end);
  const [health, metrics] = await Promise.all([
    collectHealth(ctx, [endpoint.vpcId], window, report.warnings, report.cost),
    collectEndpointMetrics(ctx, [endpoint], window, report.warnings, report.cost),
  ]);
  report.health = health.health;
  report.endpointMetrics = metrics.metrics;
  report.sources = [
    ...collected.map((g) => g.flowSource),
    ...collected.map((g) =>
      accessSourceFor(
        g,
        [...reached].filter((c) => g.accessLogs.has(c)),
      ),
    ),
    estimates.source,
    health.source,
    metrics.source,
  ];
  if (attributable) {
    report.totals = totals;
    report.series = [...series.values()].sort((a, b) => a.t - b.t);
  } else if (rows) {
    // The provider side cannot single this endpoint out: its own ENIs' flow logs are the answer.
    const addresses = new Set(endpoint.enis.flatMap((e) => e.privateIpAddresses));
    const detail = endpointDetail(rows, addresses, window.start, window.end);
    report.totals = detail;
    report.series = endpointSeries(rows, addresses, window.start, window.end, window.step);
    report.consumers = [
      {
        key: endpoint.id,
        pattern: endpoint.type === "Resource" ? "resource-endpoint" : "sn-endpoint",
        accountId: endpoint.accountId,
        vpcId: endpoint.vpcId,
        endpointId: endpoint.id,
        ...detail,
        endpointEstimate: { bytes: detail.bytes, rejects: detail.rejects },
      },
    ];
  }
  report.scannedBytes = report.cost.scannedBytes;
  return report;
}
