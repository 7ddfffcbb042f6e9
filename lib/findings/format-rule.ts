import type { SecurityGroupRule } from "@/lib/schemas/inventory";

/** "tcp 5432 10.0.0.0/16, sg-123" — a rule as one line of evidence. */
export function formatRule(rule: SecurityGroupRule): string {
  const protocol = rule.protocol === "-1" ? "all" : rule.protocol;
  const ports =
    rule.protocol === "-1" || rule.fromPort === undefined || rule.fromPort < 0
      ? "all ports"
      : rule.fromPort === rule.toPort || rule.toPort === undefined
        ? String(rule.fromPort)
        : `${rule.fromPort}-${rule.toPort}`;
  const peers = [...rule.cidrs, ...rule.ipv6Cidrs, ...rule.securityGroupIds, ...rule.prefixListIds];
  return `${protocol} ${ports} ${peers.join(", ") || "(no peer)"}`;
}
