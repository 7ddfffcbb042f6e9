/**
 * Amazon Athena (awsJson1_1, `X-Amz-Target: AmazonAthena.*`, BC-ATHENA athena.subset.json):
 * StartQueryExecution, GetQueryExecution, GetQueryResults, StopQueryExecution, GetWorkGroup over
 * the scenario's Glue tables, executed by DuckDB (athena-query.ts). Request errors are
 * `InvalidRequestException {Message, AthenaErrorCode}` (400); query errors FAIL the query.
 */
import type {
  GetQueryExecutionOutput,
  GetQueryResultsOutput,
  QueryExecution,
  StartQueryExecutionOutput,
} from "@aws-sdk/client-athena";
import { jsonRpcService } from "../../protocols/json-rpc";
import { type CallContext, type FaultErrors, type ServiceHandler, SimError } from "../../protocols/types";
import { hashHex } from "../../state/hash-hex";
import { type AthenaQuery, isFinal, pollState, startExecution, stopQuery } from "./athena-query";

const invalidRequest = (message: string, code = "INVALID_INPUT") =>
  new SimError("InvalidRequestException", 400, message, { AthenaErrorCode: code });

export const athenaFaultErrors: FaultErrors = {
  throttle: () =>
    new SimError("TooManyRequestsException", 400, "Rate exceeded", {
      Reason: "CONCURRENT_QUERY_LIMIT_EXCEEDED",
    }),
  internal: () => new SimError("InternalServerException", 500, "Internal service error."),
  accessDenied: (account) =>
    new SimError(
      "AccessDeniedException",
      400,
      `User: arn:aws:iam::${account}:user/sim is not authorized to perform: athena:StartQueryExecution`,
    ),
};

/** Results kept for GetQueryResults; Athena keeps 45 days, a long-running simulator stays bounded. */
const KEPT_QUERIES = 2000;
const MAX_QUERY_LENGTH = 262_144;
let counter = 0;

function workGroup(ctx: CallContext, name: string) {
  const wg = ctx.state.scenario.athenaWorkGroups.find(
    (w) => w.account === ctx.account && w.region === ctx.region && w.name === name,
  );
  if (wg) return wg;
  // `primary` exists in every account and region (README "Scenario").
  if (name === "primary")
    return { name, account: ctx.account, region: ctx.region, outputLocation: undefined };
  throw invalidRequest(`WorkGroup ${name} is not found.`);
}

