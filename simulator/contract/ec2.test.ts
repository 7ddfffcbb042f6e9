import {
  DescribeFlowLogsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeFlowLogs,
  paginateDescribeNetworkInterfaces,
  paginateDescribeSecurityGroups,
  paginateDescribeSubnets,
  paginateDescribeVpcEndpoints,
  paginateDescribeVpcs,
} from "@aws-sdk/client-ec2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { DEFAULT_FLOW_LOG_FORMAT } from "../services/ec2/describe-flow-logs";
import { derivedEniId } from "../state/derive-enis";
import { CONSUMER, CONSUMER_KEY, ids, PROVIDER, PROVIDER_KEY } from "../test-fixtures/small-scenario";
import { clientConfig, startTestSimulator } from "../test-fixtures/start-test-simulator";

let sim: RunningSimulator;
let provider: EC2Client;
let consumer: EC2Client;

beforeAll(async () => {
  sim = await startTestSimulator();
  provider = new EC2Client(clientConfig(sim, PROVIDER_KEY));
  consumer = new EC2Client(clientConfig(sim, CONSUMER_KEY));
});
afterAll(() => sim.close());

async function collect<T, P>(pages: AsyncIterable<P>, pick: (p: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

describe("EC2 through the real SDK", () => {
  it("describes endpoints one per page with lattice ARNs, ENIs and lowercase states", async () => {
    const eps = await collect(
      paginateDescribeVpcEndpoints({ client: consumer, pageSize: 1 }, {}),
      (p) => p.VpcEndpoints,
    );
    expect(eps.map((e) => e.VpcEndpointId)).toEqual([
      ids.resourceEndpoint,
      ids.snEndpoint,
      ids.interfaceEndpoint,
    ]);
    expect(eps[0]).toMatchObject({
      VpcEndpointType: "Resource",
      State: "available",
      OwnerId: CONSUMER,
      SubnetIds: [ids.consumerSubnetA, ids.consumerSubnetB],
      Groups: [{ GroupId: ids.consumerSg, GroupName: "consumer-sg" }],
      NetworkInterfaceIds: [
        derivedEniId(ids.resourceEndpoint, ids.consumerSubnetA),
        derivedEniId(ids.resourceEndpoint, ids.consumerSubnetB),
      ],
      ResourceConfigurationArn: `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/${ids.single}`,
    });
    expect(eps[0]?.CreationTimestamp).toBeInstanceOf(Date);
    expect(eps[1]?.ServiceNetworkArn).toBe(
      `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/${ids.serviceNetwork}`,
    );
  });

  it("filters endpoints by type and rejects unknown ids", async () => {
    const out = await consumer.send(
      new DescribeVpcEndpointsCommand({
        Filters: [{ Name: "vpc-endpoint-type", Values: ["Resource", "ServiceNetwork"] }],
      }),
    );
    expect(out.VpcEndpoints).toHaveLength(2);
    await expect(
      consumer.send(new DescribeVpcEndpointsCommand({ VpcEndpointIds: ["vpce-00000000000000000"] })),
    ).rejects.toMatchObject({ name: "InvalidVpcEndpointId.NotFound", $metadata: { httpStatusCode: 400 } });
  });

  it("derives gateway ENIs: VpcLatticeManaged tag, requester-managed, gateway SGs, N addresses", async () => {
    const enis = await collect(
      paginateDescribeNetworkInterfaces(
        { client: provider, pageSize: 5 },
        {
          Filters: [
            { Name: "tag:VpcLatticeManaged", Values: ["true"] },
            { Name: "vpc-id", Values: [ids.providerVpc] },
          ],
        },
      ),
      (p) => p.NetworkInterfaces,
    );
    expect(enis.map((e) => e.SubnetId).sort()).toEqual([ids.providerSubnetA, ids.providerSubnetB]);
    const a = enis.find((e) => e.SubnetId === ids.providerSubnetA)!;
    expect(a).toMatchObject({
      NetworkInterfaceId: derivedEniId(ids.gateway, ids.providerSubnetA),
      RequesterManaged: true,
      Description: `VPC Lattice resource gateway ${ids.gateway}`,
      Groups: [{ GroupId: ids.gatewaySg }],
      TagSet: [{ Key: "VpcLatticeManaged", Value: "true" }],
    });
    // 10.0.1.4 is taken by the scenario's database ENI, so allocation starts at .5.
    expect(a.PrivateIpAddresses?.map((p) => p.PrivateIpAddress)).toEqual([
      "10.0.1.5",
      "10.0.1.6",
      "10.0.1.7",
    ]);
    expect(a.PrivateIpAddresses?.[0]?.Primary).toBe(true);
  });

  it("filters ENIs by interface type, address, group and id; MaxResults rules", async () => {
    const endpointEnis = await consumer.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [{ Name: "interface-type", Values: ["vpc_endpoint"] }],
      }),
    );
    expect(endpointEnis.NetworkInterfaces).toHaveLength(4);
    const byIp = await provider.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [{ Name: "addresses.private-ip-address", Values: ["10.0.1.4"] }],
      }),
    );
    expect(byIp.NetworkInterfaces?.map((e) => e.NetworkInterfaceId)).toEqual([ids.dbEni]);
    expect(byIp.NetworkInterfaces?.[0]?.Ipv6Addresses).toEqual([{ Ipv6Address: "2600:1f18:4a3:6901::4" }]);
    const byGroup = await provider.send(
      new DescribeNetworkInterfacesCommand({
        Filters: [
          { Name: "group-id", Values: [ids.gatewaySg] },
          { Name: "tag-key", Values: ["VpcLatticeManaged"] },
        ],
      }),
    );
    expect(byGroup.NetworkInterfaces).toHaveLength(2);
    await expect(
      provider.send(new DescribeNetworkInterfacesCommand({ MaxResults: 4 })),
    ).rejects.toMatchObject({
      name: "InvalidParameterValue",
    });
    await expect(
      provider.send(
        new DescribeNetworkInterfacesCommand({ MaxResults: 5, NetworkInterfaceIds: [ids.dbEni] }),
      ),
    ).rejects.toMatchObject({ name: "InvalidParameterCombination" });
    await expect(
      provider.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: ["eni-00000000000000000"] })),
    ).rejects.toMatchObject({ name: "InvalidNetworkInterfaceID.NotFound" });
  });

  it("describes security groups with rules (CIDRs, IPv6, group pairs, prefix lists)", async () => {
    const groups = await collect(
      paginateDescribeSecurityGroups({ client: provider, pageSize: 5 }, {}),
      (p) => p.SecurityGroups,
    );
    expect(groups).toHaveLength(2);
    const db = (await provider.send(new DescribeSecurityGroupsCommand({ GroupIds: [ids.dbSg] })))
      .SecurityGroups?.[0];
    expect(db?.IpPermissions).toMatchObject([
      {
        IpProtocol: "tcp",
        FromPort: 5432,
        ToPort: 5432,
        UserIdGroupPairs: [{ GroupId: ids.gatewaySg, UserId: PROVIDER }],
      },
    ]);
    expect(db?.IpPermissionsEgress).toMatchObject([
      {
        IpProtocol: "-1",
        IpRanges: [{ CidrIp: "0.0.0.0/0" }],
        Ipv6Ranges: [{ CidrIpv6: "::/0" }],
        PrefixListIds: [{ PrefixListId: "pl-12345678" }],
      },
    ]);
    const gw = await provider.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: "group-id", Values: [ids.gatewaySg] }] }),
    );
    expect(gw.SecurityGroups?.[0]?.IpPermissionsEgress?.[0]?.IpRanges).toEqual([
      { CidrIp: "10.0.1.0/24", Description: "to db" },
    ]);
    await expect(
      provider.send(new DescribeSecurityGroupsCommand({ GroupIds: ["sg-000"] })),
    ).rejects.toMatchObject({
      name: "InvalidGroup.NotFound",
    });
  });

  it("describes subnets and VPCs with ids and filters", async () => {
    const subnets = await collect(
      paginateDescribeSubnets({ client: provider, pageSize: 5 }, {}),
      (p) => p.Subnets,
    );
    expect(subnets.map((s) => s.SubnetId)).toEqual([ids.providerSubnetA, ids.providerSubnetB]);
    const inAz = await provider.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: "availability-zone", Values: ["us-east-1b"] }] }),
    );
    expect(inAz.Subnets).toMatchObject([
      { SubnetId: ids.providerSubnetB, AvailabilityZoneId: "use1-az2", CidrBlock: "10.0.2.0/24" },
    ]);
    const vpcs = await collect(paginateDescribeVpcs({ client: consumer, pageSize: 5 }, {}), (p) => p.Vpcs);
    expect(vpcs).toMatchObject([{ VpcId: ids.consumerVpc, CidrBlock: "10.1.0.0/16", OwnerId: CONSUMER }]);
    await expect(provider.send(new DescribeVpcsCommand({ VpcIds: [ids.consumerVpc] }))).rejects.toMatchObject(
      {
        name: "InvalidVpcID.NotFound",
      },
    );
  });

  it("answers DryRun with DryRunOperation", async () => {
    await expect(provider.send(new DescribeVpcsCommand({ DryRun: true }))).rejects.toMatchObject({
      name: "DryRunOperation",
      $metadata: { httpStatusCode: 412 },
    });
  });

  it("describes flow logs, defaulting the format and filtering by resource", async () => {
    const logs = await collect(
      paginateDescribeFlowLogs({ client: provider, pageSize: 1 }, {}),
      (p) => p.FlowLogs,
    );
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({
      ResourceId: ids.providerVpc,
      LogFormat: DEFAULT_FLOW_LOG_FORMAT,
      LogDestinationType: "cloud-watch-logs",
      FlowLogStatus: "ACTIVE",
      DeliverLogsStatus: "SUCCESS",
      MaxAggregationInterval: 600,
    });
    const bySubnet = await provider.send(
      new DescribeFlowLogsCommand({ Filter: [{ Name: "resource-id", Values: [ids.providerSubnetA] }] }),
    );
    expect(bySubnet.FlowLogs?.[0]).toMatchObject({
      MaxAggregationInterval: 60,
      LogGroupName: "/vpc/flow/Provider-gw",
    });
  });

  it("surfaces RequestLimitExceeded without retries and absorbs it with retries", async () => {
    sim.setFaults([{ service: "ec2", throttleRate: 1 }]);
    await expect(provider.send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: "RequestLimitExceeded",
      $metadata: { httpStatusCode: 503 },
    });
    sim.setFaults([{ service: "ec2", throttleRate: 0.5 }]);
    const out = await new EC2Client(clientConfig(sim, PROVIDER_KEY, 5)).send(new DescribeVpcsCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    sim.setFaults([{ service: "ec2", accessDenied: true }]);
    await expect(provider.send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: "UnauthorizedOperation",
      $metadata: { httpStatusCode: 403 },
    });
    sim.setFaults([]);
  });
});
