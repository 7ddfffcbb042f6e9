import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { inventoryWith, summarize } from "../test-builders";
import { gatewaySingleAz } from "./gateway-single-az";

describe("gateway-single-az", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: two AZs", () => {}, []],
    [
      "one subnet, one AZ",
      (inv) => {
        const gw = inv.gateways[0]!;
        gw.subnetIds = ["subnet-pa"];
        gw.availabilityZones = ["us-east-1a"];
        gw.enis = gw.enis.slice(0, 1);
      },
      ["failing:rgw-clean"],
    ],
    [
      "two subnets in the same AZ",
      (inv) => {
        const gw = inv.gateways[0]!;
        gw.availabilityZones = ["us-east-1a"];
        gw.enis = gw.enis.map((e) => ({ ...e, availabilityZone: "us-east-1a" }));
        inv.subnets = inv.subnets.map((s) =>
          s.id === "subnet-pb" ? { ...s, availabilityZone: "us-east-1a" } : s,
        );
      },
      ["failing:rgw-clean"],
    ],
    [
      "unknown: no AZ data at all",
      (inv) => {
        const gw = inv.gateways[0]!;
        gw.availabilityZones = [];
        gw.enis = [];
        inv.subnets = [];
      },
      ["unknown:rgw-clean"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(gatewaySingleAz.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });
});
