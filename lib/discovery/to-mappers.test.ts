import { describe, expect, it } from "vitest";
import {
  toResourceEndpointAssociation,
  toSnEndpointAssociation,
  toSnResourceAssociation,
  toSnVpcAssociation,
} from "./to-association";
import { toEndpoint } from "./to-endpoint";
import { toFlowLog } from "./to-flow-log";
import { toGateway } from "./to-gateway";
import { toNetworkInterface } from "./to-network-interface";
import { toSecurityGroup } from "./to-security-group";
import { toServiceNetwork } from "./to-service-network";
import { toSubnet, toVpc } from "./to-vpc-subnet";

const P = "111111111111";
const C = "222222222222";
const lattice = (type: string, id: string, account = P) =>
  `arn:aws:vpc-lattice:us-east-1:${account}:${type}/${id}`;
const fromConsumer = { accountId: C, region: "us-east-1" };

describe("lattice mappers", () => {
  it("toGateway uses the summary's vpcIdentifier and the owner in the ARN", () => {
    const g = toGateway(
      {
        id: "rgw-1",
        arn: lattice("resourcegateway", "rgw-1"),
        name: "core-gw",
        status: "ACTIVE",
        vpcIdentifier: "vpc-1",
        subnetIds: ["subnet-a"],
        securityGroupIds: ["sg-1"],
        ipv4AddressesPerEni: 8,
      },
      { team: "net" },
      { accountId: P, region: "us-east-1" },
    );
    expect(g).toMatchObject({
      id: "rgw-1",
      accountId: P,
      vpcId: "vpc-1",
      subnetIds: ["subnet-a"],
      ipv4AddressesPerEni: 8,
      tags: { team: "net" },
      enis: [],
      availabilityZones: [],
    });
  });

  it("toServiceNetwork merges summary counts with Get's auth type and sharing", () => {
    const s = toServiceNetwork(
      {
        summary: {
          id: "sn-1",
          arn: lattice("servicenetwork", "sn-1"),
          name: "shared",
          numberOfAssociatedResourceConfigurations: 3,
          numberOfAssociatedVPCs: 1,
        },
        detail: { authType: "AWS_IAM", sharingConfig: { enabled: true } },
        accessLogDestinations: [],
        tags: {},
      },
      fromConsumer,
    );
    expect(s).toMatchObject({
      accountId: P,
      authType: "AWS_IAM",
      sharingEnabled: true,
      numberOfAssociatedResourceConfigurations: 3,
      numberOfAssociatedVpcs: 1,
    });
  });

  it.each([
    [
      "resource endpoint",
      toResourceEndpointAssociation(
        {
          id: "rea-1",
          arn: lattice("resourceendpointassociation", "rea-1"),
          resourceConfigurationArn: lattice("resourceconfiguration", "rcfg-1"),
          vpcEndpointId: "vpce-1",
          vpcEndpointOwner: C,
        },
        { accountId: P, region: "us-east-1" },
      ),
      {
        kind: "resource-endpoint",
        accountId: P,
        resourceConfigurationId: "rcfg-1",
        vpcEndpointId: "vpce-1",
        vpcEndpointOwner: C,
      },
    ],
    [
      "sn resource",
      toSnResourceAssociation(
        {
          id: "snra-1",
          arn: lattice("servicenetworkresourceassociation", "snra-1"),
          serviceNetworkArn: lattice("servicenetwork", "sn-1"),
          resourceConfigurationId: "rcfg-1",
          status: "ACTIVE",
        },
        fromConsumer,
      ),
      {
        kind: "sn-resource",
        accountId: P,
        serviceNetworkId: "sn-1",
        resourceConfigurationId: "rcfg-1",
        status: "ACTIVE",
      },
    ],
    [
      "sn vpc",
      toSnVpcAssociation(
        {
          id: "snva-1",
          arn: lattice("servicenetworkvpcassociation", "snva-1", C),
          serviceNetworkId: "sn-1",
          vpcId: "vpc-9",
        },
        { accountId: P, region: "us-east-1" },
      ),
      { kind: "sn-vpc", accountId: C, serviceNetworkId: "sn-1", vpcId: "vpc-9" },
    ],
    [
      "sn endpoint (no ARN on the wire)",
      toSnEndpointAssociation(
        {
          id: "snea-1",
          vpcEndpointId: "vpce-2",
          vpcEndpointOwnerId: "333333333333",
          vpcId: "vpc-3",
          state: "ACTIVE",
          serviceNetworkArn: lattice("servicenetwork", "sn-1"),
        },
        "sn-1",
        { accountId: P, region: "us-east-1" },
      ),
      {
        kind: "sn-endpoint",
        id: "snea-1",
        accountId: "333333333333",
        arn: `${lattice("servicenetwork", "sn-1")}/vpcendpointassociation/snea-1`,
        vpcEndpointId: "vpce-2",
      },
    ],
  ])("%s association", (_name, actual, expected) => {
    expect(actual).toMatchObject(expected);
  });
});

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
