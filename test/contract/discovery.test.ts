import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import type { Inventory } from "@/lib/schemas/inventory";
import {
  associationsByKind,
  configurationsByType,
  counts,
  endpointsByType,
  eniCounts,
  ids,
} from "../fixtures/default-scenario-facts";
import { countBy, tally } from "./count-by";
import { type SimHarness, startHarness } from "./sim-harness";

let h: SimHarness;
let inventory: Inventory;

beforeAll(async () => {
  h = await startHarness();
  await h.resetStats();
  inventory = await discoverInventory(h.config);
});
afterAll(() => h?.sim.close());

describe("discovery of the default scenario", () => {
  it("finds every kind of object, per owner account and region, with no warnings", () => {
    expect(inventory.warnings).toEqual([]);
    for (const [kind, expected] of Object.entries(counts)) {
      expect({ kind, ...countBy(inventory[kind as keyof typeof counts]) }).toEqual({ kind, ...expected });
    }
    expect(tally(inventory.resourceConfigurations, (c) => c.type)).toEqual(configurationsByType);
    expect(tally(inventory.endpoints, (e) => e.type)).toEqual(endpointsByType);
    const kinds = tally(inventory.associations, (a) => a.kind);
    expect(Object.fromEntries(Object.entries(associationsByKind).filter(([, n]) => n > 0))).toEqual(kinds);
  });

  it("reports the AWS calls it made, as the simulator counted them", async () => {
    expect(inventory.stats.awsCalls).toBe((await h.stats()).total);
    expect(inventory.stats.awsCalls).toBeGreaterThan(50);
    expect(inventory.stats.cached).toBe(false);
  });

  it("links gateways to their ENIs, AZs and configurations", () => {
    const gw = (id: string) => inventory.gateways.find((g) => g.id === id)!;
    expect(gw(ids.gateways.coreGw).availabilityZones).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
    expect(gw(ids.gateways.dataGw).availabilityZones).toEqual(["us-east-1a"]);
    expect(inventory.gateways.reduce((n, g) => n + g.enis.length, 0)).toBe(eniCounts.gateway);
    expect(gw(ids.gateways.dataGw).enis[0]?.privateIpAddresses).toHaveLength(4);
    expect(gw(ids.gateways.dataGw).configurationIds).toEqual(
      [ids.configurations.sessionsRedis, ids.configurations.inventorySearch].sort(),
    );
    // Children (GROUP and ARN) count under the gateway they inherit.
    expect(gw(ids.gateways.coreGw).configurationIds).toContain(ids.configurations.billingInvoices);
    expect(gw(ids.gateways.coreGw).configurationIds).toContain(ids.configurations.customersAuroraReader);
  });

  it("resolves parents, children, inherited gateways, definitions and failures", () => {
    const cfg = (id: string) => inventory.resourceConfigurations.find((c) => c.id === id)!;
    const group = cfg(ids.configurations.billingServices);
    expect(group.childIds).toEqual(
      [
        ids.configurations.billingInvoices,
        ids.configurations.billingPayments,
        ids.configurations.billingReports,
      ].sort(),
    );
    expect(cfg(ids.configurations.billingPayments)).toMatchObject({
      parentId: ids.configurations.billingServices,
      gatewayId: ids.gateways.coreGw,
      portRanges: ["8443"],
      definition: { kind: "ip", ipAddress: "10.10.2.40" },
    });
    expect(cfg(ids.configurations.customersAurora).definition).toEqual({
      kind: "arn",
      arn: "arn:aws:rds:us-east-1:111111111111:cluster:customers-aurora",
    });
    expect(cfg(ids.configurations.customersAuroraWriter)).toMatchObject({
      amazonManaged: true,
      type: "CHILD",
    });
    expect(cfg(ids.configurations.inventorySearch)).toMatchObject({ status: "CREATE_FAILED" });
    expect(cfg(ids.configurations.inventorySearch).failureReason).toMatch(/10\.99\.1\.60/);
    expect(cfg(ids.configurations.ordersPostgres).accessLogDestinations).toHaveLength(1);
    expect(cfg(ids.configurations.ordersPostgres).resourceEnis?.[0]?.privateIpAddresses).toEqual([
      "10.10.1.50",
    ]);
    expect(inventory.resourceConfigurations.reduce((n, c) => n + (c.resourceEnis?.length ?? 0), 0)).toBe(
      eniCounts.resource,
    );
  });

  it("resolves consumer endpoints to the provider's configurations and networks across accounts", () => {
    const ep = (id: string) => inventory.endpoints.find((e) => e.id === id)!;
    expect(ep(ids.endpoints.paymentsOrdersDb)).toMatchObject({
      accountId: "222222222222",
      resourceConfigurationId: ids.configurations.ordersPostgres,
      availabilityZones: ["us-east-1a", "us-east-1b"],
    });
    expect(ep(ids.endpoints.paymentsSessions).availabilityZones).toEqual(["us-east-1b"]);
    expect(ep(ids.endpoints.analyticsSharedServices).serviceNetworkId).toBe(
      ids.serviceNetworks.sharedServices,
    );
    expect(inventory.endpoints.reduce((n, e) => n + e.enis.length, 0)).toBe(eniCounts.endpoint);
    const sn = inventory.serviceNetworks.find((s) => s.id === ids.serviceNetworks.sharedServices)!;
    expect(sn).toMatchObject({ authType: "AWS_IAM", sharingEnabled: true, accountId: "111111111111" });
    expect(sn.accessLogDestinations).toHaveLength(1);
  });
});
