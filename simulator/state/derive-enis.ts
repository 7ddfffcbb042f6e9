/**
 * Derived ENIs: resource gateways and Resource/ServiceNetwork/Interface VPC endpoints get one ENI per
 * subnet unless the scenario lists them. Ids and addresses are deterministic so flow-log records, the
 * traffic model and tests agree on them without storing anything.
 */
import type { Scenario } from "../scenario/schema";
import { hashHex } from "./hash-hex";
import { intToIp, ipToInt, parseCidr } from "./ipv4";
import type { SimEni } from "./sim-eni";

/** Endpoint types that place ENIs in the consumer's subnets. */
export const ENI_ENDPOINT_TYPES = new Set(["Resource", "ServiceNetwork", "Interface"]);

/** AWS reserves the first four addresses and the last one of every subnet. */
const RESERVED_HEAD = 4;

export function derivedEniId(ownerId: string, subnetId: string): string {
  return `eni-${hashHex(`${ownerId}/${subnetId}`, 17)}`;
}

interface SubnetInfo {
  vpcId: string;
  az: string;
  azId: string;
  cidr: string;
}

class SubnetAllocator {
  private readonly used = new Map<string, Set<number>>();
  private readonly cursor = new Map<string, number>();

  constructor(private readonly subnets: Map<string, SubnetInfo>) {}

  reserve(subnetId: string, ip: string): void {
    this.usedIn(subnetId).add(ipToInt(ip));
  }

  allocate(subnetId: string, count: number): string[] {
    const subnet = this.subnets.get(subnetId);
    if (!subnet) throw new Error(`unknown subnet ${subnetId}`);
    const { base, size } = parseCidr(subnet.cidr);
    const used = this.usedIn(subnetId);
    const out: string[] = [];
    let next = this.cursor.get(subnetId) ?? base + RESERVED_HEAD;
    while (out.length < count) {
      if (next >= base + size - 1)
        throw new Error(`subnet ${subnetId} (${subnet.cidr}) has no free addresses`);
      if (!used.has(next)) {
        used.add(next);
        out.push(intToIp(next));
      }
      next += 1;
    }
    this.cursor.set(subnetId, next);
    return out;
  }

  private usedIn(subnetId: string): Set<number> {
    let set = this.used.get(subnetId);
    if (!set) {
      set = new Set();
      this.used.set(subnetId, set);
    }
    return set;
  }
}

function subnetIndex(scenario: Scenario): Map<string, SubnetInfo> {
  const map = new Map<string, SubnetInfo>();
  for (const vpc of scenario.vpcs) {
    for (const s of vpc.subnets) map.set(s.id, { vpcId: vpc.id, az: s.az, azId: s.azId, cidr: s.cidr });
  }
  return map;
}

/**
 * Explicit scenario ENIs plus derived ones. Allocation order (stable under scenario reordering):
 * explicit addresses are reserved first, then gateways sorted by id, then endpoints sorted by id,
 * each taking the lowest free addresses of its subnet above the reserved head.
 */
export function deriveEnis(scenario: Scenario): SimEni[] {
  const subnets = subnetIndex(scenario);
  const alloc = new SubnetAllocator(subnets);
  const listed = new Set(scenario.networkInterfaces.map((e) => e.id));
  const out: SimEni[] = [];

  for (const eni of scenario.networkInterfaces) {
    const subnet = subnets.get(eni.subnetId);
    for (const ip of eni.privateIpAddresses) if (subnet) alloc.reserve(eni.subnetId, ip);
    out.push({
      id: eni.id,
      account: eni.account,
      region: eni.region,
      vpcId: subnet?.vpcId ?? "",
      subnetId: eni.subnetId,
      availabilityZone: subnet?.az ?? "",
      availabilityZoneId: subnet?.azId ?? "",
      privateIpAddresses: eni.privateIpAddresses,
      ipv6Addresses: eni.ipv6Addresses,
      securityGroupIds: eni.securityGroupIds,
      description: eni.description,
      interfaceType: eni.interfaceType,
      requesterManaged: eni.requesterManaged,
      tags: eni.tags,
    });
  }

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const gw of [...scenario.resourceGateways].sort(byId)) {
    for (const subnetId of gw.subnetIds) {
      const id = derivedEniId(gw.id, subnetId);
      const subnet = subnets.get(subnetId);
      if (listed.has(id) || !subnet) continue;
      out.push({
        id,
        account: gw.account,
        region: gw.region,
        vpcId: subnet.vpcId,
        subnetId,
        availabilityZone: subnet.az,
        availabilityZoneId: subnet.azId,
        privateIpAddresses: alloc.allocate(
          subnetId,
          gw.ipAddressType === "IPV6" ? 1 : gw.ipv4AddressesPerEni,
        ),
        securityGroupIds: gw.securityGroupIds,
        description: `VPC Lattice resource gateway ${gw.id}`,
        // The real interface type of gateway ENIs is unconfirmed; "interface" keeps product filters honest.
        interfaceType: "interface",
        requesterManaged: true,
        requesterId: "vpc-lattice.amazonaws.com",
        tags: { VpcLatticeManaged: "true" },
        derivedFrom: { kind: "resourceGateway", id: gw.id },
      });
    }
  }

  for (const ep of [...scenario.vpcEndpoints].sort(byId)) {
    if (!ENI_ENDPOINT_TYPES.has(ep.type)) continue;
    for (const subnetId of ep.subnetIds) {
      const id = derivedEniId(ep.id, subnetId);
      const subnet = subnets.get(subnetId);
      if (listed.has(id) || !subnet) continue;
      out.push({
        id,
        account: ep.account,
        region: ep.region,
        vpcId: subnet.vpcId,
        subnetId,
        availabilityZone: subnet.az,
        availabilityZoneId: subnet.azId,
        privateIpAddresses: alloc.allocate(subnetId, 1),
        securityGroupIds: ep.securityGroupIds,
        description: `VPC Endpoint Interface ${ep.id}`,
        interfaceType: "vpc_endpoint",
        requesterManaged: true,
        requesterId: "vpce.amazonaws.com",
        tags: {},
        derivedFrom: { kind: "vpcEndpoint", id: ep.id },
      });
    }
  }
  return out;
}

/** The ENI ids of one gateway or endpoint, in subnet order (what `networkInterfaceIdSet` lists). */
export function eniIdsOf(ownerId: string, subnetIds: string[]): string[] {
  return subnetIds.map((s) => derivedEniId(ownerId, s));
}
