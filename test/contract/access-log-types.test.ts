/**
 * Access-log subscription types and destinations, discovered through the SDK from the simulator:
 * a service network's SERVICE-type subscription is no resource access-log coverage and says how
 * to fix it; an S3 destination is "delivered to S3", not missing (aws-facts §0.1.2, §0.1.3).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { ids } from "../fixtures/default-scenario-facts";
import { START, startTrafficHarness, type TrafficHarness } from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  h = await startTrafficHarness();
});
afterAll(() => h?.sim.close());

const window = { from: new Date(START - 3_600_000).toISOString(), to: new Date(START).toISOString() };
const accessSource = async (id: string) =>
  (await getConfigurationTraffic(id, window, h.deps())).sources.find((s) => s.kind === "access-logs");

describe("access-log subscription types", () => {
  it("discovery carries serviceNetworkLogType: platform-eu SERVICE, shared-services RESOURCE", () => {
    const types = (id: string) =>
      h.inventory.serviceNetworks
        .find((n) => n.id === id)
        ?.accessLogSubscriptions?.map((s) => s.serviceNetworkLogType);
    expect(types(ids.serviceNetworks.platformEu)).toEqual(["SERVICE"]);
    expect(types(ids.serviceNetworks.sharedServices)).toEqual(["RESOURCE"]);
  });

  it("eu-ledger-api, reached only through platform-eu's SERVICE-type subscription: service access logs, with the fix", async () => {
    const s = await accessSource(ids.configurations.euLedgerApi);
    expect(s).toMatchObject({
      status: "missing",
      statusLabel: "service access logs: no resource connections",
    });
    expect(s?.detail).toContain(
      `--resource-identifier ${ids.serviceNetworks.platformEu} --destination-arn <log group ARN> --service-network-log-type RESOURCE`,
    );
  });

  it("onprem-mainframe's subscription delivers to S3: shown as delivered there, not missing", async () => {
    const s = await accessSource(ids.configurations.onpremMainframe);
    expect(s?.statusLabel).toBe("delivered to S3");
    expect(s?.detail).toContain("arn:aws:s3:::provider-lattice-access-logs/onprem-mainframe");
  });

  it("a RESOURCE-type network subscription still covers what comes through it", async () => {
    const s = await accessSource(ids.configurations.billingPayments);
    expect(s?.status).toBe("available");
    expect(s?.logGroups).toEqual(["/lattice/access/shared-services"]);
  });
});
