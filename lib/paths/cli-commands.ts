/**
 * Fix commands as AWS CLI lines with the real ids. The product never runs them; the user copies them.
 * Flags are the input members of the operations (checked in cli-commands.test.ts against the
 * EC2 SDK's schemas and the VPC Lattice botocore model).
 */
import type { PortInterval } from "@/lib/findings/port-ranges";
import type { RouteTargetKind } from "@/lib/schemas/inventory";

const perm = ([from, to]: PortInterval, peer: string) =>
  `IpProtocol=tcp,FromPort=${from},ToPort=${to},${peer}`;

export function authorizeIngressFromCidr(
  region: string,
  groupId: string,
  ports: PortInterval[],
  cidr: string,
): string {
  const perms = ports.map((p) => `'${perm(p, `IpRanges=[{CidrIp=${cidr}}]`)}'`).join(" ");
  return `aws ec2 authorize-security-group-ingress --region ${region} --group-id ${groupId} --ip-permissions ${perms}`;
}

export function authorizeIngressFromGroup(
  region: string,
  groupId: string,
  ports: PortInterval[],
  fromGroup: string,
): string {
  const perms = ports.map((p) => `'${perm(p, `UserIdGroupPairs=[{GroupId=${fromGroup}}]`)}'`).join(" ");
  return `aws ec2 authorize-security-group-ingress --region ${region} --group-id ${groupId} --ip-permissions ${perms}`;
}

export function authorizeEgressToCidr(
  region: string,
  groupId: string,
  ports: PortInterval[],
  cidr: string,
): string {
  const perms = ports.map((p) => `'${perm(p, `IpRanges=[{CidrIp=${cidr}}]`)}'`).join(" ");
  return `aws ec2 authorize-security-group-egress --region ${region} --group-id ${groupId} --ip-permissions ${perms}`;
}

export function createAclEntry(
  region: string,
  aclId: string,
  egress: boolean,
  ruleNumber: number,
  [from, to]: PortInterval,
  cidr: string,
): string {
  return `aws ec2 create-network-acl-entry --region ${region} --network-acl-id ${aclId} ${egress ? "--egress" : "--ingress"} --rule-number ${ruleNumber} --protocol tcp --port-range From=${from},To=${to} --cidr-block ${cidr} --rule-action allow`;
}

const routeTargetFlag: Partial<Record<RouteTargetKind, string>> = {
  "transit-gateway": "--transit-gateway-id",
  "vpn-gateway": "--gateway-id",
  peering: "--vpc-peering-connection-id",
};

export function createRoute(
  region: string,
  routeTableId: string,
  cidr: string,
  target: { kind: RouteTargetKind; id: string } | undefined,
): string {
  const flag = target ? (routeTargetFlag[target.kind] ?? "--gateway-id") : "--transit-gateway-id";
  return `aws ec2 create-route --region ${region} --route-table-id ${routeTableId} --destination-cidr-block ${cidr} ${flag} ${target?.id ?? "<transit-gateway-id>"}`;
}

export function addEndpointSubnets(region: string, endpointId: string, subnetIds: string[]): string {
  return `aws ec2 modify-vpc-endpoint --region ${region} --vpc-endpoint-id ${endpointId} --add-subnet-ids ${subnetIds.join(" ")}`;
}

export function enableEndpointPrivateDns(region: string, endpointId: string): string {
  return `aws ec2 modify-vpc-endpoint --region ${region} --vpc-endpoint-id ${endpointId} --private-dns-enabled`;
}

export function createResourceEndpoint(
  region: string,
  vpcId: string,
  configurationArn: string,
  subnetIds: string[],
): string {
  const subnets = subnetIds.length > 0 ? subnetIds.join(" ") : "<subnet-id>";
  return `aws ec2 create-vpc-endpoint --region ${region} --vpc-endpoint-type Resource --vpc-id ${vpcId} --resource-configuration-arn ${configurationArn} --subnet-ids ${subnets}`;
}

export function associateWithServiceNetwork(
  region: string,
  configurationId: string,
  serviceNetworkId: string,
): string {
  return `aws vpc-lattice create-service-network-resource-association --region ${region} --resource-configuration-identifier ${configurationId} --service-network-identifier ${serviceNetworkId}`;
}

export function setVpcAssociationGroups(region: string, associationId: string, groupIds: string[]): string {
  return `aws vpc-lattice update-service-network-vpc-association --region ${region} --service-network-vpc-association-identifier ${associationId} --security-group-ids ${groupIds.join(" ")}`;
}

export function updateGatewayGroups(region: string, gatewayId: string, groupIds: string[]): string {
  return `aws vpc-lattice update-resource-gateway --region ${region} --resource-gateway-identifier ${gatewayId} --security-group-ids ${groupIds.join(" ")}`;
}
