import "server-only";
import {
  type CloudWatchLogsClient,
  GetQueryResultsCommand,
  type GetQueryResultsCommandOutput,
  StartQueryCommand,
  StopQueryCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import { clientAccount } from "@/lib/aws/client-account";
import { addBytesScanned, currentRequestContext } from "@/lib/log/request-context";
import type { InsightsQueue, QueryPriority } from "./insights-queue";
import { sharedInsightsQueue } from "./shared-insights-queue";

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
  /** Give up (and StopQuery) after this long; default Logs Insights' own 60-minute query timeout. */
  timeoutMs?: number;
  /** StartQuery attempts when Logs Insights says LimitExceeded (concurrency) or throttles. */
  maxStartAttempts?: number;
  /** First retry delay; doubles per attempt. */
  retryMs?: number;
  /** First poll delay; doubles up to maxPollMs. */
  pollMs?: number;
  maxPollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Who waits for the answer: an interactive view (the default) goes before background work;
   * default the request's own priority (report rendering is background, see scripts/start.ts).
   */
  priority?: QueryPriority;
  /** Slots per account × region, StartQuery to the end of the query; default the process's queue. */
  queue?: InsightsQueue;
  /** The account `logs` reads, for the queue key; default the one make-clients tagged it with. */
  accountId?: string;
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
 * (every query here aggregates by keys that let the caller add rows up). Each query holds a slot
 * of the account × region queue from before StartQuery until it has ended, so the process stays
 * under its share of Logs Insights' concurrency quota whatever the views ask at once.
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

/** "Queries time out after 60 minutes" (CloudWatch Logs quotas, aws-facts §3.3). */
export const QUERY_TIMEOUT_MS = 60 * 60_000;
/** StartQuery's queryString limit (aws-facts §3.3). */
export const MAX_QUERY_CHARS = 10_000;

/** Logs Insights' answers that mean "not now": too many concurrent queries, or throttled. */
export function isRetryable(e: unknown): boolean {
  const name = (e as { name?: string } | undefined)?.name;
  return (
    name === "LimitExceededException" ||
    name === "ThrottlingException" ||
    name === "TooManyRequestsException" ||
    name === "ServiceUnavailableException"
  );
}

async function startWithRetry(
  logs: CloudWatchLogsClient,
  query: InsightsQuery,
  options: RunOptions,
): Promise<string | undefined> {
  const { signal, maxStartAttempts = 6, retryMs = 1_000, sleep = defaultSleep } = options;
  for (let attempt = 1; ; attempt++) {
    try {
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
      return queryId;
    } catch (e) {
      if (!isRetryable(e) || attempt >= maxStartAttempts || signal?.aborted) throw e;
      // Exponential backoff with full jitter, so concurrent callers spread out.
      await sleep(Math.round(retryMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)));
    }
  }
}

/** GetQueryResults with its nextToken followed to the end (newer Logs Insights pages results). */
async function readAll(logs: CloudWatchLogsClient, queryId: string, signal: AbortSignal | undefined) {
  const first = await logs.send(new GetQueryResultsCommand({ queryId }), { abortSignal: signal });
  if (first.status !== "Complete" || !first.nextToken) return first;
  const results = [...(first.results ?? [])];
  let token: string | undefined = first.nextToken;
  while (token) {
    const page: GetQueryResultsCommandOutput = await logs.send(
      new GetQueryResultsCommand({ queryId, nextToken: token }),
      {
        abortSignal: signal,
      },
    );
    results.push(...(page.results ?? []));
    token = page.nextToken;
  }
  return { ...first, results, nextToken: undefined };
}

async function runOne(logs: CloudWatchLogsClient, query: InsightsQuery, options: RunOptions) {
  if (query.queryString.length > MAX_QUERY_CHARS)
    throw new InsightsQueryError(
      "Failed",
      `Logs Insights query of ${query.queryString.length} characters exceeds ${MAX_QUERY_CHARS}`,
    );
  const queue = options.queue ?? sharedInsightsQueue();
  const priority = options.priority ?? currentRequestContext()?.priority ?? "interactive";
  const release = await queue.acquire(await queueKey(logs, options), priority, options.signal);
  try {
    return await startAndPoll(logs, query, options);
  } finally {
    release();
  }
}

/**
 * Account × region. Clients nobody tagged share one queue per region: across accounts that only
 * ever means fewer queries at once, never more.
 */
async function queueKey(logs: CloudWatchLogsClient, options: RunOptions): Promise<string> {
  const region = await logs.config.region();
  return `${options.accountId ?? clientAccount(logs) ?? "untagged"}|${region}`;
}

async function startAndPoll(logs: CloudWatchLogsClient, query: InsightsQuery, options: RunOptions) {
  const {
    signal,
    timeoutMs = QUERY_TIMEOUT_MS,
    pollMs = 200,
    maxPollMs = 2_000,
    sleep = defaultSleep,
  } = options;
  const queryId = await startWithRetry(logs, query, options);
  if (!queryId) throw new InsightsQueryError("Unknown", "StartQuery returned no query id");
  const deadline = Date.now() + timeoutMs;
  let delay = pollMs;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      const r = await readAll(logs, queryId, signal);
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
