/**
 * The simulator in-process with a clock the test moves, the product's environment pointed at it,
 * and the inventory discovered once: what the traffic contract tests share.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LensConfig } from "@/lib/config/schema";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import type { TrafficDeps } from "@/lib/flows/traffic-context";
import type { Inventory } from "@/lib/schemas/inventory";
import { loadScenario } from "@/simulator/scenario/load-scenario";
import type { Scenario } from "@/simulator/scenario/schema";
import { type RunningSimulator, startSimulator } from "@/simulator/server";
import { DEFAULT_SCENARIO } from "./sim-harness";

export interface TruthTotals {
  bytes: number;
  bytesToResource: number;
  bytesFromResource: number;
  connections: number;
  rejects: number;
}

export interface Truth extends TruthTotals {
  consumers: Array<
    TruthTotals & {
      key: string;
      accountId: string;
      vpcId: string;
      endpointId?: string;
      pattern: string;
      resourceConfigurationId: string;
    }
  >;
}

export interface TrafficHarness {
  sim: RunningSimulator;
  inventory: Inventory;
  config: LensConfig;
  /** The simulator's and the product's clock (epoch ms). */
  clock: { now: number };
  deps(): TrafficDeps;
  truth(filter: Record<string, string>, from: number, to: number): Promise<Truth>;
  insightsBytes(): Promise<number>;
}

/** A whole minute, so windows line up with flow-record seconds the way a real clock would. */
export const START = Date.parse("2026-11-28T12:00:00.000Z");

export async function startTrafficHarness(
  scenario: Scenario = loadScenario(DEFAULT_SCENARIO),
): Promise<TrafficHarness> {
  const clock = { now: START };
  const sim = await startSimulator({ scenario, port: 0, now: () => new Date(clock.now) });
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-traffic-"));
  writeFileSync(
    path.join(dir, "credentials"),
    scenario.accounts
      .map(
        (a) => `[sim-${a.id}]\naws_access_key_id = ${a.accessKeyIds[0]}\naws_secret_access_key = simulator\n`,
      )
      .join("\n"),
  );
  writeFileSync(path.join(dir, "config"), "");
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: sim.url,
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
    AWS_CONFIG_FILE: path.join(dir, "config"),
  });
  for (const name of ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"])
    delete process.env[name];
  const config: LensConfig = {
    accounts: scenario.accounts.map((a) => ({ id: a.id, name: a.name, profile: `sim-${a.id}` })),
    regions: scenario.regions,
    inventoryTtlSeconds: 60,
    concurrency: 8,
  };
  const inventory = await discoverInventory(config);
  return {
    sim,
    inventory,
    config,
    clock,
    deps: () => ({ inventory, config, now: () => clock.now, run: { pollMs: 1, maxPollMs: 5 } }),
    truth: async (filter, from, to) => {
      const q = new URLSearchParams({
        ...filter,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      });
      return (await fetch(`${sim.url}/_sim/truth/traffic?${q}`)).json() as Promise<Truth>;
    },
    insightsBytes: async () => {
      const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as {
        logsInsights?: { bytesScanned: number };
      };
      return stats.logsInsights?.bytesScanned ?? 0;
    },
  };
}
