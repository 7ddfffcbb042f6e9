/**
 * One Athena query execution: planned and run by DuckDB as soon as it is submitted, revealed the
 * way Athena does — QUEUED on the first GetQueryExecution, RUNNING on the second (or while DuckDB
 * still works), then SUCCEEDED or FAILED; CANCELLED if StopQueryExecution came first. States and
 * statistics: BC-ATHENA QueryExecutionStatus / QueryExecutionStatistics; failure details in
 * `AthenaError` (category 2 = USER, type 1000 = user error: Athena UG "Athena error catalog",
 * https://docs.aws.amazon.com/athena/latest/ug/error-reference.html).
 */
import type { QueryResult, SqlEngine } from "../../duckdb/sql-engine";
import { quoteIdent } from "../../duckdb/sql-engine";
import type { Scenario } from "../../scenario/schema";
import type { S3LogStore } from "../../traffic/s3-log-store";
import { tableDefinition } from "../glue/table-ddl";
import {
  AthenaSqlError,
  analyzeSelect,
  type ColumnKind,
  lexicalCheck,
  position,
  selectNode,
  tableOf,
} from "./sql/athena-subset";
import { planTableScan } from "./table-scan";

export type AthenaState = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";

export interface AthenaResult {
  columns: Array<{ name: string; type: string }>;
  /** Cells as Athena's VarCharValue (undefined = NULL). */
  rows: Array<Array<string | undefined>>;
}

export interface AthenaQuery {
  id: string;
  account: string;
  region: string;
  query: string;
  database: string;
  catalog: string;
  workGroup: string;
  outputLocation: string;
  clientRequestToken?: string;
  submittedMs: number;
  polls: number;
  /** The state last shown; final once shown. */
  shown: AthenaState;
  completedMs?: number;
  done: boolean;
  result?: AthenaResult;
  error?: string;
  bytesScanned: number;
  engineMs: number;
  queueMs: number;
  execution: Promise<void>;
}

/** Athena's type names for DuckDB's result types (Trino: sum(bigint) is bigint, DuckDB says HUGEINT). */
const ATHENA_TYPE: Record<string, string> = {
  VARCHAR: "varchar",
  INTEGER: "integer",
  BIGINT: "bigint",
  HUGEINT: "bigint",
  DOUBLE: "double",
  BOOLEAN: "boolean",
};

function cell(v: unknown, type: string): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (type === "double" && typeof v === "number" && Number.isInteger(v)) return `${v}.0`;
  return String(v);
}

const HIVE_KIND: Record<string, ColumnKind> = { string: "string", int: "int", bigint: "bigint" };

interface RunContext {
  scenario: Scenario;
  store: S3LogStore;
  engine: SqlEngine;
  nowMs: number;
}

