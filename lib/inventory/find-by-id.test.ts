import { describe, expect, it } from "vitest";
import { findById } from "./find-by-id";
import { resourceIdFromParam } from "./resource-id-from-param";
import { sampleInventory as inv } from "./sample-inventory";

describe("findById", () => {
  it.each([
    ["gateway", "rgw-0a1", "db-gateway"],
    ["configuration", "rcfg-child", "billing-api"],
    ["service-network", "sn-shared", "shared-services"],
    [
      "configuration",
      "arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-group",
      "internal-apis",
    ],
  ] as const)("%s %s", (kind, id, name) => {
    expect((findById(inv, kind, id) as { name: string } | undefined)?.name).toBe(name);
  });

  it("finds endpoints and returns undefined for unknown or wrong-kind ids", () => {
    expect(findById(inv, "endpoint", "vpce-sn1")?.type).toBe("ServiceNetwork");
    expect(findById(inv, "gateway", "rcfg-single")).toBeUndefined();
    expect(findById(inv, "endpoint", "vpce-none")).toBeUndefined();
  });
});

describe("resourceIdFromParam", () => {
  it.each([
    ["rcfg-0123", "rcfg-0123", false],
    ["arn%3Aaws%3Avpc-lattice%3Aus-east-1%3A111111111111%3Aresourceconfiguration%2Frcfg-9", "rcfg-9", true],
    ["arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-1", "rgw-1", true],
    ["arn:aws:ec2:us-east-1:222222222222:vpc-endpoint/vpce-1", "vpce-1", true],
    ["bad%ZZ", "bad%ZZ", false],
  ])("%s → %s", (param, id, wasArn) => {
    expect(resourceIdFromParam(param)).toEqual({ id, wasArn });
  });
});
