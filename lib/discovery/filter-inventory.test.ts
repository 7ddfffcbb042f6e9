import { describe, expect, it } from "vitest";
import { filterInventory } from "./filter-inventory";
import { C, configuration, emptyInventory, endpoint, gateway, P } from "./test-builders";

const inventory = emptyInventory({
  accounts: [{ accountId: P }, { accountId: C }],
  regions: ["eu-west-1", "us-east-1"],
  gateways: [gateway("rgw-use1"), gateway("rgw-euw1", { region: "eu-west-1" })],
  resourceConfigurations: [configuration("rcfg-1")],
  endpoints: [endpoint("vpce-c"), endpoint("vpce-c-eu", { region: "eu-west-1" })],
  warnings: [
    {
      accountId: C,
      region: "eu-west-1",
      service: "ec2",
      operation: "DescribeVpcEndpoints",
      code: "aws_throttled",
      message: "x",
    },
    { service: "sts", operation: "GetCallerIdentity", code: "aws_credentials", message: "global" },
  ],
});
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("filterInventory", () => {
  it.each([
    ["no filter", {}, ["rgw-use1", "rgw-euw1"], ["vpce-c", "vpce-c-eu"], 2],
    [
      "empty lists mean all",
      { accounts: [], regions: [] },
      ["rgw-use1", "rgw-euw1"],
      ["vpce-c", "vpce-c-eu"],
      2,
    ],
    ["provider account", { accounts: [P] }, ["rgw-use1", "rgw-euw1"], [], 1],
    ["consumer account", { accounts: [C] }, [], ["vpce-c", "vpce-c-eu"], 2],
    ["region", { regions: ["eu-west-1"] }, ["rgw-euw1"], ["vpce-c-eu"], 2],
    ["account and region", { accounts: [C], regions: ["us-east-1"] }, [], ["vpce-c"], 1],
  ])("%s", (_name, scope, gateways, endpoints, warnings) => {
    const out = filterInventory(inventory, scope);
    expect(ids(out.gateways)).toEqual(gateways);
    expect(ids(out.endpoints)).toEqual(endpoints);
    expect(out.warnings).toHaveLength(warnings);
  });

  it("narrows the accounts and regions lists too", () => {
    const out = filterInventory(inventory, { accounts: [C], regions: ["us-east-1"] });
    expect(out.accounts).toEqual([{ accountId: C }]);
    expect(out.regions).toEqual(["us-east-1"]);
  });
});
