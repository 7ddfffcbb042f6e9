import type { ResourceGatewaySummary } from "@aws-sdk/client-vpc-lattice";
import type { Gateway } from "@/lib/schemas/inventory";
import { iso, ownerOf } from "./parse-arn";

/**
 * A resource gateway from its ListResourceGateways summary (which carries everything the
 * dashboard needs, so GetResourceGateway is not called). ENIs, AZs and configurations are
 * filled in by resolveRelationships.
 */
export function toGateway(
  raw: ResourceGatewaySummary,
  tags: Record<string, string>,
  seenFrom: { accountId: string; region: string },
): Gateway {
  return {
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seenFrom.accountId),
    region: seenFrom.region,
    name: raw.name ?? raw.id ?? "",
    status: raw.status ?? "UNKNOWN",
    vpcId: raw.vpcIdentifier ?? "",
    subnetIds: raw.subnetIds ?? [],
    securityGroupIds: raw.securityGroupIds ?? [],
    ipAddressType: raw.ipAddressType,
    ipv4AddressesPerEni: raw.ipv4AddressesPerEni,
    availabilityZones: [],
    enis: [],
    configurationIds: [],
    createdAt: iso(raw.createdAt),
    tags,
  };
}
