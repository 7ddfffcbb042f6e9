import { describe, expect, it } from "vitest";
import type { Association, Endpoint, Inventory } from "@/lib/schemas/inventory";
import type { AccessLogConnection } from "./parse-access-log";
import { resolveConsumer } from "./resolve-consumer";

const located = { arn: "arn", accountId: "222222222222", region: "us-east-1" };
const endpoint = (id: string, type: Endpoint["type"], over: Partial<Endpoint> = {}): Endpoint => ({
  ...located,
  id,
  type,
  state: "available",
  vpcId: "vpc-c",
  subnetIds: [],
  availabilityZones: [],
  securityGroupIds: [],
  eniIds: [],
  enis: [],
  ...over,
});
const associations: Association[] = [
  {
    ...located,
    id: "rea-1",
    kind: "resource-endpoint",
    resourceConfigurationId: "rcfg-a",
    vpcEndpointId: "vpce-r",
  },
  { ...located, id: "snva-1", kind: "sn-vpc", serviceNetworkId: "sn-1", vpcId: "vpc-v" },
];
const inv = {
  endpoints: [
    endpoint("vpce-r", "Resource", { resourceConfigurationId: "rcfg-a" }),
    endpoint("vpce-s", "ServiceNetwork", { serviceNetworkId: "sn-1" }),
  ],
  associations,
} as unknown as Inventory;
const SN = "arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-1";
const conn = (over: Partial<AccessLogConnection>): AccessLogConnection => ({
  time: 0,
  resourceConfigurationArn: "arn",
  ...over,
});

describe("resolveConsumer", () => {
  it.each([
    [
      "a Resource endpoint → pattern 1 with its association",
      conn({ vpcEndpointId: "vpce-r" }),
      {
        key: "vpce-r",
        pattern: "resource-endpoint",
        endpointId: "vpce-r",
        associationId: "rea-1",
        vpcId: "vpc-c",
        accountId: "222222222222",
      },
    ],
    [
      "a ServiceNetwork endpoint → pattern 2 with the snra",
      conn({ vpcEndpointId: "vpce-s", serviceNetworkArn: SN, serviceNetworkResourceAssociationId: "snra-9" }),
      { key: "vpce-s", pattern: "sn-endpoint", associationId: "snra-9", serviceNetworkId: "sn-1" },
    ],
    [
      "no endpoint, a service network → pattern 3 with the VPC association",
      conn({ sourceVpcArn: "arn:aws:ec2:us-east-1:333333333333:vpc/vpc-v", serviceNetworkArn: SN }),
      { key: "vpc-v", pattern: "sn-vpc-association", associationId: "snva-1", vpcId: "vpc-v" },
    ],
    [
      "an endpoint outside the inventory: the service network decides",
      conn({ vpcEndpointId: "vpce-x", serviceNetworkArn: SN }),
      { key: "vpce-x", pattern: "sn-endpoint" },
    ],
    [
      "an endpoint outside the inventory, no network: pattern 1",
      conn({ vpcEndpointId: "vpce-y" }),
      { key: "vpce-y", pattern: "resource-endpoint" },
    ],
    [
      "only a source VPC: known VPC, unknown pattern",
      conn({ sourceVpcArn: "arn:aws:ec2:us-east-1:333333333333:vpc/vpc-z" }),
      { key: "vpc-z", pattern: "unknown", accountId: "333333333333" },
    ],
    ["nothing to go on: unattributed", conn({}), { key: "unattributed", pattern: "unknown" }],
  ])("%s", (_, c, expected) => {
    expect(resolveConsumer(inv, c, "rcfg-a")).toMatchObject(expected);
  });
});
