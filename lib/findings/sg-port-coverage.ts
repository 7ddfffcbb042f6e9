import type { SecurityGroupRule } from "@/lib/schemas/inventory";
import { cidrContainsCidr, cidrContainsIp, ipv6Matches, isIpv4 } from "./ipv4";
import { allPorts, type PortInterval, uncoveredPorts } from "./port-ranges";

/**
 * The other side of a rule: a destination for egress, a source for ingress.
 * `address` is an IP or a CIDR; `securityGroupIds` are the groups the peer holds, undefined when not known.
 * `any` checks ports only (the destination could not be resolved).
 */
export type Peer = { any: true } | { address: string; securityGroupIds?: string[] };

export type PortVerdict =
  | { verdict: "allowed" }
  /** Only rules we cannot resolve (prefix lists, SG references to unknown peers) would allow it. */
  | { verdict: "unknown"; unresolved: PortInterval[] }
  | { verdict: "blocked"; blocked: PortInterval[] };

function tcpPorts(rule: SecurityGroupRule): PortInterval | undefined {
  const protocol = rule.protocol.toLowerCase();
  if (protocol === "-1" || protocol === "all") return allPorts;
  if (protocol !== "tcp" && protocol !== "6") return undefined;
  if (rule.fromPort === undefined || rule.fromPort < 0) return allPorts;
  return [rule.fromPort, rule.toPort ?? rule.fromPort];
}

function peerMatch(rule: SecurityGroupRule, peer: Peer): "yes" | "maybe" | "no" {
  if ("any" in peer) return "yes";
  const { address } = peer;
  const ipv4 = isIpv4(address.split("/")[0] ?? "");
  if (
    ipv4 &&
    rule.cidrs.some((c) =>
      address.includes("/") ? cidrContainsCidr(c, address) : cidrContainsIp(c, address),
    )
  )
    return "yes";
  if (!ipv4 && rule.ipv6Cidrs.some((c) => ipv6Matches(c, address))) return "yes";
  if (rule.securityGroupIds.length > 0) {
    if (peer.securityGroupIds === undefined) return "maybe";
    if (rule.securityGroupIds.some((id) => peer.securityGroupIds?.includes(id))) return "yes";
  }
  // A prefix list's entries are not in the inventory: it may or may not hold the peer.
  if (rule.prefixListIds.length > 0) return "maybe";
  return "no";
}

/** Whether the union of `rules` allows TCP on every port of `wanted` to/from `peer`. */
export function tcpPortCoverage(rules: SecurityGroupRule[], peer: Peer, wanted: PortInterval[]): PortVerdict {
  const definite: PortInterval[] = [];
  const possible: PortInterval[] = [];
  for (const rule of rules) {
    const ports = tcpPorts(rule);
    if (!ports) continue;
    const match = peerMatch(rule, peer);
    if (match === "yes") definite.push(ports);
    if (match !== "no") possible.push(ports);
  }
  if (uncoveredPorts(wanted, definite).length === 0) return { verdict: "allowed" };
  const blocked = uncoveredPorts(wanted, possible);
  if (blocked.length === 0) return { verdict: "unknown", unresolved: uncoveredPorts(wanted, definite) };
  return { verdict: "blocked", blocked };
}
