/** Starts the simulator on a random port with the small fixture (or a variant) and a pinned clock. */
import { parseScenario } from "../scenario/load-scenario";
import type { ScenarioInput } from "../scenario/schema";
import { type RunningSimulator, startSimulator } from "../server";
import { smallScenario } from "./small-scenario";

export const FIXED_NOW = new Date("2026-11-28T12:00:00.000Z");

export function startTestSimulator(scenario: ScenarioInput = smallScenario): Promise<RunningSimulator> {
  return startSimulator({ scenario: parseScenario(scenario), port: 0, now: () => FIXED_NOW });
}

export function clientConfig(sim: RunningSimulator, accessKeyId: string, maxAttempts = 1) {
  return {
    endpoint: sim.url,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey: "x" },
    maxAttempts,
  };
}
