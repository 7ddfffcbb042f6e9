/**
 * What keeps an account × region's traffic views from being complete: ENIs without flow logs,
 * gateway flow logs without the recommended fields, configurations and service networks without
 * resource access logs, consumer VPCs no Network Flow Monitor watches. Each gap carries the
 * command that closes it. Pure: reads the inventory and the monitors.
 */
import { accessLogCoverage } from "@/lib/flows/access-log-coverage";
import { flowLogFor } from "@/lib/flows/flow-coverage";
import { parseFlowLogFormat } from "@/lib/flows/flow-log-format";
import { LOST_WITHOUT, missingRecommendedFields } from "@/lib/flows/recommended-flow-log-format";
import { watchedIds } from "@/lib/metrics/nfm-metrics";
import type { FlowLog, Inventory, NetworkInterface } from "@/lib/schemas/inventory";
import { accessLogsFix, flowLogFormatFix, flowLogsFix, monitorFix } from "./fixes";
import type { SetupGap } from "./setup-report";

export interface MonitorInfo {
  monitorName: string;
  monitorStatus?: string;
  localResources: Array<{ type: string; identifier: string }>;
}

export interface GapInput {
  inventory: Inventory;
  accountId: string;
  region: string;
  /** Network Flow Monitor monitors of the account × region; undefined when they could not be read. */
  monitors?: MonitorInfo[];
}

const here = (x: { accountId: string; region: string }, i: GapInput) =>
  x.accountId === i.accountId && x.region === i.region;

/** A flow-log group the account already delivers to, so new flow logs join it. */
function existingFlowLogGroup(i: GapInput): string | undefined {
  return i.inventory.flowLogs.find((f) => here(f, i) && f.logGroupName)?.logGroupName;
}

function uncovered(enis: NetworkInterface[], i: GapInput) {
  const bare: string[] = [];
  const byLog = new Map<string, { log: FlowLog; enis: string[] }>();
  for (const eni of enis) {
    const log = flowLogFor(eni, i.accountId, i.region, i.inventory.flowLogs);
    if (!log) bare.push(eni.id);
    else byLog.set(log.id, { log, enis: [...(byLog.get(log.id)?.enis ?? []), eni.id] });
  }
  return { bare, byLog: [...byLog.values()] };
}

function flowLogGaps(i: GapInput): SetupGap[] {
  const gaps: SetupGap[] = [];
  const group = existingFlowLogGroup(i);
  const gatewayEnis = i.inventory.gateways.filter((g) => here(g, i)).flatMap((g) => g.enis);
  const endpointEnis = i.inventory.endpoints
    .filter((e) => here(e, i) && (e.type === "Resource" || e.type === "ServiceNetwork"))
    .flatMap((e) => e.enis);
  const gw = uncovered(gatewayEnis, i);
  if (gw.bare.length)
    gaps.push({
      kind: "gateway-flow-logs",
      blocking: false,
      title: `${gw.bare.length} resource-gateway ENI${gw.bare.length === 1 ? " has" : "s have"} no flow log`,
      detail:
        "Without gateway flow logs the bytes, packets and rejects of every configuration behind them are unknown.",
      resourceIds: gw.bare,
      fix: flowLogsFix(i.accountId, i.region, gw.bare, group),
    });
  for (const { log, enis } of gw.byLog) {
    const missing = missingRecommendedFields(log.logFormat);
    const rejectOnly = (log.trafficType ?? "ALL") === "REJECT";
    if (!missing.length && !rejectOnly) continue;
    gaps.push({
      kind: "flow-log-format",
      blocking: false,
      title: rejectOnly
        ? `Flow log ${log.id} records rejected traffic only`
        : `Flow log ${log.id} lacks ${missing.join(", ")}`,
      detail: rejectOnly
        ? "A REJECT-only flow log sees no accepted bytes: traffic through these gateway ENIs is unknown."
        : missing.map((f) => `Without ${f}: ${LOST_WITHOUT[f]}.`).join(" "),
      resourceIds: [log.id, ...enis],
      fix: flowLogFormatFix(i.accountId, i.region, log),
    });
  }
  const ep = uncovered(endpointEnis, i);
  if (ep.bare.length)
    gaps.push({
      kind: "endpoint-flow-logs",
      blocking: false,
      title: `${ep.bare.length} endpoint ENI${ep.bare.length === 1 ? " has" : "s have"} no flow log`,
      detail:
        "The consumer-side estimate (and the totals of an endpoint the provider side cannot single out) needs flow logs on the endpoint ENIs.",
      resourceIds: ep.bare,
      fix: flowLogsFix(i.accountId, i.region, ep.bare, group),
    });
  for (const { log, enis } of ep.byLog) {
    const missing = parseFlowLogFormat(log.logFormat).missing;
    if (!missing.length) continue;
    gaps.push({
      kind: "flow-log-format",
      blocking: false,
      title: `Flow log ${log.id} lacks ${missing.join(", ")}`,
      detail: "The endpoint-side estimate needs these fields.",
      resourceIds: [log.id, ...enis],
      fix: flowLogFormatFix(i.accountId, i.region, log),
    });
  }
  return gaps;
}

