import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { configuration, inventoryWith, summarize } from "../test-builders";
import { accessLogCoverage } from "./access-log-coverage";

const noConfigLogs = (inv: Inventory) => {
  inv.resourceConfigurations[0]!.accessLogDestinations = [];
};

describe("access-log-coverage", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: subscription on the configuration", () => {}, []],
    ["no subscription on config or network", noConfigLogs, ["failing:rcfg-db"]],
    [
      "the service network's subscription covers it",
      (inv) => {
        noConfigLogs(inv);
        inv.serviceNetworks[0]!.accessLogDestinations = ["arn:aws:logs:…:sn"];
      },
      [],
    ],
    [
      "a SERVICE-type network subscription does not cover it",
      (inv) => {
        noConfigLogs(inv);
        inv.serviceNetworks[0]!.accessLogDestinations = ["arn:aws:logs:…:sn"];
        inv.serviceNetworks[0]!.accessLogSubscriptions = [
          { id: "als-1", destinationArn: "arn:aws:logs:…:sn", serviceNetworkLogType: "SERVICE" },
        ];
      },
      ["failing:rcfg-db"],
    ],
    [
      "a RESOURCE-type one does",
      (inv) => {
        noConfigLogs(inv);
        inv.serviceNetworks[0]!.accessLogDestinations = ["arn:aws:logs:…:sn"];
        inv.serviceNetworks[0]!.accessLogSubscriptions = [
          { id: "als-1", destinationArn: "arn:aws:logs:…:sn", serviceNetworkLogType: "RESOURCE" },
        ];
      },
      [],
    ],
    [
      "a child is covered by its group's subscription",
      (inv) => {
        inv.resourceConfigurations = [
          configuration({ id: "rcfg-group", type: "GROUP", definition: undefined }),
          configuration({
            id: "rcfg-child",
            type: "CHILD",
            parentId: "rcfg-group",
            gatewayId: undefined,
            accessLogDestinations: [],
          }),
        ];
        inv.associations = [];
      },
      [],
    ],
    [
      "unknown: associated network not visible",
      (inv) => {
        noConfigLogs(inv);
        inv.serviceNetworks = [];
      },
      ["unknown:rcfg-db"],
    ],
  ])("%s", (_name, mutate, expected) => {
    const findings = accessLogCoverage.evaluate({ inventory: inventoryWith(mutate) });
    expect(summarize(findings)).toEqual(expected);
    for (const f of findings) expect(f.severity).toBe("info");
  });
});
