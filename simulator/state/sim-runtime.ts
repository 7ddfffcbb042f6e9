/**
 * What one running simulator holds beyond the immutable state: the traffic model anchored at the
 * clock's start (so "2 h ago" incidents stay put while the server runs), Logs Insights queries in
 * flight, and the call statistics the control API reports.
 */
import type { CallStats } from "../control/call-stats";
import type { SqlEngine } from "../duckdb/sql-engine";
import type { AthenaQuery } from "../services/athena/athena-query";
import type { S3LogStore } from "../traffic/s3-log-store";
import type { TrafficModel } from "../traffic/traffic-model";

export interface StoredQuery {
  id: string;
  account: string;
  region: string;
  startedMs: number;
  /** Simulator-clock ms the query runs (timed rule); undefined under the quick demo rule. */
  durationMs?: number;
  polls: number;
  status: "Scheduled" | "Running" | "Complete" | "Failed" | "Cancelled";
  fields: string[];
  rows: Array<Record<string, string>>;
  statistics: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
}

export interface SimRuntime {
  traffic: TrafficModel;
  stats: CallStats;
  queries: Map<string, StoredQuery>;
  /** The S3 objects of S3 log destinations, generated as queries touch them. */
  s3: S3LogStore;
  /** DuckDB: writes the Parquet objects and runs Athena's SQL. */
  sql: SqlEngine;
  athenaQueries: Map<string, AthenaQuery>;
}
