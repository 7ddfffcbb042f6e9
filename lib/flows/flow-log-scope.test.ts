import { expect, it } from "vitest";
import { configuration, gateway } from "@/lib/discovery/test-builders";
import type { FlowLog, Inventory, NetworkInterface } from "@/lib/schemas/inventory";
import { scopeKey } from "./flow-coverage";
import { flowLogScopes } from "./flow-log-scope";

const eni = (id: string, subnetId: string): NetworkInterface => ({
  id,
  subnetId,
  vpcId: "vpc-p",
  availabilityZone: "us-east-1a",
  privateIpAddresses: [],
  securityGroupIds: [],
});
const log = (id: string, resourceId: string): FlowLog => ({
  id,
  accountId: "111111111111",
  region: "us-east-1",
  resourceId,
  logGroupName: `/flow/${id}`,
});

it("one scope per flow log: every gateway ENI it covers and all their configurations' ports", () => {
  const inv = {
    gateways: [
      gateway("rgw-1", {
        enis: [eni("eni-1a", "subnet-a"), eni("eni-1b", "subnet-b")],
        configurationIds: ["rcfg-a"],
      }),
      gateway("rgw-2", { enis: [eni("eni-2a", "subnet-a")], configurationIds: ["rcfg-b"] }),
    ],
    resourceConfigurations: [
      configuration("rcfg-a", { gatewayId: "rgw-1", portRanges: ["5432"] }),
      configuration("rcfg-b", { gatewayId: "rgw-2", portRanges: ["443", "5433-5440"] }),
    ],
    flowLogs: [log("fl-vpc", "vpc-p"), log("fl-b", "subnet-b")],
  } as unknown as Inventory;
  const scopes = flowLogScopes(inv);
  const vpc = scopes.get(scopeKey(log("fl-vpc", "vpc-p")));
  expect(vpc?.eniIds).toEqual(["eni-1a", "eni-2a"]);
  expect(vpc?.ports).toEqual([
    { from: 443, to: 443 },
    { from: 5432, to: 5440 },
  ]);
  expect(scopes.get(scopeKey(log("fl-b", "subnet-b")))?.eniIds).toEqual(["eni-1b"]);
  expect(flowLogScopes(inv)).toBe(scopes);
});
