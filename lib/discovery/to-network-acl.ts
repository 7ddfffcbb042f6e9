import type { NetworkAcl as RawNetworkAcl } from "@aws-sdk/client-ec2";
import type { NetworkAcl } from "@/lib/schemas/inventory";

export function toNetworkAcl(raw: RawNetworkAcl, seen: { accountId: string; region: string }): NetworkAcl {
  return {
    id: raw.NetworkAclId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    vpcId: raw.VpcId ?? "",
    isDefault: raw.IsDefault ?? false,
    subnetIds: (raw.Associations ?? []).flatMap((a) => (a.SubnetId ? [a.SubnetId] : [])),
    entries: (raw.Entries ?? []).map((e) => ({
      ruleNumber: e.RuleNumber ?? 32767,
      egress: e.Egress ?? false,
      protocol: e.Protocol ?? "-1",
      ruleAction: e.RuleAction === "allow" ? "allow" : "deny",
      cidrBlock: e.CidrBlock,
      ipv6CidrBlock: e.Ipv6CidrBlock,
      portRange:
        e.PortRange?.From !== undefined
          ? { from: e.PortRange.From, to: e.PortRange.To ?? e.PortRange.From }
          : undefined,
    })),
  };
}
