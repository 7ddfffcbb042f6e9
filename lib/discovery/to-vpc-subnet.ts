import type { Subnet as RawSubnet, Vpc as RawVpc } from "@aws-sdk/client-ec2";
import type { Subnet, Vpc } from "@/lib/schemas/inventory";

interface Seen {
  accountId: string;
  region: string;
}

export function toSubnet(raw: RawSubnet, seen: Seen): Subnet {
  return {
    id: raw.SubnetId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    vpcId: raw.VpcId ?? "",
    availabilityZone: raw.AvailabilityZone ?? "",
    availabilityZoneId: raw.AvailabilityZoneId,
    cidrBlock: raw.CidrBlock,
  };
}

export function toVpc(raw: RawVpc, seen: Seen): Vpc {
  return {
    id: raw.VpcId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    cidrBlock: raw.CidrBlock,
    name: raw.Tags?.find((t) => t.Key === "Name")?.Value,
    isDefault: raw.IsDefault,
  };
}
