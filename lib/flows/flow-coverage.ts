/**
 * Which flow log covers an ENI: one on the ENI itself, else on its subnet, else on its VPC — the
 * most specific wins, as a person reading the console would expect. Pure: reads the inventory.
 */
import type { FlowLog, NetworkInterface } from "@/lib/schemas/inventory";
import type { FlowLogCoverage } from "@/lib/schemas/traffic";
import { parseFlowLogFormat } from "./flow-log-format";

/** The ENI's coverage and the flow log behind it (undefined when nothing covers it). */
export interface CoveredEni {
  eni: NetworkInterface;
  accountId: string;
  region: string;
  coverage: FlowLogCoverage;
  flowLog?: FlowLog;
}

/** Only CloudWatch Logs destinations can be queried with Logs Insights. */
function queryable(log: FlowLog): boolean {
  return !!log.logGroupName && (log.destinationType ?? "cloud-watch-logs") === "cloud-watch-logs";
}

export function flowLogFor(
  eni: Pick<NetworkInterface, "id" | "subnetId" | "vpcId">,
  accountId: string,
  region: string,
  flowLogs: readonly FlowLog[],
): FlowLog | undefined {
  const candidates = flowLogs.filter((f) => f.accountId === accountId && f.region === region && queryable(f));
  // REJECT-only logs see no accepted bytes: prefer one that logs everything at the same level.
  const pick = (resourceId: string) => {
    const here = candidates.filter((f) => f.resourceId === resourceId);
    return here.find((f) => (f.trafficType ?? "ALL") === "ALL") ?? here[0];
  };
  return pick(eni.id) ?? pick(eni.subnetId) ?? pick(eni.vpcId);
}

export function flowLogCoverage(eni: NetworkInterface, log: FlowLog | undefined): FlowLogCoverage {
  if (!log) return { eniId: eni.id };
  let format: ReturnType<typeof parseFlowLogFormat> | undefined;
  try {
    format = parseFlowLogFormat(log.logFormat);
  } catch {
    format = undefined;
  }
  const version = format ? versionOf(format.fields) : undefined;
  return {
    eniId: eni.id,
    flowLogId: log.id,
    logGroupName: log.logGroupName,
    format: format?.isDefault === false ? "custom" : "default",
    ...(version !== undefined ? { version } : {}),
    intervalSeconds: log.maxAggregationInterval ?? 600,
    ...(format?.missing.length ? { missingFields: format.missing } : {}),
    ...(!format ? { missingFields: ["(unreadable log format)"] } : {}),
  };
}

/** Every ENI with the flow log that covers it. */
export function coverEnis(
  enis: readonly NetworkInterface[],
  accountId: string,
  region: string,
  flowLogs: readonly FlowLog[],
): CoveredEni[] {
  return enis.map((eni) => {
    const flowLog = flowLogFor(eni, accountId, region, flowLogs);
    return { eni, accountId, region, coverage: flowLogCoverage(eni, flowLog), flowLog };
  });
}

/** One flow query's identity: the same flow log (account, region, group and format). */
export function scopeKey(log: FlowLog): string {
  return JSON.stringify([log.accountId, log.region, log.logGroupName ?? "", log.logFormat ?? ""]);
}

/** Covered ENIs grouped by the queryable flow log that covers them: one Logs Insights query each. */
export function groupByFlowLog(
  covered: readonly CoveredEni[],
): Map<string, { log: FlowLog; eniIds: string[] }> {
  const groups = new Map<string, { log: FlowLog; eniIds: string[] }>();
  for (const c of covered) {
    if (!c.flowLog?.logGroupName) continue;
    const k = scopeKey(c.flowLog);
    const g = groups.get(k) ?? { log: c.flowLog, eniIds: [] };
    g.eniIds.push(c.eni.id);
    groups.set(k, g);
  }
  return groups;
}

const V3 = new Set(["vpc-id", "subnet-id", "instance-id", "tcp-flags", "type", "pkt-srcaddr", "pkt-dstaddr"]);
const V4 = new Set(["region", "az-id", "sublocation-type", "sublocation-id"]);
const V5 = new Set(["pkt-src-aws-service", "pkt-dst-aws-service", "flow-direction", "traffic-path"]);

/** The version AWS writes in a record: the highest version among the format's fields. */
export function versionOf(fields: readonly string[]): number {
  if (fields.some((f) => V5.has(f))) return 5;
  if (fields.some((f) => V4.has(f))) return 4;
  if (fields.some((f) => V3.has(f))) return 3;
  return 2;
}
