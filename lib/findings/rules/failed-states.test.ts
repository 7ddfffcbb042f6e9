import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { A, inventoryWith, region, summarize } from "../test-builders";
import { failedStates } from "./failed-states";

describe("failed-states", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean", () => {}, []],
    [
      "configuration CREATE_FAILED",
      (inv) => {
        Object.assign(inv.resourceConfigurations[0]!, {
          status: "CREATE_FAILED",
          failureReason: "IP not in VPC",
        });
      },
      ["failing:rcfg-db"],
    ],
    [
      "configuration UPDATE_FAILED",
      (inv) => {
        inv.resourceConfigurations[0]!.status = "UPDATE_FAILED";
      },
      ["failing:rcfg-db"],
    ],
    [
      "configuration in progress is not failed",
      (inv) => {
        inv.resourceConfigurations[0]!.status = "CREATE_IN_PROGRESS";
      },
      [],
    ],
    [
      "gateway CREATE_FAILED",
      (inv) => {
        inv.gateways[0]!.status = "CREATE_FAILED";
      },
      ["failing:rgw-clean"],
    ],
    [
      "sn-resource association CREATE_FAILED",
      (inv) => {
        inv.associations[1]!.status = "CREATE_FAILED";
      },
      ["failing:sn-main"],
    ],
    [
      "resource-endpoint association failed",
      (inv) => {
        inv.associations[0]!.status = "DELETE_FAILED";
      },
      ["failing:rcfg-db"],
    ],
    [
      "endpoint rejected",
      (inv) => {
        inv.endpoints[0]!.state = "rejected";
      },
      ["failing:vpce-res"],
    ],
    [
      "endpoint Failed (any case)",
      (inv) => {
        inv.endpoints[1]!.state = "Failed";
      },
      ["failing:vpce-sn"],
    ],
    [
      "unknown: Lattice listing failed in a region",
      (inv) => {
        inv.warnings.push({
          accountId: A,
          region,
          service: "vpc-lattice",
          operation: "ListResourceConfigurations",
          code: "aws_access_denied",
          message: "denied",
        });
      },
      [`unknown:${A}`],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(failedStates.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });

  it("carries the failure reason as evidence", () => {
    const inv = inventoryWith((i) =>
      Object.assign(i.resourceConfigurations[0]!, {
        status: "CREATE_FAILED",
        failureReason: "IP not in VPC",
      }),
    );
    const [f] = failedStates.evaluate({ inventory: inv });
    expect(f?.evidence.details.failureReason).toBe("IP not in VPC");
    expect(f?.severity).toBe("critical");
  });
});
