import "server-only";
import {
  type CloudWatchLogsClient,
  GetQueryResultsCommand,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { addBytesScanned } from "@/lib/log/request-context";

/** Logs Insights takes at most 50 log groups per query. */
export const MAX_LOG_GROUPS = 50;

export interface InsightsQuery {
  logGroupNames: readonly string[];
  queryString: string;
  /** Epoch seconds, both inclusive (as StartQuery takes them). */
  startTime: number;
  endTime: number;
  limit?: number;
}

export interface InsightsResult {
  rows: Record<string, string>[];
  bytesScanned: number;
  recordsScanned: number;
  /** StartQuery calls made (one per 50 log groups). */
  queries: number;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** Give up (and StopQuery) after this long. */
  timeoutMs?: number;
  /** First poll delay; doubles up to maxPollMs. */
  pollMs?: number;
  maxPollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class InsightsQueryError extends Error {
  constructor(
    readonly status: string,
    message: string,
  ) {
    super(message);
    this.name = "InsightsQueryError";
  }
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * StartQuery, then GetQueryResults with backoff until the query ends. A query that fails, is
 * cancelled or times out throws; on abort or our own timeout the query is stopped so it stops
 * costing money. More than 50 log groups run as several queries whose rows are concatenated
 * (every query here aggregates by keys that let the caller add rows up).
 */
export async function runInsightsQuery(
  logs: CloudWatchLogsClient,
  query: InsightsQuery,
  options: RunOptions = {},
): Promise<InsightsResult> {
  const out: InsightsResult = { rows: [], bytesScanned: 0, recordsScanned: 0, queries: 0 };
  for (let i = 0; i < query.logGroupNames.length; i += MAX_LOG_GROUPS) {
    const groups = query.logGroupNames.slice(i, i + MAX_LOG_GROUPS);
    const one = await runOne(logs, { ...query, logGroupNames: groups }, options);
    out.rows.push(...one.rows);
    out.bytesScanned += one.bytesScanned;
    out.recordsScanned += one.recordsScanned;
    out.queries += 1;
  }
  return out;
}

async function runOne(logs: CloudWatchLogsClient, query: InsightsQuery, options: RunOptions) {
  const { signal, timeoutMs = 120_000, pollMs = 200, maxPollMs = 2_000, sleep = defaultSleep } = options;
  const { queryId } = await logs.send(
    new StartQueryCommand({
      logGroupNames: [...query.logGroupNames],
      queryString: query.queryString,
      startTime: query.startTime,
      endTime: query.endTime,
      limit: query.limit ?? 10_000,
    }),
    { abortSignal: signal },
  );
  if (!queryId) throw new InsightsQueryError("Unknown", "StartQuery returned no query id");
  const deadline = Date.now() + timeoutMs;
  let delay = pollMs;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      const r = await logs.send(new GetQueryResultsCommand({ queryId }), { abortSignal: signal });
      const status = r.status ?? "Unknown";
      if (status === "Complete") {
        addBytesScanned(r.statistics?.bytesScanned ?? 0);
        return {
          rows: (r.results ?? []).map(toRow),
          bytesScanned: r.statistics?.bytesScanned ?? 0,
          recordsScanned: r.statistics?.recordsScanned ?? 0,
        };
      }
      if (status === "Failed" || status === "Cancelled" || status === "Timeout" || status === "Unknown")
        throw new InsightsQueryError(status, `Logs Insights query ${status.toLowerCase()}`);
      if (Date.now() + delay > deadline)
        throw new InsightsQueryError("Timeout", "Logs Insights query took too long");
      await sleep(delay);
      delay = Math.min(delay * 2, maxPollMs);
    }
  } catch (e) {
    if (!(e instanceof InsightsQueryError) || e.status === "Timeout") await stop(logs, queryId);
    throw e;
  }
}

async function stop(logs: CloudWatchLogsClient, queryId: string): Promise<void> {
  // Best effort: the query may have ended in the meantime, which StopQuery reports as an error.
  await logs.send(new StopQueryCommand({ queryId })).catch(() => undefined);
}

function toRow(fields: { field?: string; value?: string }[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (const f of fields) if (f.field && f.value !== undefined) row[f.field] = f.value;
  return row;
}
