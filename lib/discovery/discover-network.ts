import "server-only";
import {
  paginateDescribeFlowLogs,
  paginateDescribeNetworkAcls,
  paginateDescribeNetworkInterfaces,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcs,
} from "@aws-sdk/client-ec2";
import type {
  Endpoint,
  FlowLog,
  Gateway,
  NetworkAcl,
  ResourceConfiguration,
  RouteTable,
  SecurityGroup,
  Subnet,
  Vpc,
} from "@/lib/schemas/inventory";
import { describeByFilter, EC2, ec2Paging } from "./ec2-helpers";
import { attempt, collect, type RegionContext } from "./region-context";
import { toFlowLog } from "./to-flow-log";
import { toNetworkAcl } from "./to-network-acl";
import { type DiscoveredEni, toNetworkInterface } from "./to-network-interface";
import { toRouteTable } from "./to-route-table";
import { toSecurityGroup } from "./to-security-group";
import { toSubnet, toVpc } from "./to-vpc-subnet";

export interface NetworkFound {
  enis: DiscoveredEni[];
  securityGroups: SecurityGroup[];
  subnets: Subnet[];
  vpcs: Vpc[];
  flowLogs: FlowLog[];
  networkAcls: NetworkAcl[];
  routeTables: RouteTable[];
}

/**
 * The EC2 context of this account's gateways and endpoints: gateway ENIs (tagged
 * VpcLatticeManaged=true in the gateways' VPCs), endpoint ENIs (by id), the ENIs holding IP
 * targets of this account's configurations (in its gateways' VPCs), then the security groups,
 * subnets and VPCs any of them reference, the region's flow logs, and the network ACLs and route
 * tables of the gateways' VPCs (path check: the gateway side of a route). `extraGroupIds` are
 * security groups named elsewhere (service-network VPC associations of this account).
 */
export async function discoverNetwork(
  ctx: RegionContext,
  gateways: Gateway[],
  configurations: ResourceConfiguration[],
  endpoints: Endpoint[],
  extraVpcIds: string[],
  extraGroupIds: string[] = [],
): Promise<NetworkFound> {
  const mine = <T extends { accountId: string }>(items: T[]) =>
    items.filter((i) => i.accountId === ctx.accountId);
  const ownGateways = mine(gateways);
  const ownEndpoints = mine(endpoints);
  const paging = ec2Paging(ctx);
  const see = { accountId: ctx.accountId, region: ctx.region };

  const targetIps = mine(configurations).flatMap((c) =>
    c.definition?.kind === "ip" ? [c.definition.ipAddress] : [],
  );
  const gatewayVpcIds = ownGateways.map((g) => g.vpcId);
  const [gatewayEnis, endpointEnis, resourceEnis, flowLogs, networkAcls, routeTables] = await Promise.all([
    describeByFilter(
      ctx,
      "DescribeNetworkInterfaces",
      "vpc-id",
      ownGateways.map((g) => g.vpcId),
      (Filters) => paginateDescribeNetworkInterfaces(paging, { Filters }),
      (p) => p.NetworkInterfaces,
      [{ Name: "tag:VpcLatticeManaged", Values: ["true"] }],
    ),
    describeByFilter(
      ctx,
      "DescribeNetworkInterfaces",
      "network-interface-id",
      ownEndpoints.flatMap((e) => e.eniIds),
      (Filters) => paginateDescribeNetworkInterfaces(paging, { Filters }),
      (p) => p.NetworkInterfaces,
    ),
    describeByFilter(
      ctx,
      "DescribeNetworkInterfaces",
      "addresses.private-ip-address",
      ownGateways.length > 0 ? targetIps : [],
      (Filters) => paginateDescribeNetworkInterfaces(paging, { Filters }),
      (p) => p.NetworkInterfaces,
      [{ Name: "vpc-id", Values: [...new Set(ownGateways.map((g) => g.vpcId))] }],
    ),
    attempt(
      ctx,
      EC2,
      "DescribeFlowLogs",
      () => collect(paginateDescribeFlowLogs(paging, {}), (p) => p.FlowLogs),
      [],
    ),
    describeByFilter(
      ctx,
      "DescribeNetworkAcls",
      "vpc-id",
      gatewayVpcIds,
      (Filters) => paginateDescribeNetworkAcls(paging, { Filters }),
      (p) => p.NetworkAcls,
    ),
    describeByFilter(
      ctx,
      "DescribeRouteTables",
      "vpc-id",
      gatewayVpcIds,
      // DescribeRouteTables caps MaxResults at 100 (EC2 model).
      (Filters) =>
        paginateDescribeRouteTables({ ...paging, pageSize: Math.min(100, paging.pageSize) }, { Filters }),
      (p) => p.RouteTables,
    ),
  ]);
  const enis = [...gatewayEnis, ...endpointEnis, ...resourceEnis].map((e) => toNetworkInterface(e, see));

  const groupIds = [
    ...ownGateways.flatMap((g) => g.securityGroupIds),
    ...ownEndpoints.flatMap((e) => e.securityGroupIds),
    ...enis.flatMap((e) => e.securityGroupIds),
    ...extraGroupIds,
  ];
  const subnetIds = [
    ...ownGateways.flatMap((g) => g.subnetIds),
    ...ownEndpoints.flatMap((e) => e.subnetIds),
    ...enis.map((e) => e.subnetId),
  ];
  const vpcIds = [...ownGateways.map((g) => g.vpcId), ...ownEndpoints.map((e) => e.vpcId), ...extraVpcIds];

  const [groups, subnets, vpcs] = await Promise.all([
    describeByFilter(
      ctx,
      "DescribeSecurityGroups",
      "group-id",
      groupIds,
      (Filters) => paginateDescribeSecurityGroups(paging, { Filters }),
      (p) => p.SecurityGroups,
    ),
    describeByFilter(
      ctx,
      "DescribeSubnets",
      "subnet-id",
      subnetIds,
      (Filters) => paginateDescribeSubnets(paging, { Filters }),
      (p) => p.Subnets,
    ),
    describeByFilter(
      ctx,
      "DescribeVpcs",
      "vpc-id",
      vpcIds,
      (Filters) => paginateDescribeVpcs(paging, { Filters }),
      (p) => p.Vpcs,
    ),
  ]);
  return {
    enis,
    securityGroups: groups.map((g) => toSecurityGroup(g, see)),
    subnets: subnets.map((s) => toSubnet(s, see)),
    vpcs: vpcs.map((v) => toVpc(v, see)),
    flowLogs: flowLogs.map((f) => toFlowLog(f, see)),
    networkAcls: networkAcls.map((a) => toNetworkAcl(a, see)),
    routeTables: routeTables.map((t) => toRouteTable(t, see)),
  };
}
