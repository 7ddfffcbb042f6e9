import "server-only";
import { getEnv } from "@/lib/env";
import { InsightsQueue } from "./insights-queue";

/** Slots for this server: its share of the account × region quota, at least one. */
export function insightsSlots(quota: number, share: number): number {
  return Math.max(1, Math.floor(quota * share));
}

const key = Symbol.for("lattice-lens.insights-queue");
type Holder = { [key]?: InsightsQueue };

/**
 * The one Logs Insights queue of this process, shared by every view and report (on globalThis:
 * Next's route bundles may each load their own copy of this module).
 */
export function sharedInsightsQueue(): InsightsQueue {
  const g = globalThis as Holder;
  if (!g[key]) {
    const env = getEnv();
    g[key] = new InsightsQueue({
      limit: insightsSlots(env.LATTICE_LENS_INSIGHTS_QUOTA, env.LATTICE_LENS_INSIGHTS_SHARE),
    });
  }
  return g[key];
}
