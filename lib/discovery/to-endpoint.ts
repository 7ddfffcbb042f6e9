import type { VpcEndpoint } from "@aws-sdk/client-ec2";
import type { Endpoint, EndpointType } from "@/lib/schemas/inventory";
import { iso } from "./parse-arn";

/**
 * A VPC endpoint (types Resource and ServiceNetwork). EC2 returns no ARN, so it is built in the
 * documented form. Configuration/network ids, AZs and ENIs are resolved later.
 */
export function toEndpoint(raw: VpcEndpoint, seenFrom: { accountId: string; region: string }): Endpoint {
  const id = raw.VpcEndpointId ?? "";
  const accountId = raw.OwnerId ?? seenFrom.accountId;
  return {
    id,
    arn: `arn:aws:ec2:${seenFrom.region}:${accountId}:vpc-endpoint/${id}`,
    accountId,
    region: seenFrom.region,
    type: (raw.VpcEndpointType ?? "Interface") as EndpointType,
    state: raw.State ?? "unknown",
    vpcId: raw.VpcId ?? "",
    subnetIds: raw.SubnetIds ?? [],
    availabilityZones: [],
    securityGroupIds: (raw.Groups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    eniIds: raw.NetworkInterfaceIds ?? [],
    enis: [],
    resourceConfigurationArn: raw.ResourceConfigurationArn,
    serviceNetworkArn: raw.ServiceNetworkArn,
    serviceName: raw.ServiceName,
    privateDnsEnabled: raw.PrivateDnsEnabled,
    dnsNames: (raw.DnsEntries ?? []).flatMap((d) => (d.DnsName ? [d.DnsName] : [])),
    policyDocument: raw.PolicyDocument,
    createdAt: iso(raw.CreationTimestamp),
    failureReason: raw.FailureReason,
  };
}
