import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { findGaps } from "./find-gaps";

const A = "111111111111";
const R = "us-east-1";
const loc = { accountId: A, region: R };
const eni = (id: string, subnetId = "subnet-1", vpcId = "vpc-1") => ({
  id,
  subnetId,
  vpcId,
  availabilityZone: "us-east-1a",
  privateIpAddresses: ["10.0.0.5"],
  securityGroupIds: [],
});

function inventory(over: Partial<Inventory>): Inventory {
  return {
    generatedAt: "",
    accounts: [],
    regions: [R],
    gateways: [],
    resourceConfigurations: [],
    serviceNetworks: [],
    endpoints: [],
    associations: [],
    securityGroups: [],
    subnets: [],
    vpcs: [],
    flowLogs: [],
    warnings: [],
    stats: { awsCalls: 0, durationMs: 0, cached: false },
    ...over,
  } as Inventory;
}
const gateway = {
  ...loc,
  id: "rgw-1",
  arn: "",
  name: "gw",
  vpcId: "vpc-1",
  subnetIds: [],
  enis: [eni("eni-g1")],
};
const sn = (subs: Array<{ destinationArn: string; serviceNetworkLogType?: string }> | undefined) => ({
  ...loc,
  id: "sn-1",
  arn: "",
  name: "net",
  accessLogDestinations: (subs ?? []).map((s) => s.destinationArn),
  accessLogSubscriptions: subs,
  tags: {},
});
const snra = {
  ...loc,
  kind: "sn-resource",
  id: "snra-1",
  serviceNetworkId: "sn-1",
  resourceConfigurationId: "rcfg-1",
};
const dest = "arn:aws:logs:us-east-1:111111111111:log-group:/x";

const kinds = (inv: Inventory, monitors?: Parameters<typeof findGaps>[0]["monitors"]) =>
  findGaps({ inventory: inv, accountId: A, region: R, monitors }).map((g) => g.kind);

describe("findGaps", () => {
  it.each([
    ["a SERVICE-only subscription", [{ destinationArn: dest, serviceNetworkLogType: "SERVICE" }], true],
    ["a RESOURCE subscription", [{ destinationArn: dest, serviceNetworkLogType: "RESOURCE" }], false],
    ["no subscription", [], true],
  ])("service network with %s → gap: %s", (_, subs, gap) => {
    const got = kinds(inventory({ serviceNetworks: [sn(subs)] as never, associations: [snra] as never }));
    expect(got.includes("service-network-access-logs")).toBe(gap);
  });

  it.each([
    ["no flow log", [], ["gateway-flow-logs"]],
    [
      "a default-format flow log",
      [{ ...loc, id: "fl-1", resourceId: "vpc-1", logGroupName: "/f" }],
      ["flow-log-format"],
    ],
    [
      "a REJECT-only log with the recommended fields",
      [
        {
          ...loc,
          id: "fl-2",
          resourceId: "eni-g1",
          logGroupName: "/f",
          trafficType: "REJECT",
          logFormat:
            "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${pkt-srcaddr} ${pkt-dstaddr} ${tcp-flags} ${flow-direction}",
        },
      ],
      ["flow-log-format"],
    ],
  ])("gateway ENI with %s", (_, flowLogs, want) => {
    expect(kinds(inventory({ gateways: [gateway] as never, flowLogs: flowLogs as never }))).toEqual(want);
  });

  it("consumer VPCs: gap unless an ACTIVE monitor watches the VPC; nothing when monitors are unreadable", () => {
    const inv = inventory({
      endpoints: [{ ...loc, id: "vpce-1", type: "Resource", vpcId: "vpc-9", enis: [], eniIds: [] }] as never,
      flowLogs: [{ ...loc, id: "fl-9", resourceId: "vpc-9", logGroupName: "/f" }] as never,
    });
    expect(kinds(inv, [])).toEqual(["network-flow-monitor"]);
    const watching = [
      {
        monitorName: "m",
        monitorStatus: "ACTIVE",
        localResources: [
          { type: "AWS::EC2::VPC", identifier: "arn:aws:ec2:us-east-1:111111111111:vpc/vpc-9" },
        ],
      },
    ];
    expect(kinds(inv, watching)).toEqual([]);
    expect(kinds(inv, [{ ...watching[0]!, monitorStatus: "INACTIVE" }])).toEqual(["network-flow-monitor"]);
    expect(kinds(inv, undefined)).toEqual([]);
  });
});
