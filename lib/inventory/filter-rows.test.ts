import { describe, expect, it } from "vitest";
import { facetValues, filterRows, parseSort, sortRows } from "./filter-rows";
import { sampleInventory as inv } from "./sample-inventory";
import { configurationRows, endpointRows, gatewayRows, serviceNetworkRows } from "./table-rows";

const rows = configurationRows(inv);
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe("filterRows", () => {
  it.each([
    ["no filters", {}, ["rcfg-single", "rcfg-group", "rcfg-child", "rcfg-broken"]],
    ["search by name, any case", { q: "BILLING" }, ["rcfg-child"]],
    ["search by target IP", { q: "10.0.2" }, ["rcfg-single"]],
    ["search by gateway name", { q: "db-gateway" }, ["rcfg-single", "rcfg-group", "rcfg-child"]],
    ["type", { type: "GROUP" }, ["rcfg-group"]],
    ["status", { status: "CREATE_FAILED" }, ["rcfg-broken"]],
    ["account (repeatable)", { account: ["222222222222"] }, []],
    [
      "account + region",
      { account: ["111111111111"], region: ["us-east-1"], type: "SINGLE" },
      ["rcfg-single", "rcfg-broken"],
    ],
  ])("%s", (_n, query, expected) => {
    expect(ids(filterRows(rows, query))).toEqual(expected);
  });
});

describe("sortRows", () => {
  it.each([
    ["name", ["billing-api", "internal-apis", "legacy-cache", "orders-db"]],
    ["-name", ["orders-db", "legacy-cache", "internal-apis", "billing-api"]],
    ["consumers", ["legacy-cache", "orders-db", "internal-apis", "billing-api"]],
    // blanks last in either direction
    ["gatewayName", ["orders-db", "internal-apis", "billing-api", "legacy-cache"]],
    ["-gatewayName", ["orders-db", "internal-apis", "billing-api", "legacy-cache"]],
    [undefined, ["orders-db", "internal-apis", "billing-api", "legacy-cache"]],
  ])("%s", (sort, expected) => {
    expect(sortRows(rows, sort).map((r) => r.name)).toEqual(expected);
  });

  it("parses sort", () => {
    expect(parseSort("-name")).toEqual({ key: "name", desc: true });
    expect(parseSort("id")).toEqual({ key: "id", desc: false });
    expect(parseSort("")).toBeUndefined();
  });
});

describe("rows and facets", () => {
  it("builds rows for each kind", () => {
    expect(gatewayRows(inv)[0]).toMatchObject({ id: "rgw-0a1", enis: 1, configurations: 3 });
    expect(endpointRows(inv).map((e) => [e.id, e.targetKind, e.targetName])).toEqual([
      ["vpce-res1", "configuration", "orders-db"],
      ["vpce-sn1", "service-network", "shared-services"],
    ]);
    expect(serviceNetworkRows(inv)[0]).toMatchObject({
      configurations: 1,
      vpcAssociations: 1,
      endpointAssociations: 1,
    });
    expect(rows.map((r) => r.consumers)).toEqual([1, 2, 2, 0]);
  });

  it("finds gateways by an ENI address", () => {
    expect(ids(filterRows(gatewayRows(inv), { q: "10.0.1.10" }))).toEqual(["rgw-0a1"]);
  });

  it("lists distinct facet values", () => {
    expect(facetValues(rows, "type")).toEqual(["CHILD", "GROUP", "SINGLE"]);
    expect(facetValues(gatewayRows(inv), "region")).toEqual(["eu-west-1", "us-east-1"]);
  });
});
