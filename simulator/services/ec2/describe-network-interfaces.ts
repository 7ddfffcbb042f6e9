import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import { hashHex } from "../../state/hash-hex";
import type { SimEni } from "../../state/sim-eni";
import type { SimState } from "../../state/sim-state";
import { applyFilters, tagSet } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

function privateDnsName(ip: string, region: string): string {
  const host = `ip-${ip.replace(/\./g, "-")}`;
  return region === "us-east-1" ? `${host}.ec2.internal` : `${host}.${region}.compute.internal`;
}

function macAddress(id: string): string {
  const hex = `02${hashHex(`mac/${id}`, 10)}`;
  return hex.match(/../g)!.join(":");
}

function eniItem(e: SimEni, state: SimState): XmlValue {
  return {
    networkInterfaceId: e.id,
    subnetId: e.subnetId,
    vpcId: e.vpcId,
    availabilityZone: e.availabilityZone,
    availabilityZoneId: e.availabilityZoneId,
    description: e.description,
    ownerId: e.account,
    requesterId: e.requesterId,
    requesterManaged: e.requesterManaged,
    status: "in-use",
    macAddress: macAddress(e.id),
    privateIpAddress: e.privateIpAddresses[0],
    privateDnsName: e.privateIpAddresses[0] ? privateDnsName(e.privateIpAddresses[0], e.region) : undefined,
    sourceDestCheck: true,
    groupSet: e.securityGroupIds.map((id) => ({
      groupId: id,
      groupName: state.securityGroups.get(id)?.name ?? id,
    })),
    privateIpAddressesSet: e.privateIpAddresses.map((ip, i) => ({
      privateDnsName: privateDnsName(ip, e.region),
      privateIpAddress: ip,
      primary: i === 0,
    })),
    ipv6AddressesSet: (e.ipv6Addresses ?? []).map((ipv6Address) => ({ ipv6Address })),
    tagSet: tagSet(e.tags),
    interfaceType: e.interfaceType,
    operator: e.derivedFrom
      ? {
          managed: true,
          principal:
            e.derivedFrom.kind === "resourceGateway" ? "vpc-lattice.amazonaws.com" : "vpce.amazonaws.com",
        }
      : undefined,
  };
}

export function describeNetworkInterfaces(
  ctx: CallContext,
  params: URLSearchParams,
): Record<string, XmlValue> {
  const ids = listParam(params, "NetworkInterfaceId");
  if (ids.length > 0 && params.has("MaxResults")) {
    throw new SimError(
      "InvalidParameterCombination",
      400,
      "The parameter NetworkInterfaceIds cannot be used with the parameter MaxResults",
    );
  }
  let items = ctx.state.enis.filter((e) => e.account === ctx.account && e.region === ctx.region);
  if (ids.length > 0) {
    const missing = ids.find((id) => !items.some((e) => e.id === id));
    if (missing) {
      throw new SimError(
        "InvalidNetworkInterfaceID.NotFound",
        400,
        `The networkInterface ID '${missing}' does not exist`,
      );
    }
    items = items.filter((e) => ids.includes(e.id));
  }
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "vpc-id": (e) => e.vpcId,
      "subnet-id": (e) => e.subnetId,
      "group-id": (e) => e.securityGroupIds,
      "network-interface-id": (e) => e.id,
      "availability-zone": (e) => e.availabilityZone,
      "availability-zone-id": (e) => e.availabilityZoneId,
      "interface-type": (e) => e.interfaceType,
      "requester-managed": (e) => e.requesterManaged,
      "requester-id": (e) => e.requesterId,
      "addresses.private-ip-address": (e) => e.privateIpAddresses,
      "private-ip-address": (e) => e.privateIpAddresses[0],
      description: (e) => e.description,
      "owner-id": (e) => e.account,
      status: () => "in-use",
    },
    (e) => e.tags,
  );
  const page = ec2Page("DescribeNetworkInterfaces", params, items, { min: 5, max: 1000 });
  return { networkInterfaceSet: page.items.map((e) => eniItem(e, ctx.state)), nextToken: page.nextToken };
}
