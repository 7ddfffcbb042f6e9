import type { IpPermission, SecurityGroup as RawSecurityGroup } from "@aws-sdk/client-ec2";
import type { SecurityGroup, SecurityGroupRule } from "@/lib/schemas/inventory";

export function toRule(raw: IpPermission): SecurityGroupRule {
  return {
    protocol: raw.IpProtocol ?? "-1",
    fromPort: raw.FromPort,
    toPort: raw.ToPort,
    cidrs: (raw.IpRanges ?? []).flatMap((r) => (r.CidrIp ? [r.CidrIp] : [])),
    ipv6Cidrs: (raw.Ipv6Ranges ?? []).flatMap((r) => (r.CidrIpv6 ? [r.CidrIpv6] : [])),
    securityGroupIds: (raw.UserIdGroupPairs ?? []).flatMap((p) => (p.GroupId ? [p.GroupId] : [])),
    prefixListIds: (raw.PrefixListIds ?? []).flatMap((p) => (p.PrefixListId ? [p.PrefixListId] : [])),
  };
}

export function toSecurityGroup(
  raw: RawSecurityGroup,
  seen: { accountId: string; region: string },
): SecurityGroup {
  return {
    id: raw.GroupId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    vpcId: raw.VpcId,
    name: raw.GroupName ?? raw.GroupId ?? "",
    description: raw.Description,
    ingress: (raw.IpPermissions ?? []).map(toRule),
    egress: (raw.IpPermissionsEgress ?? []).map(toRule),
  };
}
