import { describe, expect, it } from "vitest";
import {
  toResourceEndpointAssociation,
  toSnEndpointAssociation,
  toSnResourceAssociation,
  toSnVpcAssociation,
} from "./to-association";
import { toGateway } from "./to-gateway";
import { toServiceNetwork } from "./to-service-network";

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
