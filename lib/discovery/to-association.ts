import type {
  ResourceEndpointAssociationSummary,
  ServiceNetworkEndpointAssociation,
  ServiceNetworkResourceAssociationSummary,
  ServiceNetworkServiceAssociationSummary,
  ServiceNetworkVpcAssociationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type { Association } from "@/lib/schemas/inventory";
import { idFromArn, iso, ownerOf, parseArn } from "./parse-arn";

interface Seen {
  accountId: string;
  region: string;
}

/** The fields every association summary with an ARN maps the same way; the owner is the ARN's account. */
function located(raw: { id?: string; arn?: string; status?: string; createdAt?: Date }, seen: Seen) {
  return {
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seen.accountId),
    region: seen.region,
    status: raw.status,
    createdAt: iso(raw.createdAt),
  };
}

/** Pattern 1: a Resource-type VPC endpoint associated with a configuration. */
export function toResourceEndpointAssociation(
  raw: ResourceEndpointAssociationSummary,
  seen: Seen,
): Association {
  return {
    kind: "resource-endpoint",
    ...located(raw, seen),
    resourceConfigurationId: raw.resourceConfigurationId ?? idFromArn(raw.resourceConfigurationArn) ?? "",
    vpcEndpointId: raw.vpcEndpointId ?? "",
    vpcEndpointOwner: raw.vpcEndpointOwner,
  };
}

export function toSnResourceAssociation(
  raw: ServiceNetworkResourceAssociationSummary,
  seen: Seen,
): Association {
  return {
    kind: "sn-resource",
    ...located(raw, seen),
    serviceNetworkId: idFromArn(raw.serviceNetworkId ?? raw.serviceNetworkArn) ?? "",
    resourceConfigurationId: raw.resourceConfigurationId ?? idFromArn(raw.resourceConfigurationArn) ?? "",
    failureCode: raw.failureCode,
    dnsName: raw.dnsEntry?.domainName,
    privateDnsEnabled: raw.privateDnsEnabled,
  };
}

/** Pattern 3: a consumer VPC associated with a service network. */
export function toSnVpcAssociation(
  raw: ServiceNetworkVpcAssociationSummary,
  seen: Seen,
  securityGroupIds?: string[],
): Association {
  return {
    kind: "sn-vpc",
    ...located(raw, seen),
    serviceNetworkId: raw.serviceNetworkId ?? idFromArn(raw.serviceNetworkArn) ?? "",
    vpcId: raw.vpcId ?? "",
    securityGroupIds,
    privateDnsEnabled: raw.privateDnsEnabled,
  };
}

/**
 * Pattern 2: a ServiceNetwork-type endpoint. The API returns no ARN for these, so a stable one is
 * built from the network's ARN; the owner is the endpoint's owner.
 */
export function toSnEndpointAssociation(
  raw: ServiceNetworkEndpointAssociation,
  serviceNetworkId: string,
  seen: Seen,
): Association {
  const id = raw.id ?? `${serviceNetworkId}/${raw.vpcEndpointId ?? ""}`;
  return {
    kind: "sn-endpoint",
    id,
    arn: `${raw.serviceNetworkArn ?? serviceNetworkId}/vpcendpointassociation/${id}`,
    accountId: raw.vpcEndpointOwnerId ?? seen.accountId,
    region: parseArn(raw.serviceNetworkArn)?.region || seen.region,
    status: raw.state,
    serviceNetworkId,
    vpcEndpointId: raw.vpcEndpointId ?? "",
    vpcId: raw.vpcId,
    createdAt: iso(raw.createdAt),
  };
}

export function toSnServiceAssociation(
  raw: ServiceNetworkServiceAssociationSummary,
  seen: Seen,
): Association {
  return {
    kind: "sn-service",
    ...located(raw, seen),
    serviceNetworkId: raw.serviceNetworkId ?? idFromArn(raw.serviceNetworkArn) ?? "",
    serviceId: raw.serviceId ?? idFromArn(raw.serviceArn) ?? "",
    serviceName: raw.serviceName,
  };
}
