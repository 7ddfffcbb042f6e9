import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { countsBy } from "./counts-by";
import { sampleInventory as inv } from "./sample-inventory";

describe("countsBy", () => {
  it("counts every kind overall", () => {
    expect(countsBy(inv).total).toEqual({
      gateways: 2,
      configurations: 4,
      endpoints: 2,
      serviceNetworks: 1,
      associations: 4,
    });
  });

  it("splits by account, with names", () => {
    const byAccount = countsBy(inv).byAccount;
    expect(byAccount.map((a) => [a.accountId, a.name, a.gateways, a.endpoints, a.associations])).toEqual([
      ["111111111111", "provider", 2, 0, 3],
      ["222222222222", "consumer", 0, 2, 1],
    ]);
  });

  it("lists watched regions even when empty, and unwatched regions that have items", () => {
    const extra: Inventory = { ...inv, regions: ["ap-south-1"] };
    expect(countsBy(extra).byRegion.map((r) => [r.region, r.gateways])).toEqual([
      ["ap-south-1", 0],
      ["eu-west-1", 1],
      ["us-east-1", 1],
    ]);
  });
});
