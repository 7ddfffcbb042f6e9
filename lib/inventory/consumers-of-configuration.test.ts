import { describe, expect, it } from "vitest";
import { consumersOfConfiguration, serviceNetworkLinksOf } from "./consumers-of-configuration";
import { sampleInventory as inv } from "./sample-inventory";

const summarize = (id: string) =>
  Object.fromEntries(
    consumersOfConfiguration(inv, id).map((g) => [
      g.pattern,
      g.consumers.map((c) => [c.endpointId ?? c.vpcId, c.accountId, c.vpcId, c.viaConfigurationId]),
    ]),
  );

describe("consumersOfConfiguration", () => {
  it.each([
    [
      "rcfg-single: one PrivateLink endpoint, no networks",
      "rcfg-single",
      {
        "resource-endpoint": [["vpce-res1", "222222222222", "vpc-cons1", "rcfg-single"]],
        "sn-endpoint": [],
        "sn-vpc-association": [],
      },
    ],
    [
      "rcfg-group: reached through its service network by endpoint and VPC association",
      "rcfg-group",
      {
        "resource-endpoint": [],
        "sn-endpoint": [["vpce-sn1", "222222222222", "vpc-cons2", "rcfg-group"]],
        "sn-vpc-association": [["vpc-cons3", "222222222222", "vpc-cons3", "rcfg-group"]],
      },
    ],
    [
      "rcfg-child: inherits its parent GROUP's consumers",
      "rcfg-child",
      {
        "resource-endpoint": [],
        "sn-endpoint": [["vpce-sn1", "222222222222", "vpc-cons2", "rcfg-group"]],
        "sn-vpc-association": [["vpc-cons3", "222222222222", "vpc-cons3", "rcfg-group"]],
      },
    ],
    [
      "unknown id: three empty groups",
      "rcfg-nope",
      { "resource-endpoint": [], "sn-endpoint": [], "sn-vpc-association": [] },
    ],
  ])("%s", (_name, id, expected) => {
    expect(summarize(id)).toEqual(expected);
  });

  it("labels the groups in pattern order", () => {
    expect(consumersOfConfiguration(inv, "rcfg-single").map((g) => g.label)).toEqual([
      "Resource endpoint (PrivateLink)",
      "Service network endpoint",
      "Service network VPC association",
    ]);
  });

  it("adds Resource endpoints that have no listed association, once", () => {
    const extra = {
      ...inv,
      associations: inv.associations.filter((a) => a.kind !== "resource-endpoint"),
    };
    const [p1] = consumersOfConfiguration(extra, "rcfg-single");
    expect(p1?.consumers.map((c) => c.endpointId)).toEqual(["vpce-res1"]);
    expect(p1?.consumers[0]?.associationId).toBeUndefined();
  });

  it("lists the networks of a child through its parent", () => {
    expect(serviceNetworkLinksOf(inv, "rcfg-child").map((a) => a.serviceNetworkId)).toEqual(["sn-shared"]);
  });
});

describe("consumersOfConfiguration with a child associated itself as well as through its parent", () => {
  it("lists both paths, each naming the configuration it goes through", () => {
    const both = {
      ...inv,
      associations: [
        ...inv.associations,
        {
          kind: "resource-endpoint" as const,
          id: "rcfgea-child",
          arn: "",
          accountId: "111111111111",
          region: "us-east-1",
          resourceConfigurationId: "rcfg-child",
          vpcEndpointId: "vpce-res1",
        },
      ],
    };
    const [p1, p2] = consumersOfConfiguration(both, "rcfg-child");
    expect(p1?.consumers.map((c) => [c.endpointId, c.viaConfigurationId])).toEqual([
      ["vpce-res1", "rcfg-child"],
    ]);
    expect(p2?.consumers.map((c) => c.viaConfigurationId)).toEqual(["rcfg-group"]);
  });
});
