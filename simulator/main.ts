/**
 * `npm run sim -- [--port N] [--host H] [--scenario FILE] [--generate N [--flow-logs s3]]
 *   [--insights-realistic] [--insights-latency-ms N] [--insights-scan-mb-per-s N] [--insights-quota N]`
 * Serves a scenario file (default: simulator/scenario/default.scenario.json) or a generated estate;
 * the --insights-* flags set Logs Insights timing and quota over the scenario's own.
 */

import { parseArgs } from "./cli-args";
import { generateScenario } from "./scenario/generate-scenario";
import { loadScenario, parseScenario } from "./scenario/load-scenario";
import { startSimulator } from "./server";

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const loaded =
    opts.generate !== undefined
      ? parseScenario(generateScenario(opts.generate, { flowLogs: opts.flowLogs }))
      : loadScenario(opts.scenario);
  const scenario = { ...loaded, logsInsights: { ...loaded.logsInsights, ...opts.insights } };
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
