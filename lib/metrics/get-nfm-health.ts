import "server-only";
import { paginateListMetrics } from "@aws-sdk/client-cloudwatch";
import type { TrafficClients } from "@/lib/aws/make-clients";
import type { Monitor } from "@/lib/aws/network-flow-monitor-client";
import type { Inventory } from "@/lib/schemas/inventory";
import type { NfmHealth, NfmHealthPoint, SourceCoverage, TrafficWarning } from "@/lib/schemas/traffic";
import type { MetricRequest } from "./batch-metric-queries";
import { getMetricData } from "./get-metric-data";
import { choosePeriod } from "./metric-period";
import { combineSeries, NFM_METRICS, NFM_NAMESPACE, watchedIds } from "./nfm-metrics";

/** Monitors change rarely: list and describe them once per account × region per 5 minutes. */
const MONITOR_TTL_MS = 5 * 60_000;
const shared = globalThis as {
  __latticeLensMonitors?: Map<string, { at: number; monitors: Promise<Monitor[]> }>;
};
shared.__latticeLensMonitors ??= new Map();
const monitorCache = shared.__latticeLensMonitors;

/** The monitors of an account × region (cached): health panels and alarm relations read them. */
export async function monitorsOf(clients: TrafficClients, now: number): Promise<Monitor[]> {
  const key = `${clients.accountId}|${clients.region}`;
  const hit = monitorCache.get(key);
  if (hit && now - hit.at < MONITOR_TTL_MS) return hit.monitors;
  const monitors = clients.nfm
    .listMonitors()
    .then((list) => Promise.all(list.map((m) => clients.nfm.getMonitor(m.monitorName))));
  monitorCache.set(key, { at: now, monitors });
  monitors.catch(() => monitorCache.delete(key));
  return monitors;
}

export interface HealthInput {
  inventory: Inventory;
  clients(accountId: string, region: string): TrafficClients | undefined;
  now: number;
  /** Consumer VPCs of the subject. */
  vpcIds: readonly string[];
  start: number;
  end: number;
  step?: number;
}

/**
 * Network Flow Monitor health for the subject's consumer VPCs: the monitors (ListMonitors,
 * GetMonitor) whose local resources include one of them or one of their subnets, and each
 * monitor's five metrics (ListMetrics finds their exact dimension sets; GetMetricData reads them).
 */
export async function getNfmHealth(input: HealthInput, warnings: TrafficWarning[]) {
  const inv = input.inventory;
  const byRegion = new Map<string, string[]>();
  for (const vpcId of input.vpcIds) {
    const vpc = inv.vpcs.find((v) => v.id === vpcId);
    if (!vpc) continue;
    const k = `${vpc.accountId}|${vpc.region}`;
    byRegion.set(k, [...(byRegion.get(k) ?? []), vpcId]);
  }
  const health: NfmHealth[] = [];
  let metricsRequested = 0;
  let looked = 0;
  await Promise.all(
    [...byRegion].map(async ([k, vpcIds]) => {
      const [accountId, region] = k.split("|") as [string, string];
      const clients = input.clients(accountId, region);
      if (!clients) return;
      looked += 1;
      try {
        const matched: Array<{ monitor: Monitor; watches: string[] }> = [];
        for (const monitor of await monitorsOf(clients, input.now)) {
          const watches = vpcIds.flatMap((v) =>
            watchedIds(
              monitor.localResources,
              v,
              inv.subnets.filter((s) => s.vpcId === v).map((s) => s.id),
            ),
          );
          if (watches.length) matched.push({ monitor, watches });
        }
        if (!matched.length) return;
        const names = new Set(matched.map((m) => m.monitor.monitorName));
        const found: Array<{ metricName: string; dimensions: Array<{ name: string; value: string }> }> = [];
        for await (const page of paginateListMetrics(
          { client: clients.cloudwatch },
          { Namespace: NFM_NAMESPACE },
        )) {
          for (const m of page.Metrics ?? []) {
            const dims = (m.Dimensions ?? []).map((d) => ({ name: d.Name ?? "", value: d.Value ?? "" }));
            const monitor = dims.find((d) => d.name === "MonitorName")?.value;
            if (monitor && names.has(monitor) && m.MetricName)
              found.push({ metricName: m.MetricName, dimensions: dims });
          }
        }
        const period = choosePeriod(input.start, input.end, input.now, input.step);
        const requests: Array<MetricRequest & { monitorName: string }> = [];
        for (const { monitor } of matched)
          for (const metric of NFM_METRICS) {
            const sets = found.filter(
              (f) =>
                f.metricName === metric.metricName &&
                f.dimensions.some((d) => d.name === "MonitorName" && d.value === monitor.monitorName),
            );
            for (const s of sets.length
              ? sets
              : [{ dimensions: [{ name: "MonitorName", value: monitor.monitorName }] }])
              requests.push({
                namespace: NFM_NAMESPACE,
                metricName: metric.metricName,
                dimensions: s.dimensions,
                stat: metric.stat,
                period,
                monitorName: monitor.monitorName,
              });
          }
        const data = await getMetricData(clients.cloudwatch, requests, input.start, input.end);
        metricsRequested += data.metricsRequested;
        for (const { monitor, watches } of matched) {
          const points = new Map<number, NfmHealthPoint>();
          for (const metric of NFM_METRICS) {
            const parts = requests
              .map((r, i) => ({ r, s: data.series[i]! }))
              .filter(({ r }) => r.monitorName === monitor.monitorName && r.metricName === metric.metricName)
              .map(({ s }) => s.points);
            for (const [t, v] of combineSeries(metric, parts)) {
              const p = points.get(t) ?? { t };
              p[metric.field] = v;
              points.set(t, p);
            }
          }
          const series = [...points.values()].sort((a, b) => a.t - b.t);
          health.push({
            monitorName: monitor.monitorName,
            accountId,
            region,
            watches,
            status: monitor.monitorStatus,
            series,
            degraded: series.some((p) => (p.healthIndicator ?? 0) >= 1),
          });
        }
      } catch (e) {
        const err = e as { name?: string; message?: string };
        warnings.push({
          source: "network-flow-monitor",
          accountId,
          region,
          code: err.name ?? "error",
          message: `Network Flow Monitor in ${accountId} ${region} could not be read: ${err.message ?? String(e)}`,
        });
      }
    }),
  );
  health.sort((a, b) => a.monitorName.localeCompare(b.monitorName));
  const source: SourceCoverage = {
    kind: "network-flow-monitor",
    status: health.length ? "available" : "missing",
    detail: health.length
      ? `${health.length} ${health.length === 1 ? "monitor watches" : "monitors watch"} the consumer VPCs`
      : looked
        ? "No Network Flow Monitor watches the consumer VPCs"
        : "The consumer VPCs' accounts are not configured",
  };
  return { health, source, metricsRequested };
}
