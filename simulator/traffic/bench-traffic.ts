/**
 * Traffic benchmark: events per day in the default scenario, and the wall time and memory of
 * 24 h Logs Insights queries over the gateway flow-log groups through the real SDK (cold, then
 * warm cache). Run: `npx tsx simulator/traffic/bench-traffic.ts`.
 */
import path from "node:path";
import {
  CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { loadScenario } from "../scenario/load-scenario";
import { startSimulator } from "../server";
import { buildState } from "../state/sim-state";
import { TrafficModel } from "./traffic-model";

const NOW = new Date("2026-11-28T12:00:00Z");
const scenario = loadScenario(path.join(__dirname, "..", "scenario", "default.scenario.json"));

const model = new TrafficModel(buildState(scenario), NOW.getTime());
let events = 0;
let bytes = 0;
for (const g of model.groups.values()) {
  for (const e of model.events(g, {
    fromMs: NOW.getTime() - 86_400_000,
    toMs: NOW.getTime(),
    nowMs: NOW.getTime(),
  })) {
    events += 1;
    bytes += e.message.length;
  }
}
console.log(
  `demo: ${events} events/day, ${(bytes / 1e6).toFixed(1)} MB of messages/day, ${model.paths.length} paths`,
);

async function main(): Promise<void> {
  const sim = await startSimulator({ scenario, port: 0, now: () => NOW });
  const logs = new CloudWatchLogsClient({
    endpoint: sim.url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIAPROVIDER00000001", secretAccessKey: "x" },
  });
  const query =
    "filter logStatus = 'OK' | stats sum(bytes) as bytes, count(*) as flows by bin(5m), dstAddr, dstPort";
  for (const label of ["cold", "warm"]) {
    for (const group of ["/vpc/flow-logs/provider-core", "/vpc/flow-logs/provider-data"]) {
      const t0 = performance.now();
      const { queryId } = await logs.send(
        new StartQueryCommand({
          logGroupName: group,
          startTime: NOW.getTime() / 1000 - 86_400,
          endTime: NOW.getTime() / 1000,
          queryString: query,
        }),
      );
      let out = await logs.send(new GetQueryResultsCommand({ queryId }));
      while (out.status !== "Complete") out = await logs.send(new GetQueryResultsCommand({ queryId }));
      console.log(
        `${label} 24 h StartQuery→Complete ${group}: ${(performance.now() - t0).toFixed(0)} ms, ${out.results?.length} rows, ` +
          `${out.statistics?.recordsScanned} records, ${((out.statistics?.bytesScanned ?? 0) / 1e6).toFixed(2)} MB scanned`,
      );
    }
  }
  const mem = process.memoryUsage();
  console.log(
    `memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`,
  );
  await sim.close();
}

void main();
