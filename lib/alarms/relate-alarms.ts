/**
 * Which inventory resources an alarm concerns (aws-facts §0.1 item 8, ARCHITECTURE §2 "alarms"):
 * - `AWS/NetworkFlowMonitor` (dimension MonitorName): the monitor's local VPCs and subnets → the
 *   endpoints there and the service-network VPC associations of those VPCs (path) → the
 *   configurations they reach (targets);
 * - `AWS/VpcLattice` and `AWS/PrivateLinkEndpoints`: any dimension whose value is the id of an
 *   inventory endpoint (target; its configuration is on the path), never a metric name, since the
 *   Lattice endpoint metrics' names are not documented (aws-facts §0.1 item 4);
 * - a Lattice Lens link in the description: its resource is the target (the alarm's author said
 *   which view), what the dimensions found stays on the path;
 * - a composite alarm: its children's resources.
 * An alarm that concerns nothing in the inventory is unrelated. Pure.
 */
import type { Inventory } from "@/lib/schemas/inventory";
import type {
  AlarmRecord,
  AlarmResource,
  AlarmResourceKind,
  Dimension,
  RelatedAlarm,
  RelatedBy,
} from "./alarm-types";
import { descriptionLinks } from "./description-links";

export interface MonitorScope {
  accountId: string;
  region: string;
  name: string;
  localResources: Array<{ type: string; identifier: string }>;
}

const NFM = "AWS/NetworkFlowMonitor";
const ENDPOINT_NAMESPACES = new Set(["AWS/VpcLattice", "AWS/PrivateLinkEndpoints"]);

/** Alarm names a composite rule reads: ALARM("x"), OK(x), INSUFFICIENT_DATA(arn…). */
export function ruleChildren(rule: string): string[] {
  const out: string[] = [];
  for (const m of rule.matchAll(
    /\b(?:ALARM|OK|INSUFFICIENT_DATA)\s*\(\s*(?:"((?:[^"\\]|\\.)*)"|([^\s()"]+))\s*\)/g,
  )) {
    const ref = (m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1");
    out.push(ref.replace(/^arn:aws[a-z-]*:cloudwatch:[^:]+:\d{12}:alarm:/, ""));
  }
  return [...new Set(out)];
}

class Collector {
  readonly list: AlarmResource[] = [];
  add(kind: AlarmResourceKind, id: string, role: AlarmResource["role"]) {
    const hit = this.list.find((r) => r.kind === kind && r.id === id);
    if (hit) {
      if (role === "target") hit.role = "target";
    } else this.list.push({ kind, id, role });
  }
}

function reachedBy(inv: Inventory, endpointIds: Set<string>, vpcIds: Set<string>, out: Collector) {
  const networks = new Set<string>();
  for (const e of inv.endpoints) {
    if (!endpointIds.has(e.id)) continue;
    out.add("endpoint", e.id, "path");
    if (e.resourceConfigurationId) out.add("configuration", e.resourceConfigurationId, "target");
    if (e.serviceNetworkId) networks.add(e.serviceNetworkId);
  }
  for (const a of inv.associations)
    if (a.kind === "sn-vpc" && vpcIds.has(a.vpcId)) networks.add(a.serviceNetworkId);
  for (const a of inv.associations)
    if (a.kind === "sn-resource" && networks.has(a.serviceNetworkId))
      out.add("configuration", a.resourceConfigurationId, "target");
}

function byMonitor(inv: Inventory, monitor: MonitorScope, out: Collector) {
  const vpcIds = new Set(
    monitor.localResources.filter((r) => r.type === "AWS::EC2::VPC").map((r) => r.identifier),
  );
  const subnets = new Set(
    monitor.localResources.filter((r) => r.type === "AWS::EC2::Subnet").map((r) => r.identifier),
  );
  const endpointIds = new Set(
    inv.endpoints
      .filter((e) => vpcIds.has(e.vpcId) || e.subnetIds.some((s) => subnets.has(s)))
      .map((e) => e.id),
  );
  reachedBy(inv, endpointIds, vpcIds, out);
}

function byDimensions(
  inv: Inventory,
  a: { namespace?: string; dimensions: Dimension[] },
  accountId: string,
  region: string,
  monitors: readonly MonitorScope[],
  out: Collector,
) {
  if (a.namespace === NFM) {
    const name = a.dimensions.find((d) => d.name === "MonitorName")?.value;
    const monitor = monitors.find((m) => m.accountId === accountId && m.region === region && m.name === name);
    if (monitor) byMonitor(inv, monitor, out);
    return;
  }
  if (!a.namespace || !ENDPOINT_NAMESPACES.has(a.namespace)) return;
  const values = new Set(a.dimensions.map((d) => d.value));
  for (const e of inv.endpoints) {
    if (!values.has(e.id)) continue;
    out.add("endpoint", e.id, "target");
    if (e.resourceConfigurationId) out.add("configuration", e.resourceConfigurationId, "path");
  }
}

const KIND_LIST: Record<AlarmResourceKind, (inv: Inventory) => Array<{ id: string }>> = {
  configuration: (inv) => inv.resourceConfigurations,
  endpoint: (inv) => inv.endpoints,
  gateway: (inv) => inv.gateways,
  "service-network": (inv) => inv.serviceNetworks,
};

function relateOne(
  inv: Inventory,
  a: AlarmRecord,
  monitors: readonly MonitorScope[],
  byName: Map<string, AlarmRecord>,
  seen: Set<string>,
): { resources: AlarmResource[]; relatedBy: RelatedBy[] } {
  const out = new Collector();
  const relatedBy: RelatedBy[] = [];
  if (a.type === "composite" && a.rule) {
    for (const child of ruleChildren(a.rule)) {
      const c = byName.get(`${a.accountId}|${a.region}|${child}`);
      if (!c || seen.has(c.arn)) continue;
      const r = relateOne(inv, c, monitors, byName, new Set([...seen, c.arn]));
      for (const x of r.resources) out.add(x.kind, x.id, x.role);
    }
    if (out.list.length) relatedBy.push("children");
  } else {
    for (const m of [a, ...(a.metrics ?? [])]) byDimensions(inv, m, a.accountId, a.region, monitors, out);
    if (out.list.length) relatedBy.push("dimensions");
  }
  const links = descriptionLinks(a.description).filter((l) =>
    KIND_LIST[l.kind](inv).some((r) => r.id === l.id),
  );
  if (links.length) {
    for (const r of out.list) r.role = "path";
    for (const l of links) out.add(l.kind, l.id, "target");
    relatedBy.push("description-link");
  }
  return { resources: out.list, relatedBy };
}

/** Every alarm with the resources it concerns; unrelated alarms are dropped unless `keepUnrelated`. */
export function relateAlarms(
  inv: Inventory,
  alarms: readonly AlarmRecord[],
  monitors: readonly MonitorScope[],
  keepUnrelated = false,
): RelatedAlarm[] {
  const byName = new Map(alarms.map((a) => [`${a.accountId}|${a.region}|${a.name}`, a]));
  return alarms
    .map((a) => ({ ...a, ...relateOne(inv, a, monitors, byName, new Set([a.arn])) }))
    .filter((a) => keepUnrelated || a.resources.length > 0);
}

/** The alarms that concern a resource (as a target or on its path). */
export function alarmsOf(
  alarms: readonly RelatedAlarm[],
  kind: AlarmResourceKind,
  id: string,
): RelatedAlarm[] {
  return alarms.filter((a) => a.resources.some((r) => r.kind === kind && r.id === id));
}