async function execute(q: AthenaQuery, rc: RunContext): Promise<void> {
  const started = Date.now();
  lexicalCheck(q.query);
  const parsed = await rc.engine.query(`SELECT json_serialize_sql(${sqlString(q.query)})`);
  const node = selectNode(q.query, JSON.parse(String(parsed.rows[0]?.[0])));
  const ref = tableOf(q.query, node);
  if (ref.catalog !== undefined && ref.catalog !== q.catalog.toLowerCase())
    throw new AthenaSqlError(
      "CATALOG_NOT_FOUND",
      `${position(q.query, ref.location)}: Catalog '${ref.catalog}' does not exist`,
    );
  const schema = ref.schema ?? q.database.toLowerCase();
  const db = rc.scenario.glueDatabases.find(
    (d) => d.account === q.account && d.region === q.region && d.name === schema,
  );
  if (!db)
    throw new AthenaSqlError(
      "SCHEMA_NOT_FOUND",
      `${position(q.query, ref.location)}: Schema '${schema}' does not exist`,
    );
  const table = rc.scenario.glueTables.find(
    (t) => t.account === q.account && t.region === q.region && t.database === schema && t.name === ref.name,
  );
  if (!table) {
    throw new AthenaSqlError(
      "TABLE_NOT_FOUND",
      `${position(q.query, ref.location)}: Table '${q.catalog.toLowerCase()}.${schema}.${ref.name}' does not exist`,
    );
  }
  const def = tableDefinition(table, rc.store.sources);
  const columns = new Map<string, ColumnKind>();
  for (const c of [...def.columns, ...def.partitionKeys]) columns.set(c.name, HIVE_KIND[c.type] ?? "string");
  const analyzed = analyzeSelect(q.query, node, columns);
  const scan = await planTableScan(def, analyzed.where, rc.store, rc.nowMs);
  q.bytesScanned = scan.bytesScanned;
  const target = `awsdatacatalog.${quoteIdent(schema)}.${quoteIdent(ref.name)}`;
  let out: QueryResult;
  const engineStart = Date.now();
  try {
    out = await rc.engine.scoped(
      [
        "ATTACH IF NOT EXISTS ':memory:' AS awsdatacatalog",
        `CREATE SCHEMA IF NOT EXISTS awsdatacatalog.${quoteIdent(schema)}`,
        `CREATE OR REPLACE VIEW ${target} AS ${scan.sql}`,
        `USE awsdatacatalog.${quoteIdent(schema)}`,
        // Trino sorts NULLs last in both directions.
        "SET default_null_order = 'nulls_last'",
      ],
      q.query,
      [`DROP VIEW IF EXISTS ${target}`, "USE memory.main"],
    );
  } catch (e) {
    throw new AthenaSqlError(
      "GENERIC_USER_ERROR",
      `the query failed in the simulator's engine: ${(e as Error).message}`,
    );
  } finally {
    q.engineMs = Date.now() - engineStart;
  }
  const types = out.types.map((t) => ATHENA_TYPE[t] ?? "varchar");
  const starCount = out.columns.length - (analyzed.outputNames.length - 1);
  const names: string[] = [];
  let k = 0;
  for (const n of analyzed.outputNames) {
    if (n === undefined) {
      for (let j = 0; j < starCount; j++) names.push((out.columns[k++] ?? "").toLowerCase());
    } else {
      names.push(n);
      k++;
    }
  }
  q.result = {
    columns: names.map((name, i) => ({ name, type: types[i] ?? "varchar" })),
    rows: out.rows.map((r) => r.map((v, i) => cell(v, types[i] ?? "varchar"))),
  };
  q.queueMs = engineStart - started;
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function startExecution(q: AthenaQuery, rc: RunContext): Promise<void> {
  return execute(q, rc).then(
    () => {
      q.done = true;
    },
    (e: unknown) => {
      q.error = e instanceof AthenaSqlError ? e.message : `GENERIC_INTERNAL_ERROR: ${(e as Error).message}`;
      q.done = true;
    },
  );
}

const FINAL: AthenaState[] = ["SUCCEEDED", "FAILED", "CANCELLED"];
export const isFinal = (s: AthenaState) => FINAL.includes(s);

/** Advances what GetQueryExecution shows: one step per poll, final once DuckDB is done. */
export function pollState(q: AthenaQuery, nowMs: number): AthenaState {
  if (isFinal(q.shown)) return q.shown;
  q.polls += 1;
  const elapsed = nowMs - q.submittedMs;
  if (q.polls === 1 && elapsed < 1000) q.shown = "QUEUED";
  else if (!q.done || (q.polls === 2 && elapsed < 2000)) q.shown = "RUNNING";
  else {
    q.shown = q.error === undefined ? "SUCCEEDED" : "FAILED";
    q.completedMs = nowMs;
  }
  return q.shown;
}

export function stopQuery(q: AthenaQuery, nowMs: number): void {
  if (isFinal(q.shown)) return;
  q.shown = "CANCELLED";
  q.completedMs = nowMs;
}
