/**
 * `npm run sim -- [--port N] [--host H] [--scenario FILE] [--generate N]`
 * Serves a scenario file (default: simulator/scenario/default.scenario.json) or a generated estate.
 */
import path from "node:path";
import { generateScenario } from "./scenario/generate-scenario";
import { loadScenario, parseScenario } from "./scenario/load-scenario";
import { startSimulator } from "./server";

interface CliOptions {
  port: number;
  host: string;
  scenario: string;
  generate?: number;
}

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    port: 4566,
    host: "127.0.0.1",
    scenario: path.join("simulator", "scenario", "default.scenario.json"),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    const need = () => {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      return value;
    };
    if (flag === "--port") opts.port = Number(need());
    else if (flag === "--host") opts.host = need();
    else if (flag === "--scenario") opts.scenario = need();
    else if (flag === "--generate") opts.generate = Number(need());
    else throw new Error(`unknown argument ${flag}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error("--port must be 0-65535");
  if (opts.generate !== undefined && (!Number.isInteger(opts.generate) || opts.generate < 1)) {
    throw new Error("--generate must be a positive integer");
  }
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const scenario =
    opts.generate !== undefined
      ? parseScenario(generateScenario(opts.generate))
      : loadScenario(opts.scenario);
  const sim = await startSimulator({ scenario, port: opts.port, host: opts.host });
  console.log(`simulator listening on ${sim.url}`);
  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
