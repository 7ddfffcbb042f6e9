/**
 * Discovery benchmark: time and AWS calls for the default scenario and a generated estate,
 * against the simulator started in-process (loopback, no latency faults: this measures our
 * call pattern and CPU, not AWS latency).
 *
 *   npx tsx --conditions=react-server scripts/bench-discovery.ts [configurations=2000]
 *
 * (`--conditions=react-server` lets the `server-only` marker in lib/ load outside Next.)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LensConfig } from "@/lib/config/schema";
import { discoverInventory } from "@/lib/discovery/discover-inventory";
import { generateScenario } from "@/simulator/scenario/generate-scenario";
import { loadScenario, parseScenario } from "@/simulator/scenario/load-scenario";
import type { Scenario } from "@/simulator/scenario/schema";
import { startSimulator } from "@/simulator/server";

const generated = Number(process.argv[2] ?? 2000);

async function bench(label: string, scenario: Scenario, pageSize?: number): Promise<void> {
  const sim = await startSimulator({ scenario, port: 0 });
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-bench-"));
  writeFileSync(
    path.join(dir, "credentials"),
    scenario.accounts
      .map((a) => `[b-${a.id}]\naws_access_key_id=${a.accessKeyIds[0]}\naws_secret_access_key=x\n`)
      .join(""),
  );
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: sim.url,
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
  });
  const config: LensConfig = {
    accounts: scenario.accounts.map((a) => ({ id: a.id, profile: `b-${a.id}` })),
    regions: scenario.regions,
    inventoryTtlSeconds: 60,
    concurrency: 8,
  };
  try {
    const inv = await discoverInventory(config, { pageSize });
    const stats = (await (await fetch(`${sim.url}/_sim/stats`)).json()) as {
      byOperation: Record<string, number>;
    };
    const top = Object.entries(stats.byOperation)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([op, n]) => `${op}=${n}`)
      .join(" ");
    console.log(
      `${label}: ${inv.stats.durationMs} ms, ${inv.stats.awsCalls} AWS calls, ` +
        `${config.accounts.length} accounts × ${config.regions.length} regions, ` +
        `${inv.resourceConfigurations.length} configurations, ${inv.gateways.length} gateways, ` +
        `${inv.endpoints.length} endpoints, ${inv.associations.length} associations, ${inv.warnings.length} warnings\n  top: ${top}`,
    );
  } finally {
    await sim.close();
  }
}

async function main(): Promise<void> {
  const defaultScenario = loadScenario(
    path.resolve(__dirname, "../simulator/scenario/default.scenario.json"),
  );
  await bench("default scenario", defaultScenario);
  await bench("default scenario, page size 1", defaultScenario, 1);
  await bench(`generated ${generated}`, parseScenario(generateScenario(generated)));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
