import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { sampleInventory as inv } from "./sample-inventory";
import { unhealthyResources } from "./unhealthy-resources";

describe("unhealthyResources", () => {
  it("lists failures before work in progress, with reasons", () => {
    expect(unhealthyResources(inv).map((u) => [u.kind, u.id, u.tone, u.reason])).toEqual([
      ["configuration", "rcfg-broken", "bad", "Subnet has no free addresses"],
      ["gateway", "rgw-0b2", "pending", undefined],
    ]);
  });

  it("includes failed associations, linked to the resource that shows them", () => {
    const failed: Inventory = {
      ...inv,
      associations: inv.associations.map((a) =>
        a.kind === "sn-resource" ? { ...a, status: "CREATE_FAILED", failureCode: "LIMIT_EXCEEDED" } : a,
      ),
    };
    const item = unhealthyResources(failed).find((u) => u.kind === "association");
    expect(item).toMatchObject({
      id: "snra-1",
      tone: "bad",
      reason: "LIMIT_EXCEEDED",
      link: { kind: "configuration", id: "rcfg-group" },
    });
  });

  it("is empty for a healthy estate", () => {
    expect(unhealthyResources({ ...inv, gateways: [], resourceConfigurations: [] })).toEqual([]);
  });
});
