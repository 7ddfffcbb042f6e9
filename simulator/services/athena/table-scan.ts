/**
 * The rows of a Glue table for one query, as DuckDB SQL over the S3 objects of the partitions the
 * WHERE clause leaves (partition-pruning.ts), plus the bytes those objects hold (the query's
 * `DataScannedInBytes`).
 *
 * How each SerDe reads the objects (Athena UG, flow-log tables, see table-ddl.ts):
 * - Parquet (ParquetHiveSerDe): columns by name; a table column the file lacks is NULL.
 * - Text (LazySimpleSerDe, `field.delim ' '`, `skip.header.line.count 1`): fields by position; a
 *   `-` stays `-` in a string column and is NULL in a number column (unparseable → NULL).
 * - Access logs (JsonSerDe): keys matched case-insensitively to the lowercased columns.
 */
import { quoteIdent, quoteString } from "../../duckdb/sql-engine";
import type { FlowS3Source, S3LogSource } from "../../traffic/s3-log-sources";
import type { S3LogStore } from "../../traffic/s3-log-store";
import { ACCESS_LOG_FIELDS, type HiveType, partitionValues, type TableDefinition } from "../glue/table-ddl";
import type { SqlNode } from "./sql/athena-subset";
import { partitionKept } from "./sql/partition-pruning";

const DUCK: Record<HiveType, string> = { string: "VARCHAR", int: "INTEGER", bigint: "BIGINT" };

export interface TableScan {
  /** A SELECT yielding the table's columns then its partition keys. */
  sql: string;
  bytesScanned: number;
  objects: number;
  partitions: number;
}

function partitionColumns(def: TableDefinition, values: Record<string, string>): string {
  return def.partitionKeys
    .map((k) => `${quoteString(values[k.name] ?? "")} AS ${quoteIdent(k.name)}`)
    .join(", ");
}

function fileList(files: string[]): string {
  return `[${files.map(quoteString).join(", ")}]`;
}

function flowSelect(
  def: TableDefinition,
  src: FlowS3Source,
  files: string[],
  values: Record<string, string>,
): string {
  const fields = src.format.fields.map((f) => f.replaceAll("-", "_"));
  if (src.parquet) {
    const cols = def.columns.map((c) =>
      fields.includes(c.name)
        ? `CAST(${quoteIdent(c.name)} AS ${DUCK[c.type]}) AS ${quoteIdent(c.name)}`
        : `CAST(NULL AS ${DUCK[c.type]}) AS ${quoteIdent(c.name)}`,
    );
    return `SELECT ${cols.join(", ")}, ${partitionColumns(def, values)} FROM read_parquet(${fileList(files)})`;
  }
  const csvColumns = fields.map((_, i) => `${quoteString(`f${i}`)}: 'VARCHAR'`).join(", ");
  const cols = def.columns.map((c, i) => {
    if (i >= fields.length) return `CAST(NULL AS ${DUCK[c.type]}) AS ${quoteIdent(c.name)}`;
    const f = quoteIdent(`f${i}`);
    return c.type === "string"
      ? `${f} AS ${quoteIdent(c.name)}`
      : `TRY_CAST(${f} AS ${DUCK[c.type]}) AS ${quoteIdent(c.name)}`;
  });
  return (
    `SELECT ${cols.join(", ")}, ${partitionColumns(def, values)} FROM read_csv(${fileList(files)}, ` +
    `delim = ' ', header = true, compression = 'gzip', auto_detect = false, quote = '', escape = '', ` +
    `nullstr = '\u0001', columns = {${csvColumns}})`
  );
}

function accessSelect(def: TableDefinition, files: string[], values: Record<string, string>): string {
  const jsonColumns = ACCESS_LOG_FIELDS.map((f) => `${quoteString(f)}: 'VARCHAR'`).join(", ");
  const cols = ACCESS_LOG_FIELDS.map((f) => `${quoteIdent(f)} AS ${quoteIdent(f.toLowerCase())}`);
  return (
    `SELECT ${cols.join(", ")}, ${partitionColumns(def, values)} FROM read_json(${fileList(files)}, ` +
    `format = 'newline_delimited', compression = 'gzip', columns = {${jsonColumns}})`
  );
}

function emptySelect(def: TableDefinition): string {
  const cols = [...def.columns, ...def.partitionKeys].map(
    (c) => `CAST(NULL AS ${DUCK[c.type]}) AS ${quoteIdent(c.name)}`,
  );
  return `SELECT ${cols.join(", ")} WHERE false`;
}

/** Plans the scan: every folder of every covered source that the WHERE clause does not exclude. */
export async function planTableScan(
  def: TableDefinition,
  where: SqlNode | undefined,
  store: S3LogStore,
  nowMs: number,
): Promise<TableScan> {
  const parts: string[] = [];
  let bytes = 0;
  let objects = 0;
  let partitions = 0;
  for (const src of def.sources as S3LogSource[]) {
    for (const folder of store.folderStarts(src, 0, nowMs + 1, nowMs)) {
      const values = partitionValues(def.table, src, folder);
      if (!partitionKept(where, values)) continue;
      partitions += 1;
      const found = await store.folderObjects(src, folder, nowMs);
      if (found.length === 0) continue;
      objects += found.length;
      for (const o of found) bytes += o.size;
      const files = found.map((o) => o.file);
      parts.push(
        src.kind === "flow" ? flowSelect(def, src, files, values) : accessSelect(def, files, values),
      );
    }
  }
  return {
    sql: parts.length === 0 ? emptySelect(def) : parts.join("\nUNION ALL\n"),
    bytesScanned: bytes,
    objects,
    partitions,
  };
}
