/**
 * Where a configuration's resource access logs go: its own subscription, its GROUP parent's, or a
 * service network's of type RESOURCE it is associated with (which logs only the connections made
 * through that network, never those through Resource endpoints). A network's SERVICE-type
 * subscription logs service requests only, never resource connections (aws-facts §0.1.2). S3 and
 * Firehose destinations receive the records but Logs Insights cannot read them. Pure: reads the
 * inventory.
 */
import type { AccessLogSubscriptionRef, Inventory, ResourceConfiguration } from "@/lib/schemas/inventory";
import { type AccessLogDestinationKind, destinationKind } from "./access-log-destination";

export interface LogGroupRef {
  accountId: string;
  region: string;
  name: string;
}

export interface AccessLogCoverage {
  /** CloudWatch Logs groups holding this configuration's records. */
  groups: LogGroupRef[];
  /** Every consumer path is logged (own or parent subscription). */
  complete: boolean;
  /** Service networks whose subscription logs it (paths through them only). */
  viaServiceNetworks: string[];
  /** Destinations Logs Insights cannot read (S3, Firehose). */
  unreadable: string[];
  /** The same, with their kind: records are delivered there, just not readable here. */
  delivered: Array<{ kind: Exclude<AccessLogDestinationKind, "cloudwatch-logs">; arn: string }>;
  /** Service networks it is associated with whose subscriptions are all SERVICE-type: no resource connections. */
  serviceOnlyNetworks: string[];
}

/** A network's subscriptions that log resource connections; an inventory without types counts them all. */
function resourceSubscriptions(sn: {
  accessLogDestinations: string[];
  accessLogSubscriptions?: AccessLogSubscriptionRef[];
}): string[] {
  if (!sn.accessLogSubscriptions) return sn.accessLogDestinations;
  return sn.accessLogSubscriptions
    .filter((s) => s.serviceNetworkLogType === "RESOURCE")
    .map((s) => s.destinationArn);
}

/** `arn:aws:logs:REGION:ACCOUNT:log-group:NAME[:*]` → its parts; undefined for S3/Firehose. */
export function parseLogGroupArn(arn: string): LogGroupRef | undefined {
  const m = /^arn:aws[a-z-]*:logs:([a-z0-9-]+):(\d{12}):log-group:(.+?)(?::\*)?$/.exec(arn);
  return m ? { region: m[1]!, accountId: m[2]!, name: m[3]! } : undefined;
}

export function accessLogCoverage(inventory: Inventory, config: ResourceConfiguration): AccessLogCoverage {
  const parent = config.parentId
    ? inventory.resourceConfigurations.find((c) => c.id === config.parentId)
    : undefined;
  const own = [...config.accessLogDestinations, ...(parent?.accessLogDestinations ?? [])];
  const subjectIds = new Set([config.id, ...(parent ? [parent.id] : [])]);
  const networks = inventory.associations
    .filter((a) => a.kind === "sn-resource" && subjectIds.has(a.resourceConfigurationId))
    .map((a) => (a.kind === "sn-resource" ? a.serviceNetworkId : ""));
  const viaServiceNetworks: string[] = [];
  const serviceOnlyNetworks: string[] = [];
  const snDestinations: string[] = [];
  for (const sn of inventory.serviceNetworks) {
    if (!networks.includes(sn.id) || sn.accessLogDestinations.length === 0) continue;
    const resource = resourceSubscriptions(sn);
    if (resource.length === 0) {
      serviceOnlyNetworks.push(sn.id);
      continue;
    }
    viaServiceNetworks.push(sn.id);
    snDestinations.push(...resource);
  }
  const groups: LogGroupRef[] = [];
  const unreadable: string[] = [];
  const delivered: AccessLogCoverage["delivered"] = [];
  for (const arn of [...own, ...snDestinations]) {
    const ref = parseLogGroupArn(arn);
    if (!ref) {
      unreadable.push(arn);
      const kind = destinationKind(arn);
      if (kind !== "cloudwatch-logs") delivered.push({ kind, arn });
    } else if (!groups.some((g) => sameGroup(g, ref))) groups.push(ref);
  }
  const ownReadable = own.some((arn) => parseLogGroupArn(arn));
  // Service-network logs miss only Resource-endpoint consumers: without any, they see every path.
  const directConsumers = inventory.associations.some(
    (a) => a.kind === "resource-endpoint" && subjectIds.has(a.resourceConfigurationId),
  );
  const complete = ownReadable || (viaServiceNetworks.length > 0 && !directConsumers);
  return { groups, complete, viaServiceNetworks, unreadable, delivered, serviceOnlyNetworks };
}

export function sameGroup(a: LogGroupRef, b: LogGroupRef): boolean {
  return a.accountId === b.accountId && a.region === b.region && a.name === b.name;
}
