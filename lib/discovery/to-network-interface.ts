import type { NetworkInterface as RawNetworkInterface } from "@aws-sdk/client-ec2";
import type { NetworkInterface } from "@/lib/schemas/inventory";

/** An ENI with the tags and requester that resolveRelationships uses to attribute it. */
export interface DiscoveredEni extends NetworkInterface {
  accountId: string;
  region: string;
  tags: Record<string, string>;
}

export function toNetworkInterface(
  raw: RawNetworkInterface,
  seen: { accountId: string; region: string },
): DiscoveredEni {
  // Primary first: flow logs name an ENI's primary address in srcaddr/dstaddr (aws-facts §0.1.1).
  const addresses = [...(raw.PrivateIpAddresses ?? [])]
    .sort((a, b) => Number(b.Primary === true) - Number(a.Primary === true))
    .flatMap((a) => (a.PrivateIpAddress ? [a.PrivateIpAddress] : []));
  if (addresses.length === 0 && raw.PrivateIpAddress) addresses.push(raw.PrivateIpAddress);
  return {
    id: raw.NetworkInterfaceId ?? "",
    accountId: raw.OwnerId ?? seen.accountId,
    region: seen.region,
    subnetId: raw.SubnetId ?? "",
    vpcId: raw.VpcId ?? "",
    availabilityZone: raw.AvailabilityZone ?? "",
    availabilityZoneId: raw.AvailabilityZoneId,
    privateIpAddresses: addresses,
    ...ipv6Of(raw),
    securityGroupIds: (raw.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    status: raw.Status,
    description: raw.Description || undefined,
    tags: Object.fromEntries((raw.TagSet ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
  };
}

function ipv6Of(raw: RawNetworkInterface): { ipv6Addresses?: string[] } {
  const v6 = (raw.Ipv6Addresses ?? []).flatMap((a) => (a.Ipv6Address ? [a.Ipv6Address] : []));
  return v6.length > 0 ? { ipv6Addresses: v6 } : {};
}

/** The domain shape, without the discovery-only fields. */
export function publicEni(eni: DiscoveredEni): NetworkInterface {
  const { accountId: _a, region: _r, tags: _t, ...rest } = eni;
  return rest;
}
