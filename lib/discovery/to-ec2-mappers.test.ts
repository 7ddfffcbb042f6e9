import { describe, expect, it } from "vitest";
import { toEndpoint } from "./to-endpoint";
import { toFlowLog } from "./to-flow-log";
import { toNetworkInterface } from "./to-network-interface";
import { toSecurityGroup } from "./to-security-group";
import { toSubnet, toVpc } from "./to-vpc-subnet";

const P = "111111111111";
const C = "222222222222";
const lattice = (type: string, id: string, account = P) =>
  `arn:aws:vpc-lattice:us-east-1:${account}:${type}/${id}`;

describe("ec2 mappers", () => {
  it("toEndpoint builds the ARN and keeps the configuration ARN for later resolution", () => {
    const e = toEndpoint(
      {
        VpcEndpointId: "vpce-1",
        VpcEndpointType: "Resource",
        OwnerId: C,
        VpcId: "vpc-1",
        State: "available" as never,
        SubnetIds: ["subnet-a"],
        Groups: [{ GroupId: "sg-1" }],
        NetworkInterfaceIds: ["eni-1"],
        ResourceConfigurationArn: lattice("resourceconfiguration", "rcfg-1"),
      },
      { accountId: C, region: "us-east-1" },
    );
    expect(e).toMatchObject({
      arn: `arn:aws:ec2:us-east-1:${C}:vpc-endpoint/vpce-1`,
      accountId: C,
      type: "Resource",
      state: "available",
      securityGroupIds: ["sg-1"],
      eniIds: ["eni-1"],
    });
    expect(e.resourceConfigurationId).toBeUndefined();
  });

  it("toNetworkInterface lists every private address and the tags", () => {
    const n = toNetworkInterface(
      {
        NetworkInterfaceId: "eni-1",
        SubnetId: "subnet-a",
        VpcId: "vpc-1",
        AvailabilityZone: "us-east-1a",
        PrivateIpAddress: "10.0.0.4",
        PrivateIpAddresses: [{ PrivateIpAddress: "10.0.0.4" }, { PrivateIpAddress: "10.0.0.5" }],
        Groups: [{ GroupId: "sg-1" }],
        TagSet: [{ Key: "VpcLatticeManaged", Value: "true" }],
        Description: "",
      },
      { accountId: P, region: "us-east-1" },
    );
    expect(n).toMatchObject({
      privateIpAddresses: ["10.0.0.4", "10.0.0.5"],
      securityGroupIds: ["sg-1"],
      tags: { VpcLatticeManaged: "true" },
    });
    expect(n.description).toBeUndefined();
    expect(n.ipv6Addresses).toBeUndefined();
  });

  it("toNetworkInterface keeps a dual-stack ENI's IPv6 addresses", () => {
    const n = toNetworkInterface(
      {
        NetworkInterfaceId: "eni-6",
        PrivateIpAddresses: [{ PrivateIpAddress: "10.0.0.4", Primary: true }],
        Ipv6Addresses: [{ Ipv6Address: "2001:db8::4" }, {}],
      },
      { accountId: P, region: "us-east-1" },
    );
    expect(n.ipv6Addresses).toEqual(["2001:db8::4"]);
  });

  it("toSecurityGroup maps rules of every source kind", () => {
    const g = toSecurityGroup(
      {
        GroupId: "sg-1",
        GroupName: "gw",
        VpcId: "vpc-1",
        IpPermissions: [
          { IpProtocol: "tcp", FromPort: 443, ToPort: 443, UserIdGroupPairs: [{ GroupId: "sg-2" }] },
        ],
        IpPermissionsEgress: [
          {
            IpProtocol: "-1",
            IpRanges: [{ CidrIp: "0.0.0.0/0" }],
            Ipv6Ranges: [{ CidrIpv6: "::/0" }],
            PrefixListIds: [{ PrefixListId: "pl-1" }],
          },
        ],
      },
      { accountId: P, region: "us-east-1" },
    );
    expect(g.ingress).toEqual([
      {
        protocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrs: [],
        ipv6Cidrs: [],
        securityGroupIds: ["sg-2"],
        prefixListIds: [],
      },
    ]);
    expect(g.egress).toEqual([
      {
        protocol: "-1",
        fromPort: undefined,
        toPort: undefined,
        cidrs: ["0.0.0.0/0"],
        ipv6Cidrs: ["::/0"],
        securityGroupIds: [],
        prefixListIds: ["pl-1"],
      },
    ]);
  });

  it("toSubnet, toVpc and toFlowLog", () => {
    const seen = { accountId: P, region: "eu-west-1" };
    expect(
      toSubnet(
        {
          SubnetId: "subnet-a",
          VpcId: "vpc-1",
          AvailabilityZone: "eu-west-1a",
          AvailabilityZoneId: "euw1-az1",
          CidrBlock: "10.0.1.0/24",
        },
        seen,
      ),
    ).toEqual({
      id: "subnet-a",
      accountId: P,
      region: "eu-west-1",
      vpcId: "vpc-1",
      availabilityZone: "eu-west-1a",
      availabilityZoneId: "euw1-az1",
      cidrBlock: "10.0.1.0/24",
    });
    expect(
      toVpc(
        {
          VpcId: "vpc-1",
          CidrBlock: "10.0.0.0/16",
          Tags: [{ Key: "Name", Value: "core" }],
          IsDefault: false,
        },
        seen,
      ),
    ).toMatchObject({ name: "core", cidrBlock: "10.0.0.0/16" });
    expect(
      toFlowLog(
        {
          FlowLogId: "fl-1",
          ResourceId: "vpc-1",
          LogGroupName: "/flow",
          LogFormat: "${version}",
          MaxAggregationInterval: 60,
          TrafficType: "ALL",
          LogDestinationType: "cloud-watch-logs",
        },
        seen,
      ),
    ).toMatchObject({ resourceId: "vpc-1", maxAggregationInterval: 60, logFormat: "${version}" });
  });
});
