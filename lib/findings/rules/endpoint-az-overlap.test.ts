import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, summarize } from "../test-builders";
import { endpointAzOverlap } from "./endpoint-az-overlap";

const onlyAz3 = (inv: Inventory, endpointId: string) => {
  const ep = inv.endpoints.find((e) => e.id === endpointId)!;
  ep.availabilityZones = ["us-east-1e"];
  ep.subnetIds = [];
  ep.enis = ep.enis.slice(0, 1).map((e) => ({
    ...e,
    availabilityZone: "us-east-1e",
    availabilityZoneId: "use1-az3",
    subnetId: "subnet-x",
  }));
};

describe("endpoint-az-overlap", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: both endpoints share AZ ids with the gateway (names differ across accounts)", () => {}, []],
    [
      "pattern 1: Resource endpoint only in use1-az3",
      (inv) => onlyAz3(inv, "vpce-res"),
      ["failing:vpce-res"],
    ],
    [
      "pattern 2: ServiceNetwork endpoint reaches the config through sn-main",
      (inv) => onlyAz3(inv, "vpce-sn"),
      ["failing:vpce-sn"],
    ],
    [
      "pattern 2: network without associations reaches nothing",
      (inv) => {
        onlyAz3(inv, "vpce-sn");
        inv.associations = inv.associations.filter((a) => a.kind !== "sn-resource");
      },
      [],
    ],
    [
      "unknown: configuration's gateway not in the inventory",
      (inv) => {
        inv.gateways = [];
      },
      ["unknown:vpce-res", "unknown:vpce-sn"],
    ],
    [
      "unknown: configuration from an undiscovered account",
      (inv) => {
        inv.resourceConfigurations = [];
        inv.associations = inv.associations.filter((a) => a.kind !== "sn-resource");
      },
      ["unknown:vpce-res"],
    ],
    [
      "unknown: endpoint AZs not known",
      (inv) => {
        const ep = inv.endpoints[0]!;
        ep.availabilityZones = [];
        ep.subnetIds = [];
        ep.enis = [];
      },
      ["unknown:vpce-res"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(endpointAzOverlap.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });

  it("falls back to AZ names when ids are missing, and says so across accounts", () => {
    const inv = inventoryWith((i) => {
      for (const ep of i.endpoints) ep.enis = ep.enis.map((e) => ({ ...e, availabilityZoneId: undefined }));
      for (const s of i.subnets) s.availabilityZoneId = undefined;
    });
    const [finding] = endpointAzOverlap.evaluate({ inventory: inv });
    expect(finding?.evidence.details.comparedBy).toBe("AZ name");
    expect(String(finding?.evidence.details.note)).toMatch(/AZ ids/);
    expect(finding?.resources.map((r) => r.kind)).toEqual(["endpoint", "gateway", "configuration"]);
  });
});
