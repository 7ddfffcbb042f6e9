import { describe, expect, it } from "vitest";
import type { RouteTable } from "@/lib/schemas/inventory";
import { longestMatch, routeTableOfSubnet } from "./route-lookup";

const table = (id: string, main: boolean, subnetIds: string[], routes: RouteTable["routes"]): RouteTable => ({
  id,
  accountId: "1",
  region: "r",
  vpcId: "vpc-1",
  main,
  subnetIds,
  routes,
});
const local = {
  destinationCidrBlock: "10.0.0.0/16",
  target: "local",
  targetKind: "local" as const,
  state: "active",
};
const main = table("rtb-main", true, [], [local]);
const onprem = table(
  "rtb-a",
  false,
  ["subnet-a"],
  [
    local,
    {
      destinationCidrBlock: "192.168.0.0/16",
      target: "tgw-1",
      targetKind: "transit-gateway",
      state: "active",
    },
    {
      destinationCidrBlock: "192.168.10.0/24",
      target: "vgw-1",
      targetKind: "vpn-gateway",
      state: "blackhole",
    },
  ],
);

describe("route lookup", () => {
  it("uses the subnet's explicit table, else the main table", () => {
    expect(routeTableOfSubnet([main, onprem], "subnet-a", "vpc-1")?.id).toBe("rtb-a");
    expect(routeTableOfSubnet([main, onprem], "subnet-b", "vpc-1")?.id).toBe("rtb-main");
  });

  it.each([
    ["10.0.5.5", "local"],
    ["192.168.20.1", "tgw-1"],
    ["192.168.10.7", "vgw-1"], // longest prefix wins, even a blackhole
    ["172.16.0.1", undefined],
  ])("%s → %s", (ip, target) => {
    expect(longestMatch(onprem, ip)?.target).toBe(target);
  });
});
