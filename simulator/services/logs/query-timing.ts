/**
 * When a Logs Insights query is done, and whether it still counts against the account's
 * concurrency quota. Two rules:
 * - timed (the scenario sets `logsInsights.latencyMs` and/or `scanBytesPerSecond`): a query runs
 *   for latency + bytesScanned / rate of simulator clock, whoever polls it;
 * - quick (the demo default): Running on the first GetQueryResults, Complete from the second or
 *   once one second of simulator clock has passed, so demos and e2e runs never wait.
 */
import type { LogsInsightsSettings } from "../../scenario/schema";
import type { StoredQuery } from "../../state/sim-runtime";

/** How long a query runs, in simulator-clock ms; undefined under the quick rule. */
export function queryDurationMs(settings: LogsInsightsSettings, bytesScanned: number): number | undefined {
  const { latencyMs, scanBytesPerSecond } = settings;
  if (latencyMs === undefined && scanBytesPerSecond === undefined) return undefined;
  const scanMs = scanBytesPerSecond ? (bytesScanned / scanBytesPerSecond) * 1000 : 0;
  return Math.ceil((latencyMs ?? 0) + scanMs);
}

const QUICK_COMPLETE_MS = 1000;

export function queryStatus(
  q: Pick<StoredQuery, "status" | "startedMs" | "polls" | "durationMs">,
  nowMs: number,
): StoredQuery["status"] {
  if (q.status === "Cancelled" || q.status === "Failed" || q.status === "Complete") return q.status;
  const elapsed = nowMs - q.startedMs;
  if (q.durationMs !== undefined) return elapsed >= q.durationMs ? "Complete" : "Running";
  if (q.polls >= 2 || elapsed >= QUICK_COMPLETE_MS) return "Complete";
  return q.polls === 1 ? "Running" : "Scheduled";
}

export const isRunning = (s: StoredQuery["status"]) => s === "Scheduled" || s === "Running";
