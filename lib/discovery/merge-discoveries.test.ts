import { describe, expect, it } from "vitest";
import type { RegionDiscovery } from "./discover-region";
import { mergeDiscoveries } from "./merge-discoveries";
import { C, configuration, P } from "./test-builders";

function seenBy(accountId: string, over: Partial<RegionDiscovery>): RegionDiscovery {
  return {
    accountId,
    region: "us-east-1",
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

describe("mergeDiscoveries", () => {
  const ownersCopy = configuration("rcfg-1", { portRanges: ["5432"] });
  const consumersCopy = configuration("rcfg-1");

  it.each([
    [
      "owner first",
      [
        seenBy(P, { resourceConfigurations: [ownersCopy] }),
        seenBy(C, { resourceConfigurations: [consumersCopy] }),
      ],
    ],
    [
      "consumer first",
      [
        seenBy(C, { resourceConfigurations: [consumersCopy] }),
        seenBy(P, { resourceConfigurations: [ownersCopy] }),
      ],
    ],
  ])("keeps one copy of a RAM-shared item, the owner's (%s)", (_name, regions) => {
    const merged = mergeDiscoveries(regions);
    expect(merged.resourceConfigurations).toEqual([ownersCopy]);
  });

  it("keeps the consumer's copy when the owner is not discovered", () => {
    expect(
      mergeDiscoveries([seenBy(C, { resourceConfigurations: [consumersCopy] })]).resourceConfigurations,
    ).toEqual([consumersCopy]);
  });

  it("keys ARN-less items by account, region and id", () => {
    const sg = { id: "sg-1", accountId: P, region: "us-east-1", name: "a", ingress: [], egress: [] };
    const merged = mergeDiscoveries([
      seenBy(P, { securityGroups: [sg, sg] }),
      seenBy(P, { region: "eu-west-1", securityGroups: [{ ...sg, region: "eu-west-1" }] }),
    ]);
    expect(merged.securityGroups).toHaveLength(2);
  });
});
