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

/** Pattern 1: a Resource-type VPC endpoint associated with a configuration. */
export function toResourceEndpointAssociation(
  raw: ResourceEndpointAssociationSummary,
  seen: Seen,
): Association {
  return {
    kind: "resource-endpoint",
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seen.accountId),
    region: seen.region,
    resourceConfigurationId: raw.resourceConfigurationId ?? idFromArn(raw.resourceConfigurationArn) ?? "",
    vpcEndpointId: raw.vpcEndpointId ?? "",
    vpcEndpointOwner: raw.vpcEndpointOwner,
    createdAt: iso(raw.createdAt),
  };
}

export function toSnResourceAssociation(
  raw: ServiceNetworkResourceAssociationSummary,
  seen: Seen,
): Association {
  return {
    kind: "sn-resource",
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seen.accountId),
    region: seen.region,
    status: raw.status,
    serviceNetworkId: idFromArn(raw.serviceNetworkId ?? raw.serviceNetworkArn) ?? "",
    resourceConfigurationId: raw.resourceConfigurationId ?? idFromArn(raw.resourceConfigurationArn) ?? "",
    failureCode: raw.failureCode,
    createdAt: iso(raw.createdAt),
  };
}

/** Pattern 3: a consumer VPC associated with a service network. */
export function toSnVpcAssociation(raw: ServiceNetworkVpcAssociationSummary, seen: Seen): Association {
  return {
    kind: "sn-vpc",
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seen.accountId),
    region: seen.region,
    status: raw.status,
    serviceNetworkId: raw.serviceNetworkId ?? idFromArn(raw.serviceNetworkArn) ?? "",
    vpcId: raw.vpcId ?? "",
    createdAt: iso(raw.createdAt),
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
  const region = parseArn(raw.serviceNetworkArn)?.region || seen.region;
  return {
    kind: "sn-endpoint",
    id,
    arn: `${raw.serviceNetworkArn ?? serviceNetworkId}/vpcendpointassociation/${id}`,
    accountId: raw.vpcEndpointOwnerId ?? seen.accountId,
    region,
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
    id: raw.id ?? "",
    arn: raw.arn ?? "",
    accountId: ownerOf(raw.arn, seen.accountId),
    region: seen.region,
    status: raw.status,
    serviceNetworkId: raw.serviceNetworkId ?? idFromArn(raw.serviceNetworkArn) ?? "",
    serviceId: raw.serviceId ?? idFromArn(raw.serviceArn) ?? "",
    serviceName: raw.serviceName,
    createdAt: iso(raw.createdAt),
  };
}
