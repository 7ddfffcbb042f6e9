/**
 * Test harness: the simulator in-process on a random loopback port, and the environment the
 * product needs to reach it exactly as it would reach AWS — AWS_ENDPOINT_URL plus one shared-
 * credentials profile per scenario account (the simulator maps access key ids to accounts).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LensConfig } from "@/lib/config/schema";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import type { Scenario } from "@/simulator/scenario/schema";
import { type RunningSimulator, startSimulator } from "@/simulator/server";

export const DEFAULT_SCENARIO = path.resolve(__dirname, "../../simulator/scenario/default.scenario.json");

export interface SimHarness {
  sim: RunningSimulator;
  scenario: Scenario;
  config: LensConfig;
  stats(): Promise<{ total: number; byOperation: Record<string, number> }>;
  resetStats(): Promise<void>;
}

export async function startHarness(scenario: Scenario = loadScenario(DEFAULT_SCENARIO)): Promise<SimHarness> {
  const sim = await startSimulator({ scenario, port: 0 });
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-contract-"));
  const credentials = scenario.accounts
    .map(
      (a) => `[sim-${a.id}]\naws_access_key_id = ${a.accessKeyIds[0]}\naws_secret_access_key = simulator\n`,
    )
    .join("\n");
  writeFileSync(path.join(dir, "credentials"), credentials);
  writeFileSync(path.join(dir, "config"), "");
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: sim.url,
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
    AWS_CONFIG_FILE: path.join(dir, "config"),
  });
  for (const name of ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]) {
    delete process.env[name];
  }
  const config: LensConfig = {
    accounts: scenario.accounts.map((a) => ({ id: a.id, name: a.name, profile: `sim-${a.id}` })),
    regions: scenario.regions,
    inventoryTtlSeconds: 60,
    concurrency: 8,
  };
  const control = (method: string) => fetch(`${sim.url}/_sim/stats`, { method });
  return {
    sim,
    scenario,
    config,
    stats: async () => (await control("GET")).json(),
    resetStats: async () => {
      await control("DELETE");
    },
  };
}
