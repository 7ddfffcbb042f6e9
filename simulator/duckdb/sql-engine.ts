/**
 * The simulator's one DuckDB (in memory): it writes the Parquet flow-log objects and runs the
 * Athena queries (translated from the accepted Trino subset, athena-sql/). Statements run one at
 * a time through a queue, as one connection requires.
 */
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export type ColumnType = "varchar" | "integer" | "bigint";

export interface ParquetColumn {
  name: string;
  type: ColumnType;
}

const DUCK_TYPE: Record<ColumnType, string> = { varchar: "VARCHAR", integer: "INTEGER", bigint: "BIGINT" };

export interface QueryResult {
  columns: string[];
  /** DuckDB's type names: VARCHAR, INTEGER, BIGINT, HUGEINT, DOUBLE, BOOLEAN, … */
  types: string[];
  rows: unknown[][];
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const quoteString = (s: string) => `'${s.replaceAll("'", "''")}'`;

export class SqlEngine {
  private connection: Promise<DuckDBConnection> | undefined;
  private instance: DuckDBInstance | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private tempCounter = 0;

  private connect(): Promise<DuckDBConnection> {
    this.connection ??= (async () => {
      // Two threads at most: the machine is shared and the files are small.
      this.instance = await DuckDBInstance.create(":memory:", { threads: "2" });
      return this.instance.connect();
    })();
    return this.connection;
  }

  private serial<T>(fn: (c: DuckDBConnection) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => fn(await this.connect()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Writes rows (null = NULL) as one gzip-compressed Parquet file with exactly these columns. */
  writeParquet(
    file: string,
    columns: ParquetColumn[],
    rows: Array<Array<string | number | null>>,
  ): Promise<void> {
    return this.serial(async (c) => {
      this.tempCounter += 1;
      const table = `parquet_rows_${this.tempCounter}`;
      await c.run(
        `CREATE TABLE ${table} (${columns.map((col) => `${quoteIdent(col.name)} ${DUCK_TYPE[col.type]}`).join(", ")})`,
      );
      try {
        const appender = await c.createAppender(table);
        for (const row of rows) {
          columns.forEach((col, i) => {
            const v = row[i];
            if (v === null || v === undefined) appender.appendNull();
            else if (col.type === "varchar") appender.appendVarchar(String(v));
            else if (col.type === "integer") appender.appendInteger(Number(v));
            else appender.appendBigInt(BigInt(v));
          });
          appender.endRow();
        }
        appender.closeSync();
        await c.run(`COPY ${table} TO ${quoteString(file)} (FORMAT parquet, COMPRESSION gzip)`);
      } finally {
        await c.run(`DROP TABLE ${table}`);
      }
    });
  }

  /** Runs a query; values come back as JS values (bigint for BIGINT/HUGEINT). */
  query(sql: string): Promise<QueryResult> {
    return this.scoped([], sql, []);
  }

  /**
   * Runs `setup`, then the query, then `teardown` (even on failure) with nothing in between: the
   * Athena tables are views created for one query.
   */
  scoped(setup: string[], sql: string, teardown: string[]): Promise<QueryResult> {
    return this.serial(async (c) => {
      try {
        for (const st of setup) await c.run(st);
        const reader = await c.runAndReadAll(sql);
        return {
          columns: reader.columnNames(),
          types: reader.columnTypes().map((t) => t.toString()),
          rows: reader.getRows() as unknown[][],
        };
      } finally {
        for (const st of teardown) await c.run(st).catch(() => undefined);
      }
    });
  }

  async close(): Promise<void> {
    if (!this.connection) return;
    const c = await this.connection.catch(() => undefined);
    // Wait for queued work, then close the connection and the instance: an instance left for the
    // garbage collector at process exit can bring a test worker down (CI stop 24, under load).
    await this.queue;
    c?.closeSync();
    this.instance?.closeSync();
    this.connection = undefined;
    this.instance = undefined;
  }
}
