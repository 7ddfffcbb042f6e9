/**
 * Where a configuration's resource access logs go: its own subscription, its GROUP parent's, or a
 * service network's it is associated with (which logs only the connections made through that
 * network, never those through Resource endpoints). Pure: reads the inventory.
 */
import type { Inventory, ResourceConfiguration } from "@/lib/schemas/inventory";

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
  const snDestinations: string[] = [];
  for (const sn of inventory.serviceNetworks) {
    if (!networks.includes(sn.id) || sn.accessLogDestinations.length === 0) continue;
    viaServiceNetworks.push(sn.id);
    snDestinations.push(...sn.accessLogDestinations);
  }
  const groups: LogGroupRef[] = [];
  const unreadable: string[] = [];
  for (const arn of [...own, ...snDestinations]) {
    const ref = parseLogGroupArn(arn);
    if (!ref) unreadable.push(arn);
    else if (!groups.some((g) => sameGroup(g, ref))) groups.push(ref);
  }
  const ownReadable = own.some((arn) => parseLogGroupArn(arn));
  // Service-network logs miss only Resource-endpoint consumers: without any, they see every path.
  const directConsumers = inventory.associations.some(
    (a) => a.kind === "resource-endpoint" && subjectIds.has(a.resourceConfigurationId),
  );
  const complete = ownReadable || (viaServiceNetworks.length > 0 && !directConsumers);
  return { groups, complete, viaServiceNetworks, unreadable };
}

export function sameGroup(a: LogGroupRef, b: LogGroupRef): boolean {
  return a.accountId === b.accountId && a.region === b.region && a.name === b.name;
}
