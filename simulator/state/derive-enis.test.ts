import { describe, expect, it } from "vitest";
import { parseScenario } from "../scenario/load-scenario";
import { ids, smallScenario } from "../test-fixtures/small-scenario";
import { derivedEniId, deriveEnis } from "./derive-enis";

describe("deriveEnis", () => {
  const scenario = parseScenario(smallScenario);
  const enis = deriveEnis(scenario);

  it("gives each gateway one tagged, requester-managed ENI per subnet with ipv4AddressesPerEni addresses", () => {
    const gw = enis.filter((e) => e.derivedFrom?.id === ids.gateway);
    expect(gw.map((e) => e.subnetId)).toEqual([ids.providerSubnetA, ids.providerSubnetB]);
    expect(gw[0]).toMatchObject({
      id: derivedEniId(ids.gateway, ids.providerSubnetA),
      tags: { VpcLatticeManaged: "true" },
      requesterManaged: true,
      interfaceType: "interface",
      securityGroupIds: [ids.gatewaySg],
      privateIpAddresses: ["10.0.1.5", "10.0.1.6", "10.0.1.7"],
    });
    expect(gw[1]?.privateIpAddresses).toEqual(["10.0.2.4", "10.0.2.5", "10.0.2.6"]);
  });

  it("gives Resource, ServiceNetwork and Interface endpoints one vpc_endpoint ENI per subnet", () => {
    const ep = enis.filter((e) => e.derivedFrom?.kind === "vpcEndpoint");
    expect(ep).toHaveLength(4);
    expect(ep.every((e) => e.interfaceType === "vpc_endpoint" && e.requesterManaged)).toBe(true);
    expect(ep.find((e) => e.derivedFrom?.id === ids.resourceEndpoint)?.description).toBe(
      `VPC Endpoint Interface ${ids.resourceEndpoint}`,
    );
    // Consumer subnet A: the Resource endpoint (lower id) takes .4, the ServiceNetwork endpoint .5.
    const inA = ep.filter((e) => e.subnetId === ids.consumerSubnetA).map((e) => e.privateIpAddresses[0]);
    expect(inA).toEqual(["10.1.1.4", "10.1.1.5"]);
  });

  it("uses eni- plus 17 hex characters, stable across runs and scenario order", () => {
    expect(derivedEniId(ids.gateway, ids.providerSubnetA)).toMatch(/^eni-[0-9a-f]{17}$/);
    const reversed = parseScenario({
      ...smallScenario,
      vpcEndpoints: [...(smallScenario.vpcEndpoints ?? [])].reverse(),
    });
    expect(
      deriveEnis(reversed)
        .map((e) => [e.id, e.privateIpAddresses])
        .sort(),
    ).toEqual(enis.map((e) => [e.id, e.privateIpAddresses]).sort());
  });
});
