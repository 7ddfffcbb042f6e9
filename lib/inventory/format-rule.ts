import type { SecurityGroupRule } from "@/lib/schemas/inventory";

/** "TCP", "All traffic", "ICMP"… as the EC2 console names protocols. */
export function ruleProtocol(rule: SecurityGroupRule): string {
  if (rule.protocol === "-1") return "All traffic";
  const p = rule.protocol.toLowerCase();
  return p === "6" ? "TCP" : p === "17" ? "UDP" : p.toUpperCase();
}

/** "5432", "6379–6380", or "All" (protocol -1, or the full 0–65535 range). */
export function rulePorts(rule: SecurityGroupRule): string {
  const { fromPort: from, toPort: to } = rule;
  if (rule.protocol === "-1" || from === undefined || from === -1) return "All";
  if (from === 0 && to === 65535) return "All";
  return to === undefined || to === from ? String(from) : `${from}–${to}`;
}

/** Every peer of the rule: CIDRs, IPv6 CIDRs, security groups, prefix lists. */
export function rulePeers(rule: SecurityGroupRule): string[] {
  return [...rule.cidrs, ...rule.ipv6Cidrs, ...rule.securityGroupIds, ...rule.prefixListIds];
}

/** Open to the world on every port: the rule a review should flag first. */
export function isWideOpen(rule: SecurityGroupRule): boolean {
  const world = rule.cidrs.includes("0.0.0.0/0") || rule.ipv6Cidrs.includes("::/0");
  return world && rulePorts(rule) === "All";
}
