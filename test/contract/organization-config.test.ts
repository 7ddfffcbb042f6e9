/**
 * A config that lists its accounts from AWS Organizations: ListAccounts (real SDK client) against
 * the simulator adds every ACTIVE member through the templated role, discovery reaches them, and
 * the setup check says how many were listed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withOrganizationAccounts } from "@/lib/config/organization-accounts";
import { configSchema } from "@/lib/config/schema";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { runSetupCheck } from "@/lib/setup/run-setup-check";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import { DEFAULT_SCENARIO } from "./sim-harness";
import { startTrafficHarness, type TrafficHarness } from "./traffic-harness";

let h: TrafficHarness;
beforeAll(async () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  h = await startTrafficHarness({
    ...scenario,
    organization: {
      id: "o-a1b2c3d4e5",
      managementAccountId: "111111111111",
      delegatedAdministrators: [],
      extraAccounts: [{ id: "444444444444", name: "closed-sandbox", state: "SUSPENDED" }],
    },
  });
});
afterAll(() => h?.sim.close());

describe("organization accounts", () => {
  it("adds the active members through the templated role; explicit accounts win", async () => {
    const config = configSchema.parse({
      accounts: [{ id: "111111111111", name: "network", profile: "sim-111111111111" }],
      regions: h.config.regions,
      organization: { profile: "sim-111111111111" },
    });
    const expanded = await withOrganizationAccounts(config);
    expect(expanded.accounts.map((a) => a.id)).toEqual(["111111111111", "222222222222", "333333333333"]);
    expect(expanded.accounts[1]).toMatchObject({
      profile: "sim-111111111111",
      roleArn: "arn:aws:iam::222222222222:role/LatticeLensReadOnly",
    });
    const inventory = await discoverInventory(expanded);
    expect(inventory.endpoints.some((e) => e.accountId === "333333333333")).toBe(true);
    const report = await runSetupCheck({ config: expanded, inventory });
    expect(report.organization).toEqual({ listed: 4, error: undefined });
    expect(report.checks.find((c) => c.accountId === "222222222222")?.via).toContain("LatticeLensReadOnly");
  });
});
