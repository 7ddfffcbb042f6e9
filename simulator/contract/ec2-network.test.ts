/**
 * DescribeNetworkAcls and DescribeRouteTables (path check) through the real EC2 client: the XML
 * element names of the EC2 model, the derived default ACL / main route table every VPC has, the
 * local route, filters, pagination limits and NotFound errors.
 */
import {
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  EC2Client,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
} from "@aws-sdk/client-ec2";
import { GetServiceNetworkVpcAssociationCommand, VPCLatticeClient } from "@aws-sdk/client-vpc-lattice";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../server";
import { CONSUMER_KEY, ids, PROVIDER, PROVIDER_KEY } from "../test-fixtures/small-scenario";
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

async function all<T, P>(pages: AsyncIterable<P>, pick: (p: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

describe("DescribeNetworkAcls through the real SDK", () => {
  it("returns the custom ACL with its entries and the VPC's default ACL holding the other subnet", async () => {
    const acls = await all(
      paginateDescribeNetworkAcls(
        { client: provider, pageSize: 5 },
        { Filters: [{ Name: "vpc-id", Values: [ids.providerVpc] }] },
      ),
      (p) => p.NetworkAcls,
    );
    expect(acls).toHaveLength(2);
    const custom = acls.find((a) => a.NetworkAclId === ids.providerAclB);
    const byDefault = acls.find((a) => a.IsDefault);
    expect(custom).toMatchObject({
      VpcId: ids.providerVpc,
      OwnerId: PROVIDER,
      IsDefault: false,
      Associations: [{ NetworkAclId: ids.providerAclB, SubnetId: ids.providerSubnetB }],
      Tags: [{ Key: "Name", Value: "provider-b-strict" }],
    });
    expect(custom?.Associations?.[0]?.NetworkAclAssociationId).toMatch(/^aclassoc-[0-9a-f]{17}$/);
    expect(custom?.Entries).toContainEqual({
      RuleNumber: 100,
      Protocol: "6",
      RuleAction: "allow",
      Egress: false,
      CidrBlock: "10.0.0.0/16",
      PortRange: { From: 5432, To: 5432 },
    });
    // Every ACL ends with the `*` rule (32767) denying the rest, both ways.
    expect(
      custom?.Entries?.filter((e) => e.RuleNumber === 32767).map((e) => [e.Egress, e.RuleAction]),
    ).toEqual([
      [false, "deny"],
      [true, "deny"],
    ]);
    expect(byDefault?.NetworkAclId).toMatch(/^acl-[0-9a-f]{17}$/);
    expect(byDefault?.Associations?.map((a) => a.SubnetId)).toEqual([ids.providerSubnetA]);
    expect(byDefault?.Entries).toContainEqual({
      RuleNumber: 100,
      Protocol: "-1",
      RuleAction: "allow",
      Egress: true,
      CidrBlock: "0.0.0.0/0",
    });
  });

  it("filters by associated subnet, answers only the caller's account, and rejects unknown ids", async () => {
    const out = await provider.send(
      new DescribeNetworkAclsCommand({
        Filters: [{ Name: "association.subnet-id", Values: [ids.providerSubnetA] }],
      }),
    );
    expect(out.NetworkAcls?.map((a) => a.IsDefault)).toEqual([true]);
    const theirs = await consumer.send(new DescribeNetworkAclsCommand({}));
    expect(theirs.NetworkAcls?.every((a) => a.VpcId !== ids.providerVpc)).toBe(true);
    await expect(
      provider.send(new DescribeNetworkAclsCommand({ NetworkAclIds: ["acl-00000000000000000"] })),
    ).rejects.toMatchObject({ name: "InvalidNetworkAclID.NotFound", $metadata: { httpStatusCode: 400 } });
    await expect(provider.send(new DescribeNetworkAclsCommand({ MaxResults: 4 }))).rejects.toMatchObject({
      name: "InvalidParameterValue",
    });
  });
});

describe("DescribeRouteTables through the real SDK", () => {
  it("returns the subnet's table with the local route first and the derived main table", async () => {
    const tables = await all(
      paginateDescribeRouteTables(
        { client: provider, pageSize: 5 },
        { Filters: [{ Name: "vpc-id", Values: [ids.providerVpc] }] },
      ),
      (p) => p.RouteTables,
    );
    expect(tables).toHaveLength(2);
    const explicit = tables.find((t) => t.RouteTableId === ids.providerRtbB);
    expect(explicit?.Routes).toEqual([
      {
        DestinationCidrBlock: "10.0.0.0/16",
        GatewayId: "local",
        State: "active",
        Origin: "CreateRouteTable",
      },
      {
        DestinationCidrBlock: "192.168.0.0/16",
        TransitGatewayId: ids.tgw,
        State: "active",
        Origin: "CreateRoute",
      },
    ]);
    expect(explicit?.Associations).toMatchObject([
      { Main: false, SubnetId: ids.providerSubnetB, AssociationState: { State: "associated" } },
    ]);
    const main = tables.find((t) => t.Associations?.some((a) => a.Main));
    expect(main?.RouteTableId).toMatch(/^rtb-[0-9a-f]{17}$/);
    expect(main?.Routes?.map((r) => r.GatewayId)).toEqual(["local"]);
  });

  it("filters by main association and transit gateway, and rejects bad ids and page sizes", async () => {
    const mains = await provider.send(
      new DescribeRouteTablesCommand({ Filters: [{ Name: "association.main", Values: ["true"] }] }),
    );
    expect(mains.RouteTables?.every((t) => t.Associations?.some((a) => a.Main))).toBe(true);
    const viaTgw = await provider.send(
      new DescribeRouteTablesCommand({ Filters: [{ Name: "route.transit-gateway-id", Values: [ids.tgw] }] }),
    );
    expect(viaTgw.RouteTables?.map((t) => t.RouteTableId)).toEqual([ids.providerRtbB]);
    await expect(
      provider.send(new DescribeRouteTablesCommand({ RouteTableIds: ["rtb-00000000000000000"] })),
    ).rejects.toMatchObject({ name: "InvalidRouteTableID.NotFound", $metadata: { httpStatusCode: 400 } });
    await expect(provider.send(new DescribeRouteTablesCommand({ MaxResults: 101 }))).rejects.toMatchObject({
      name: "InvalidParameterValue",
    });
  });
});

describe("GetServiceNetworkVpcAssociation through the real SDK", () => {
  it("returns the association's security groups, which the List summary does not carry", async () => {
    const lattice = new VPCLatticeClient(clientConfig(sim, CONSUMER_KEY));
    const out = await lattice.send(
      new GetServiceNetworkVpcAssociationCommand({
        serviceNetworkVpcAssociationIdentifier: "snva-0bbb0000000000001",
      }),
    );
    expect(out).toMatchObject({
      vpcId: ids.consumerVpc,
      securityGroupIds: [ids.consumerSg],
      status: "ACTIVE",
    });
    await expect(
      lattice.send(
        new GetServiceNetworkVpcAssociationCommand({
          serviceNetworkVpcAssociationIdentifier: "snva-00000000000000000",
        }),
      ),
    ).rejects.toMatchObject({ name: "ResourceNotFoundException", $metadata: { httpStatusCode: 404 } });
    await expect(
      lattice.send(
        new GetServiceNetworkVpcAssociationCommand({ serviceNetworkVpcAssociationIdentifier: "nope" }),
      ),
    ).rejects.toMatchObject({ name: "ValidationException" });
  });
});
