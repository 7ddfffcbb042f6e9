import "server-only";
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { InsightsQueue } from "./insights-queue";

/** Slots for this server: its share of the account × region quota, at least one. */
export function insightsSlots(quota: number, share: number): number {
  return Math.max(1, Math.floor(quota * share));
}

/** The one Logs Insights queue of this process, shared by every view and report. */
export function sharedInsightsQueue(): InsightsQueue {
  return processSingleton("insights-queue", () => {
    const env = getEnv();
    return new InsightsQueue({
      limit: insightsSlots(env.LATTICE_LENS_INSIGHTS_QUOTA, env.LATTICE_LENS_INSIGHTS_SHARE),
    });
  });
}