function queryId(ctx: CallContext): string {
  counter += 1;
  const h = hashHex(`${ctx.requestId}/${counter}/${ctx.now.getTime()}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function findQuery(ctx: CallContext, input: Record<string, unknown>): AthenaQuery {
  const id = input.QueryExecutionId;
  if (typeof id !== "string" || id === "") throw invalidRequest("QueryExecutionId is required.");
  const q = ctx.runtime.athenaQueries.get(id);
  if (!q || q.account !== ctx.account || q.region !== ctx.region)
    throw invalidRequest(`QueryExecution ${id} was not found`);
  return q;
}

function startQueryExecution(ctx: CallContext, input: Record<string, unknown>): StartQueryExecutionOutput {
  const query = input.QueryString;
  if (typeof query !== "string" || query.trim() === "") throw invalidRequest("QueryString is required.");
  if (query.length > MAX_QUERY_LENGTH)
    throw invalidRequest(`QueryString must be at most ${MAX_QUERY_LENGTH} characters.`);
  const context = (input.QueryExecutionContext ?? {}) as { Database?: unknown; Catalog?: unknown };
  const wg = workGroup(
    ctx,
    typeof input.WorkGroup === "string" && input.WorkGroup !== "" ? input.WorkGroup : "primary",
  );
  const given = (input.ResultConfiguration as { OutputLocation?: unknown } | undefined)?.OutputLocation;
  const outputLocation = typeof given === "string" && given !== "" ? given : wg.outputLocation;
  if (outputLocation === undefined) {
    throw invalidRequest(
      "No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input.",
    );
  }
  if (!outputLocation.startsWith("s3://")) throw invalidRequest("OutputLocation must be an s3:// URL.");
  const token = typeof input.ClientRequestToken === "string" ? input.ClientRequestToken : undefined;
  if (token !== undefined) {
    // Idempotency: the same token returns the same execution; a changed query is an error.
    for (const q of ctx.runtime.athenaQueries.values()) {
      if (q.clientRequestToken !== token || q.account !== ctx.account || q.region !== ctx.region) continue;
      if (q.query !== query)
        throw invalidRequest("Idempotent parameters do not match.", "IDEMPOTENCY_MISMATCH");
      return { QueryExecutionId: q.id };
    }
  }
  const q: AthenaQuery = {
    id: queryId(ctx),
    account: ctx.account,
    region: ctx.region,
    query,
    database: typeof context.Database === "string" && context.Database !== "" ? context.Database : "default",
    catalog:
      typeof context.Catalog === "string" && context.Catalog !== "" ? context.Catalog : "AwsDataCatalog",
    workGroup: wg.name,
    outputLocation,
    clientRequestToken: token,
    submittedMs: ctx.now.getTime(),
    polls: 0,
    shown: "QUEUED",
    done: false,
    bytesScanned: 0,
    engineMs: 0,
    queueMs: 0,
    execution: Promise.resolve(),
  };
  q.execution = startExecution(q, {
    scenario: ctx.state.scenario,
    store: ctx.runtime.s3,
    engine: ctx.runtime.sql,
    nowMs: ctx.now.getTime(),
  }).then(() => {
    if (q.error === undefined) ctx.runtime.stats.recordAthenaQuery(q.bytesScanned);
  });
  const queries = ctx.runtime.athenaQueries;
  queries.set(q.id, q);
  if (queries.size > KEPT_QUERIES) {
    const oldest = queries.keys().next().value;
    if (oldest !== undefined) queries.delete(oldest);
  }
  return { QueryExecutionId: q.id };
}

function executionOf(q: AthenaQuery): QueryExecution {
  const final = isFinal(q.shown);
  const failed = q.shown === "FAILED";
  return {
    QueryExecutionId: q.id,
    Query: q.query,
    StatementType: "DML",
    ResultConfiguration: { OutputLocation: `${q.outputLocation.replace(/\/?$/, "/")}${q.id}.csv` },
    QueryExecutionContext: { Database: q.database, Catalog: q.catalog },
    Status: {
      State: q.shown,
      StateChangeReason: failed ? q.error : q.shown === "CANCELLED" ? "Query cancelled by user" : undefined,
      SubmissionDateTime: new Date(q.submittedMs),
      CompletionDateTime: final && q.completedMs !== undefined ? new Date(q.completedMs) : undefined,
      AthenaError: failed
        ? { ErrorCategory: 2, ErrorType: 1000, Retryable: false, ErrorMessage: q.error }
        : undefined,
    },
    Statistics: {
      EngineExecutionTimeInMillis: q.engineMs,
      // Athena reports what it read; a query that failed before reading reports 0.
      DataScannedInBytes: q.shown === "SUCCEEDED" || q.shown === "CANCELLED" ? q.bytesScanned : 0,
      TotalExecutionTimeInMillis: q.queueMs + q.engineMs,
      QueryQueueTimeInMillis: q.queueMs,
      ServicePreProcessingTimeInMillis: 0,
      QueryPlanningTimeInMillis: q.queueMs,
      ServiceProcessingTimeInMillis: 0,
      ResultReuseInformation: { ReusedPreviousResult: false },
    },
    WorkGroup: q.workGroup,
    EngineVersion: { SelectedEngineVersion: "AUTO", EffectiveEngineVersion: "Athena engine version 3" },
  };
}

async function getQueryExecution(
  ctx: CallContext,
  input: Record<string, unknown>,
): Promise<GetQueryExecutionOutput> {
  const q = findQuery(ctx, input);
  // Past the first two polls, wait briefly for DuckDB so a tight polling loop does not spin.
  if (q.polls >= 2 && !q.done) await Promise.race([q.execution, new Promise((r) => setTimeout(r, 200))]);
  pollState(q, ctx.now.getTime());
  return { QueryExecution: executionOf(q) };
}

function pageToken(input: Record<string, unknown>, q: AthenaQuery): number {
  if (input.NextToken === undefined) return 0;
  const m = /^([0-9a-f-]{36})\.(\d+)$/.exec(
    Buffer.from(String(input.NextToken), "base64url").toString("utf8"),
  );
  if (!m || m[1] !== q.id) throw invalidRequest("The NextToken is not valid.");
  return Number(m[2]);
}

function getQueryResults(ctx: CallContext, input: Record<string, unknown>): GetQueryResultsOutput {
  const q = findQuery(ctx, input);
  if (q.shown !== "SUCCEEDED") {
    if (isFinal(q.shown))
      throw invalidRequest(
        `Query did not finish successfully. Final query state: ${q.shown}\n${q.error ?? ""}`.trim(),
      );
    throw invalidRequest(`Query has not yet finished. Current state: ${q.shown}`);
  }
  const max = input.MaxResults === undefined ? 1000 : input.MaxResults;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > 1000)
    throw invalidRequest("MaxResults must be between 1 and 1000.");
  const result = q.result ?? { columns: [], rows: [] };
  // The first row of the first page is the header (column names), as Athena returns it for
  // SELECT; it counts against MaxResults. Offsets below run over header + data rows.
  const all = [result.columns.map((c) => c.name as string | undefined), ...result.rows];
  const offset = pageToken(input, q);
  const rows = all.slice(offset, offset + max);
  const next = offset + max;
  return {
    UpdateCount: 0,
    ResultSet: {
      Rows: rows.map((r) => ({ Data: r.map((v) => (v === undefined ? {} : { VarCharValue: v })) })),
      ResultSetMetadata: {
        ColumnInfo: result.columns.map((c) => ({
          CatalogName: "hive",
          SchemaName: "",
          TableName: "",
          Name: c.name,
          Label: c.name,
          Type: c.type,
          Precision:
            c.type === "varchar" ? 2147483647 : c.type === "bigint" ? 19 : c.type === "integer" ? 10 : 17,
          Scale: 0,
          Nullable: "UNKNOWN",
          CaseSensitive: c.type === "varchar",
        })),
      },
    },
    NextToken: next < all.length ? Buffer.from(`${q.id}.${next}`).toString("base64url") : undefined,
  };
}

export function athenaService(): ServiceHandler {
  return jsonRpcService({
    targetPrefix: "AmazonAthena",
    version: "1.1",
    operations: {
      StartQueryExecution: startQueryExecution,
      GetQueryExecution: getQueryExecution,
      GetQueryResults: getQueryResults,
      StopQueryExecution: (ctx, input) => {
        stopQuery(findQuery(ctx, input), ctx.now.getTime());
        return {};
      },
      GetWorkGroup: (ctx, input) => {
        const name = typeof input.WorkGroup === "string" ? input.WorkGroup : "";
        if (name === "") throw invalidRequest("WorkGroup is required.");
        const wg = workGroup(ctx, name);
        return {
          WorkGroup: {
            Name: wg.name,
            State: "ENABLED",
            Configuration: {
              ResultConfiguration: wg.outputLocation ? { OutputLocation: wg.outputLocation } : undefined,
              EnforceWorkGroupConfiguration: false,
              PublishCloudWatchMetricsEnabled: false,
              RequesterPaysEnabled: false,
              EngineVersion: {
                SelectedEngineVersion: "AUTO",
                EffectiveEngineVersion: "Athena engine version 3",
              },
            },
            CreationTime: new Date(0),
          },
        };
      },
    },
    faultErrors: athenaFaultErrors,
    unknownOperation: (op) => new SimError("UnknownOperationException", 400, `Unknown operation ${op}`),
  });
}
