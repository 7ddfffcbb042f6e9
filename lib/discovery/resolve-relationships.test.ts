import { describe, expect, it } from "vitest";
import type { MergedDiscovery } from "./merge-discoveries";
import { isGatewayEni, resolveRelationships } from "./resolve-relationships";
import { C, configuration, endpoint, eni, gateway, P, subnet } from "./test-builders";

function merged(over: Partial<MergedDiscovery>): MergedDiscovery {
  return {
    gateways: [],
    resourceConfigurations: [],
    serviceNetworks: [],
    endpoints: [],
    associations: [],
    enis: [],
    securityGroups: [],
    subnets: [],
    vpcs: [],
    flowLogs: [],
    networkAcls: [],
    routeTables: [],
    ...over,
  };
}

describe("resolveRelationships", () => {
  it("gives CHILD configurations their parent's gateway and the parent its children", () => {
    const out = resolveRelationships(
      merged({
        gateways: [gateway("rgw-1")],
        resourceConfigurations: [
          configuration("rcfg-group", { type: "GROUP", gatewayId: "rgw-1" }),
          configuration("rcfg-b", { type: "CHILD", parentId: "rcfg-group" }),
          configuration("rcfg-a", { type: "CHILD", parentId: "rcfg-group" }),
          configuration("rcfg-orphan", { type: "CHILD", parentId: "rcfg-missing" }),
        ],
      }),
    );
    const byId = Object.fromEntries(out.resourceConfigurations.map((c) => [c.id, c]));
    expect(byId["rcfg-group"]?.childIds).toEqual(["rcfg-a", "rcfg-b"]);
    expect(byId["rcfg-a"]?.gatewayId).toBe("rgw-1");
    expect(byId["rcfg-orphan"]?.gatewayId).toBeUndefined();
    expect(out.gateways[0]?.configurationIds).toEqual(["rcfg-a", "rcfg-b", "rcfg-group"]);
  });

  it("resolves a consumer's endpoint to the provider's configuration by ARN, with AZs and ENIs", () => {
    const cfgArn = `arn:aws:vpc-lattice:us-east-1:${P}:resourceconfiguration/rcfg-1`;
    const out = resolveRelationships(
      merged({
        resourceConfigurations: [configuration("rcfg-1")],
        endpoints: [
          endpoint("vpce-1", {
            resourceConfigurationArn: cfgArn,
            subnetIds: ["subnet-c2", "subnet-c1"],
            eniIds: ["eni-c1", "eni-gone"],
          }),
          endpoint("vpce-2", {
            type: "ServiceNetwork",
            serviceNetworkArn: `arn:aws:vpc-lattice:us-east-1:${P}:servicenetwork/sn-1`,
          }),
        ],
        subnets: [
          subnet("subnet-c1", "us-east-1b", { accountId: C }),
          subnet("subnet-c2", "us-east-1a", { accountId: C }),
        ],
        enis: [eni("eni-c1", { accountId: C, subnetId: "subnet-c1", availabilityZone: "us-east-1b" })],
      }),
    );
    const [e1, e2] = out.endpoints;
    expect(e1).toMatchObject({
      resourceConfigurationId: "rcfg-1",
      availabilityZones: ["us-east-1a", "us-east-1b"],
    });
    expect(e1?.enis.map((e) => e.id)).toEqual(["eni-c1"]);
    expect(e1?.enis[0]).not.toHaveProperty("tags");
    expect(e2?.serviceNetworkId).toBe("sn-1");
  });

  it("gives gateways their ENIs and AZs, falling back to ENI AZs for undescribed subnets", () => {
    const out = resolveRelationships(
      merged({
        gateways: [gateway("rgw-1", { subnetIds: ["subnet-a", "subnet-b"] })],
        subnets: [subnet("subnet-a", "us-east-1a")],
        enis: [
          eni("eni-1", { tags: { VpcLatticeManaged: "true" } }),
          eni("eni-2", {
            subnetId: "subnet-b",
            availabilityZone: "us-east-1b",
            tags: { VpcLatticeManaged: "true" },
          }),
          eni("eni-rds", { tags: {} }),
        ],
      }),
    );
    expect(out.gateways[0]?.enis.map((e) => e.id)).toEqual(["eni-1", "eni-2"]);
    expect(out.gateways[0]?.availabilityZones).toEqual(["us-east-1a", "us-east-1b"]);
  });

  it("finds the ENI holding an IP target in the gateway's VPC", () => {
    const out = resolveRelationships(
      merged({
        gateways: [gateway("rgw-1")],
        resourceConfigurations: [
          configuration("rcfg-ip", {
            gatewayId: "rgw-1",
            definition: { kind: "ip", ipAddress: "10.0.0.50" },
          }),
          configuration("rcfg-dns", {
            gatewayId: "rgw-1",
            definition: { kind: "dns", domainName: "x.example.com" },
          }),
        ],
        enis: [
          eni("eni-db", { privateIpAddresses: ["10.0.0.50"] }),
          eni("eni-other-vpc", { vpcId: "vpc-x", privateIpAddresses: ["10.0.0.50"] }),
        ],
      }),
    );
    expect(out.resourceConfigurations[0]?.resourceEnis?.map((e) => e.id)).toEqual(["eni-db"]);
    expect(out.resourceConfigurations[1]?.resourceEnis).toBeUndefined();
  });
});

describe("isGatewayEni", () => {
  const gw = gateway("rgw-aaaaaaaaaaaaaaaaa", {
    subnetIds: ["subnet-a"],
    securityGroupIds: ["sg-1", "sg-2"],
  });
  const managed = { VpcLatticeManaged: "true" };
  it.each([
    [
      "named in the description",
      eni("e", {
        tags: managed,
        description: "VPC Lattice resource gateway rgw-aaaaaaaaaaaaaaaaa",
        securityGroupIds: [],
      }),
      true,
    ],
    [
      "another gateway named",
      eni("e", {
        tags: managed,
        description: "VPC Lattice resource gateway rgw-bbbbbbbbbbbbbbbbb",
        securityGroupIds: ["sg-2", "sg-1"],
      }),
      false,
    ],
    ["same SGs, no description", eni("e", { tags: managed, securityGroupIds: ["sg-2", "sg-1"] }), true],
    ["different SGs, no description", eni("e", { tags: managed, securityGroupIds: ["sg-1"] }), false],
    ["not Lattice-managed", eni("e", { securityGroupIds: ["sg-1", "sg-2"] }), false],
    [
      "other subnet",
      eni("e", { tags: managed, subnetId: "subnet-z", securityGroupIds: ["sg-1", "sg-2"] }),
      false,
    ],
    ["other account", eni("e", { tags: managed, accountId: C, securityGroupIds: ["sg-1", "sg-2"] }), false],
  ])("%s → %s", (_name, candidate, expected) => {
    expect(isGatewayEni(candidate, gw)).toBe(expected);
  });
});
