/**
 * Network ACL evaluation (VPC User Guide, "Network ACLs"): stateless, rules in ascending rule
 * number, the first rule matching protocol, CIDR and port decides; what no rule matches is denied
 * by the `*` rule. Return traffic is evaluated on its own, so the ephemeral ports must be allowed.
 */
import { cidrContainsCidr, cidrContainsIp, ipv4CidrRange, ipv6Matches, isIpv4 } from "@/lib/findings/ipv4";
import { type PortInterval, uncoveredPorts } from "@/lib/findings/port-ranges";
import type { NetworkAcl, NetworkAclEntry } from "@/lib/schemas/inventory";

/** AWS's recommended return-traffic range for NAT-style clients; the gateway's own source ports are undocumented. */
export const EPHEMERAL_PORTS: PortInterval = [1024, 65535];

export interface AclDecision {
  allowed: PortInterval[];
  /** Ports denied, with the rule that denied them (32767 = the `*` rule). */
  denied: { ports: PortInterval[]; ruleNumber: number }[];
  /** Ports decided by a rule whose CIDR only partly covers the peer CIDR. */
  uncertain: PortInterval[];
}

function entryPorts(e: NetworkAclEntry): PortInterval | undefined {
  if (e.protocol === "-1") return [0, 65535];
  if (e.protocol !== "6" && e.protocol.toLowerCase() !== "tcp") return undefined;
  return e.portRange ? [e.portRange.from, e.portRange.to] : [0, 65535];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** "yes" when the entry's CIDR holds the whole peer, "partly" when it holds some of it. */
function peerMatch(e: NetworkAclEntry, peer: string): "yes" | "partly" | "no" {
  const ipv4 = isIpv4(peer.split("/")[0] ?? "");
  if (!ipv4) return e.ipv6CidrBlock && ipv6Matches(e.ipv6CidrBlock, peer) ? "yes" : "no";
  if (!e.cidrBlock) return "no";
  if (peer.includes("/") ? cidrContainsCidr(e.cidrBlock, peer) : cidrContainsIp(e.cidrBlock, peer))
    return "yes";
  const a = ipv4CidrRange(e.cidrBlock);
  const b = ipv4CidrRange(peer);
  return a && b && overlaps(a, b) ? "partly" : "no";
}

function intersect(wanted: PortInterval[], range: PortInterval): PortInterval[] {
  return wanted.flatMap(([f, t]): PortInterval[] => {
    const from = Math.max(f, range[0]);
    const to = Math.min(t, range[1]);
    return from <= to ? [[from, to]] : [];
  });
}

/** TCP traffic in one direction (`egress`) to/from `peer` (an IP or CIDR) on `ports`. */
export function evaluateAcl(
  acl: NetworkAcl,
  egress: boolean,
  peer: string,
  ports: PortInterval[],
): AclDecision {
  const out: AclDecision = { allowed: [], denied: [], uncertain: [] };
  let remaining = ports;
  const rules = acl.entries.filter((e) => e.egress === egress).sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const rule of rules) {
    if (remaining.length === 0) break;
    const range = entryPorts(rule);
    if (!range) continue;
    const match = peerMatch(rule, peer);
    if (match === "no") continue;
    const hit = intersect(remaining, range);
    if (hit.length === 0) continue;
    if (match === "partly") out.uncertain.push(...hit);
    else if (rule.ruleAction === "allow") out.allowed.push(...hit);
    else out.denied.push({ ports: hit, ruleNumber: rule.ruleNumber });
    remaining = uncoveredPorts(remaining, hit);
  }
  if (remaining.length > 0) out.denied.push({ ports: remaining, ruleNumber: 32767 });
  return out;
}

/** The ACL a subnet uses: its explicit association, else its VPC's default ACL. */
export function aclOfSubnet(acls: NetworkAcl[], subnetId: string, vpcId: string): NetworkAcl | undefined {
  return (
    acls.find((a) => a.subnetIds.includes(subnetId)) ??
    // Only when the default ACL's associations were not listed: DescribeNetworkAcls names them.
    acls.find((a) => a.vpcId === vpcId && a.isDefault && a.subnetIds.length === 0)
  );
}

/** A free rule number below `before` in one direction, for a fix that must take precedence. */
export function freeRuleNumber(acl: NetworkAcl, egress: boolean, before: number): number {
  const used = new Set(acl.entries.filter((e) => e.egress === egress).map((e) => e.ruleNumber));
  const start =
    before === 32767 ? Math.min(32766, Math.max(0, ...[...used].filter((n) => n < 32767)) + 10) : before - 1;
  for (let n = start; n >= 1; n -= 1) if (!used.has(n)) return n;
  return 1;
}