function accessLogGaps(i: GapInput): SetupGap[] {
  const gaps: SetupGap[] = [];
  // One new group for the account's resource access logs: existing groups are often named for one configuration.
  const group = undefined;
  const inv = i.inventory;
  for (const c of inv.resourceConfigurations) {
    if (!here(c, i) || c.type === "CHILD") continue;
    const cov = accessLogCoverage(inv, c);
    if (cov.complete) continue;
    const partial = cov.viaServiceNetworks.length > 0;
    gaps.push({
      kind: "configuration-access-logs",
      blocking: false,
      title: partial
        ? `${c.name} is logged only through ${cov.viaServiceNetworks.join(", ")}`
        : `${c.name} has no resource access logs`,
      detail: partial
        ? "Connections through Resource endpoints are not in the service network's logs: their consumers stay unknown."
        : "Without resource access logs, who connects is not recorded and bytes cannot be attributed to consumers.",
      resourceIds: [c.id],
      fix: accessLogsFix(i.accountId, i.region, c.id, group),
    });
  }
  for (const sn of inv.serviceNetworks) {
    if (!here(sn, i) || resourceLogged(sn)) continue;
    const carries = inv.associations.some((a) => a.kind === "sn-resource" && a.serviceNetworkId === sn.id);
    if (!carries) continue;
    gaps.push({
      kind: "service-network-access-logs",
      blocking: false,
      title: `Service network ${sn.name} has no RESOURCE access logs`,
      detail:
        "Only a subscription of type RESOURCE on the service network (or one on each configuration) records the connections made through it (aws-facts §0.1 item 2).",
      resourceIds: [sn.id],
      fix: accessLogsFix(i.accountId, i.region, sn.id, group),
    });
  }
  return gaps;
}

/** A RESOURCE subscription where the types are known; else any subscription (older inventories). */
function resourceLogged(sn: Inventory["serviceNetworks"][number]): boolean {
  if (sn.accessLogSubscriptions)
    return sn.accessLogSubscriptions.some((s) => s.serviceNetworkLogType === "RESOURCE");
  return sn.accessLogDestinations.length > 0;
}

/** Consumer VPCs of this account × region: those of its Resource/ServiceNetwork endpoints and service-network VPC associations. */
export function consumerVpcsHere(i: GapInput): string[] {
  const inv = i.inventory;
  const ids = new Set<string>();
  for (const e of inv.endpoints)
    if (here(e, i) && (e.type === "Resource" || e.type === "ServiceNetwork")) ids.add(e.vpcId);
  for (const a of inv.associations)
    if (a.kind === "sn-vpc" && inv.vpcs.some((v) => v.id === a.vpcId && here(v, i))) ids.add(a.vpcId);
  return [...ids].sort();
}

function monitorGaps(i: GapInput): SetupGap[] {
  if (!i.monitors) return [];
  const active = i.monitors.filter((m) => (m.monitorStatus ?? "ACTIVE") === "ACTIVE");
  const gaps: SetupGap[] = [];
  for (const vpcId of consumerVpcsHere(i)) {
    const subnets = i.inventory.subnets.filter((s) => s.vpcId === vpcId).map((s) => s.id);
    if (active.some((m) => watchedIds(m.localResources, vpcId, subnets).length > 0)) continue;
    gaps.push({
      kind: "network-flow-monitor",
      blocking: false,
      title: `No Network Flow Monitor watches ${vpcId}`,
      detail:
        "Network health (round-trip time, retransmissions, timeouts) of this consumer VPC is not measured.",
      resourceIds: [vpcId],
      fix: monitorFix(i.accountId, i.region, vpcId),
    });
  }
  return gaps;
}

export function findGaps(i: GapInput): SetupGap[] {
  return [...flowLogGaps(i), ...accessLogGaps(i), ...monitorGaps(i)];
}
