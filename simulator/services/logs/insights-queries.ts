/**
 * Logs Insights: StartQuery evaluates the query at once over the generated events (the engine in
 * simulator/insights) and stores the result; GetQueryResults reveals it when the query is done by
 * the rule in query-timing.ts (a scenario's latency and scan rate, or the quick demo rule), with
 * `Running` and no rows before. Queries still running count against the account × region quota
 * (`logsInsights.maxConcurrentQueries`); past it StartQuery fails with LimitExceededException as
 * AWS does. Scanned bytes, refusals and the peak of running queries go to `/_sim/stats`.
 */
import type {
  GetQueryResultsResponse,
  ResultField,
  StartQueryResponse,
  StopQueryResponse,
} from "@aws-sdk/client-cloudwatch-logs";
import { InsightsQueryError, parseInsightsQuery, runInsightsQuery } from "../../insights";
import { type CallContext, SimError } from "../../protocols/types";
import { hashHex } from "../../state/hash-hex";
import type { StoredQuery } from "../../state/sim-runtime";
import type { LogEvent } from "../../traffic/log-event";
import { resolveLogGroup } from "./log-group-ref";
import { logsInvalidParameter, logsQueryConcurrencyLimit } from "./logs-errors";
import { isRunning, queryDurationMs, queryStatus } from "./query-timing";

const MAX_LIMIT = 10_000;
/** Results kept for GetQueryResults; the oldest go first, so a long-running server stays bounded. */
const KEPT_QUERIES = 1000;
let queryCounter = 0;

function groupNames(input: Record<string, unknown>): string[] {
  const given = [input.logGroupName, input.logGroupNames, input.logGroupIdentifiers].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) {
    throw logsInvalidParameter(
      "Exactly one of logGroupName, logGroupNames or logGroupIdentifiers must be specified.",
    );
  }
  const names =
    typeof input.logGroupName === "string" ? [input.logGroupName] : (given[0] as unknown[]).map(String);
  if (names.length < 1 || names.length > 50)
    throw logsInvalidParameter("Specify between 1 and 50 log groups.");
  return names;
}

export function startQuery(ctx: CallContext, input: Record<string, unknown>): StartQueryResponse {
  const names = groupNames(input);
  const queryString = typeof input.queryString === "string" ? input.queryString : undefined;
  if (!queryString) throw logsInvalidParameter("queryString is required.");
  if (queryString.length > 10_000)
    throw logsInvalidParameter("queryString must be at most 10000 characters.");
  const startTime = Number(input.startTime);
  const endTime = Number(input.endTime);
  if (!Number.isInteger(startTime) || !Number.isInteger(endTime) || startTime < 0) {
    throw logsInvalidParameter("startTime and endTime are required epoch seconds.");
  }
  if (endTime < startTime) throw logsInvalidParameter("endTime must not be before startTime.");
  const limit = input.limit === undefined ? MAX_LIMIT : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw logsInvalidParameter(`limit must be between 1 and ${MAX_LIMIT}.`);
  const groups = names.map((n) => resolveLogGroup(ctx, n));
  let parsed: ReturnType<typeof parseInsightsQuery>;
  try {
    parsed = parseInsightsQuery(queryString);
  } catch (e) {
    if (e instanceof InsightsQueryError) {
      throw new SimError("MalformedQueryException", 400, e.message, {
        queryCompileError: {
          location: { startCharOffset: e.location.start, endCharOffset: e.location.end },
          message: e.message,
        },
      });
    }
    throw e;
  }
  const nowMs = ctx.now.getTime();
  const settings = ctx.state.scenario.logsInsights;
  let running = 0;
  for (const q of ctx.runtime.queries.values())
    if (q.account === ctx.account && q.region === ctx.region && isRunning(queryStatus(q, nowMs)))
      running += 1;
  if (running >= settings.maxConcurrentQueries) {
    ctx.runtime.stats.recordInsightsRefusal();
    throw logsQueryConcurrencyLimit(settings.maxConcurrentQueries);
  }
  const traffic = ctx.runtime.traffic;
  // startTime and endTime are inclusive epoch seconds.
  const fromMs = startTime * 1000;
  const toMs = (endTime + 1) * 1000;
  function* allEvents(): Generator<LogEvent> {
    for (const g of groups) if (g.source) yield* traffic.events(g.source, { fromMs, toMs, nowMs });
  }
  const result = runInsightsQuery(parsed, allEvents(), { limit });
  queryCounter += 1;
  const id = `${hashHex(`${ctx.requestId}/${queryCounter}`, 8)}-${hashHex(`q${queryCounter}`, 4)}-4${hashHex(`r${queryCounter}`, 3)}-8${hashHex(`s${queryCounter}`, 3)}-${hashHex(`t${queryCounter}`, 12)}`;
  ctx.runtime.queries.set(id, {
    id,
    account: ctx.account,
    region: ctx.region,
    startedMs: nowMs,
    durationMs: queryDurationMs(settings, result.statistics.bytesScanned),
    polls: 0,
    status: "Scheduled",
    fields: result.fields,
    rows: result.rows,
    statistics: result.statistics,
  });
  if (ctx.runtime.queries.size > KEPT_QUERIES) {
    const oldest = ctx.runtime.queries.keys().next().value;
    if (oldest !== undefined) ctx.runtime.queries.delete(oldest);
  }
  ctx.runtime.stats.recordInsightsQuery(result.statistics.bytesScanned, running + 1);
  return { queryId: id };
}

function findQuery(ctx: CallContext, input: Record<string, unknown>): StoredQuery {
  const id = typeof input.queryId === "string" ? input.queryId : "";
  const q = ctx.runtime.queries.get(id);
  if (!q || q.account !== ctx.account || q.region !== ctx.region) {
    throw new SimError("ResourceNotFoundException", 400, `Query ${id} does not exist.`);
  }
  return q;
}

function toResultRow(fields: string[], row: Record<string, string>): ResultField[] {
  const out: ResultField[] = [];
  for (const f of fields) if (row[f] !== undefined) out.push({ field: f, value: row[f] });
  for (const [f, v] of Object.entries(row)) if (!fields.includes(f)) out.push({ field: f, value: v });
  return out;
}

export function getQueryResults(ctx: CallContext, input: Record<string, unknown>): GetQueryResultsResponse {
  const q = findQuery(ctx, input);
  q.polls += 1;
  const status = queryStatus(q, ctx.now.getTime());
  q.status = status;
  const done = status === "Complete";
  return {
    queryLanguage: "CWLI",
    status,
    results: done ? q.rows.map((r) => toResultRow(q.fields, r)) : [],
    statistics: done ? { ...q.statistics } : { recordsMatched: 0, recordsScanned: 0, bytesScanned: 0 },
  };
}

export function stopQuery(ctx: CallContext, input: Record<string, unknown>): StopQueryResponse {
  const q = findQuery(ctx, input);
  const status = queryStatus(q, ctx.now.getTime());
  if (!isRunning(status)) {
    throw logsInvalidParameter(`Query ${q.id} is not running (status ${status}).`);
  }
  q.status = "Cancelled";
  return { success: true };
}
