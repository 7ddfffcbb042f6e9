import { describe, expect, it } from "vitest";
import type { Inventory } from "@/lib/schemas/inventory";
import { B, inventoryWith, region, summarize } from "../test-builders";
import { flowLogCoverage } from "./flow-log-coverage";

const noVpcLogs = (inv: Inventory) => {
  inv.flowLogs = [];
};

describe("flow-log-coverage", () => {
  it.each<[string, (inv: Inventory) => void, string[]]>([
    ["clean: VPC flow logs on both sides", () => {}, []],
    ["no flow logs anywhere", noVpcLogs, ["failing:rgw-clean", "failing:vpce-res", "failing:vpce-sn"]],
    [
      "subnet-level logs cover the gateway ENIs",
      (inv) => {
        inv.flowLogs = inv.flowLogs.filter((f) => f.resourceId !== "vpc-prov");
        inv.flowLogs.push({ id: "fl-a", accountId: "111111111111", region, resourceId: "subnet-pa" });
        inv.flowLogs.push({ id: "fl-b", accountId: "111111111111", region, resourceId: "eni-gw-b" });
      },
      [],
    ],
    [
      "one gateway ENI uncovered",
      (inv) => {
        inv.flowLogs = inv.flowLogs.filter((f) => f.resourceId !== "vpc-prov");
        inv.flowLogs.push({ id: "fl-a", accountId: "111111111111", region, resourceId: "subnet-pa" });
      },
      ["failing:rgw-clean"],
    ],
    [
      "a flow log that is not ACTIVE does not count",
      (inv) => {
        inv.flowLogs[0]!.status = "FAILED";
      },
      ["failing:rgw-clean"],
    ],
    [
      "unknown: consumer account's flow logs could not be listed",
      (inv) => {
        inv.flowLogs = inv.flowLogs.filter((f) => f.accountId !== B);
        inv.warnings.push({
          accountId: B,
          region,
          service: "ec2",
          operation: "DescribeFlowLogs",
          code: "aws_access_denied",
          message: "denied",
        });
      },
      ["unknown:vpce-res", "unknown:vpce-sn"],
    ],
  ])("%s", (_name, mutate, expected) => {
    expect(summarize(flowLogCoverage.evaluate({ inventory: inventoryWith(mutate) }))).toEqual(expected);
  });
});
