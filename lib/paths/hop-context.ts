import { configurationPorts } from "@/lib/findings/configuration-ports";
import { gatewayIdOf, type InventoryIndex } from "@/lib/findings/inventory-index";
import type { PortInterval } from "@/lib/findings/port-ranges";
import { type ResourceTargets, resourceTargetsOf } from "@/lib/findings/resource-targets";
import type { Gateway, Vpc } from "@/lib/schemas/inventory";
import type { TrafficReport } from "@/lib/schemas/traffic";
import type { Hop, HopCheck, HopKind, MissingData, PathFix } from "./path-types";
import type { Consumer } from "./resolve-consumer";
import type { Target } from "./resolve-target";
import type { RouteCandidate } from "./route-candidates";

/** Traffic per configuration id, or why it could not be read; absent = not queried. */
export type TrafficByConfiguration = Map<string, TrafficReport | { error: string }>;

export interface HopContext {
  index: InventoryIndex;
  consumer: Consumer;
  target: Target;
  route: RouteCandidate;
  gateway?: Gateway;
  gatewayVpc?: Vpc;
  ports: PortInterval[];
  invalidPorts: string[];
  resource: ResourceTargets;
  /** The target's address was read from resource access logs (a DNS target), not the inventory. */
  addressFromAccessLogs: boolean;
  consumerCidr?: string;
  traffic?: TrafficByConfiguration;
}

export function hopContext(
  index: InventoryIndex,
  consumer: Consumer,
  target: Target,
  route: RouteCandidate,
  traffic?: TrafficByConfiguration,
): HopContext {
  const gatewayId = gatewayIdOf(route.config, index);
  const gateway = gatewayId ? index.gateways.get(gatewayId) : undefined;
  const { ports, invalid } = configurationPorts(route.config);
  const vpcs = index.inventory.vpcs;
  let resource = resourceTargetsOf(route.config);
  const seen = traffic?.get(route.config.id);
  if (resource.ips.length === 0 && seen && !("error" in seen) && seen.resourceAddresses?.length) {
    // A DNS target resolves at the gateway; its access logs name the addresses it really used.
    resource = { ips: seen.resourceAddresses, interfaces: [], how: "unresolved" };
  }
  return {
    index,
    consumer,
    target,
    route,
    gateway,
    gatewayVpc: gateway ? vpcs.find((v) => v.id === gateway.vpcId) : undefined,
    ports,
    invalidPorts: invalid,
    resource,
    addressFromAccessLogs: resource.ips.length > 0 && resourceTargetsOf(route.config).ips.length === 0,
    consumerCidr: (consumer.vpc ?? vpcs.find((v) => v.id === consumer.vpcId))?.cidrBlock,
    traffic,
  };
}

export const check = (label: string, verdict: HopCheck["verdict"], detail: string): HopCheck => ({
  label,
  verdict,
  detail,
});

export const missing = (label: string, detail: string, data: MissingData): HopCheck => ({
  label,
  verdict: "unknown",
  detail,
  missing: data,
});

export const titles: Record<HopKind, string> = {
  route: "Route and states",
  endpoint: "Consumer side: endpoint or VPC association",
  "service-network": "Associations and policies",
  gateway: "Resource gateway",
  "network-acl": "Network ACLs",
  "route-to-target": "Route to the target",
  "resource-security-group": "Resource security groups",
  traffic: "What traffic says",
};

/** A hop's verdict is its worst check: fail, else unknown, else pass. */
export function makeHop(
  index: number,
  kind: HopKind,
  checks: HopCheck[],
  passSummary: string,
  evidence: Hop["evidence"] = {},
  fixes: PathFix[] = [],
): Hop {
  const failing = checks.find((c) => c.verdict === "fail");
  const unknown = checks.find((c) => c.verdict === "unknown");
  const verdict = failing ? "fail" : unknown ? "unknown" : "pass";
  const clean = Object.fromEntries(Object.entries(evidence).filter(([, v]) => v !== undefined));
  return {
    index,
    kind,
    title: titles[kind],
    verdict,
    summary: (failing ?? unknown)?.detail ?? passSummary,
    checks,
    evidence: clean,
    fixes: verdict === "pass" ? [] : uniqueFixes(fixes),
  };
}

/** Subnets of one VPC often share an ACL or a route table: the one change that fixes them all, once. */
function uniqueFixes(fixes: PathFix[]): PathFix[] {
  const seen = new Set<string>();
  return fixes.filter((f) => {
    const key = f.command ?? f.description;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The EC2 read a missing piece of an account's data comes from. */
export const readOf = (operation: string, accountId: string | undefined, region: string | undefined) =>
  `${operation} in ${accountId ?? "the owning account"}${region ? ` / ${region}` : ""} (IAM ${operation.startsWith("List") || operation.startsWith("Get") ? "vpc-lattice" : "ec2"}:${operation})`;
