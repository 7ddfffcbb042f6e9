import type { SecurityGroupRule } from "@/lib/schemas/inventory";

/** "tcp 5432 10.0.0.0/16, sg-123" — a rule as one line of evidence. */
export function formatRule(rule: SecurityGroupRule): string {
  if (rule.protocol === "-1") return `all traffic ${peersOf(rule)}`;
  const ports =
    rule.fromPort === undefined || rule.fromPort < 0
      ? "all ports"
      : rule.fromPort === rule.toPort || rule.toPort === undefined
        ? String(rule.fromPort)
        : `${rule.fromPort}-${rule.toPort}`;
  return `${rule.protocol} ${ports} ${peersOf(rule)}`;
}

function peersOf(rule: SecurityGroupRule): string {
  const peers = [...rule.cidrs, ...rule.ipv6Cidrs, ...rule.securityGroupIds, ...rule.prefixListIds];
  return peers.join(", ") || "(no peer)";
}
