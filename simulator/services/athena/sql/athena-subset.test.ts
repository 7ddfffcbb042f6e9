import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { analyzeSelect, type ColumnKind, lexicalCheck, type SqlNode, selectNode } from "./athena-subset";
import { partitionKept } from "./partition-pruning";

const columns = new Map<string, ColumnKind>([
  ["bytes", "bigint"],
  ["srcaddr", "string"],
  ["start", "bigint"],
  ["year", "string"],
  ["hour", "string"],
]);

async function parse(sql: string): Promise<SqlNode> {
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  const r = await c.runAndReadAll(`SELECT json_serialize_sql('${sql.replaceAll("'", "''")}')`);
  c.closeSync();
  return selectNode(sql, JSON.parse(String(r.getRows()[0]?.[0])));
}

async function analyze(sql: string) {
  lexicalCheck(sql);
  return analyzeSelect(sql, await parse(sql), columns);
}

describe("Athena SQL subset", () => {
  it.each([
    "SELECT srcaddr, sum(bytes) AS b FROM t WHERE year = '2026' AND hour IN ('01', '02') GROUP BY srcaddr ORDER BY b DESC LIMIT 10",
    "SELECT count(DISTINCT srcaddr), min(start), max(start) FROM t WHERE start BETWEEN 1 AND 2 AND srcaddr LIKE '10.%'",
    "SELECT CAST(bytes AS varchar) || 'x', CASE WHEN bytes > 0 THEN 1 ELSE 0 END, start - start % 300 FROM t",
    "SELECT * FROM t WHERE srcaddr IS NOT NULL AND NOT (srcaddr = 'it''s') -- a comment",
    "SELECT \"bytes\" FROM awsdatacatalog.db.t AS x WHERE x.srcaddr <> 'a;b';",
  ])("accepts %s", async (sql) => {
    await expect(analyze(sql)).resolves.toBeDefined();
  });

  it.each([
    ["SELECT bytes / 2 FROM t", /'\/'/],
    ["SELECT bytes // 2 FROM t", /'\/\/'/],
    ["SELECT bytes::varchar FROM t", /'::'/],
    ["SELECT [1, 2] FROM t", /'\['/],
    ["SELECT `bytes` FROM t", /'`'/],
    ["SELECT greatest(bytes, start) FROM t", /function greatest\(\)/],
    ["SELECT try_cast(bytes AS varchar) FROM t", /TRY_CAST/],
    ["SELECT bytes AS b FROM t GROUP BY b", /COLUMN_NOT_FOUND: line 1:35: Column 'b'/],
    [
      "SELECT srcaddr FROM t WHERE bytes = '1'",
      /TYPE_MISMATCH: line 1:35: Cannot apply operator: bigint = varchar/,
    ],
    ["SELECT 1 FROM t WHERE year = 2026", /TYPE_MISMATCH/],
    ["SELECT * EXCLUDE (bytes) FROM t", /\* with modifiers/],
    ["SELECT 1 FROM t UNION SELECT 2 FROM t", /NOT_SUPPORTED/],
    ["WITH x AS (SELECT 1) SELECT * FROM x", /WITH/],
    ["SELECT 1 FROM (SELECT 1) s", /FROM subquery/],
    ["SELECT 1 FROM t LIMIT 1 OFFSET 2", /OFFSET/],
    ["SELECT sum(bytes) FILTER (WHERE bytes > 0) FROM t", /FILTER/],
    ["SELECT 1.5 FROM t", /decimal literal/],
    ["SELECT 1 FROM t; SELECT 2 FROM t", /a second statement/],
  ])("refuses %s", async (sql, reason) => {
    await expect(analyze(sql)).rejects.toThrow(reason);
  });
});

describe("partition pruning", () => {
  const cases: Array<[string, Record<string, string>, boolean]> = [
    ["year = '2026' AND hour = '01'", { year: "2026", hour: "01" }, true],
    ["year = '2026' AND hour = '01'", { year: "2026", hour: "02" }, false],
    ["hour IN ('01', '02') AND bytes > 0", { year: "2026", hour: "02" }, true],
    ["hour NOT IN ('01', '02')", { year: "2026", hour: "02" }, false],
    ["hour BETWEEN '03' AND '05'", { year: "2026", hour: "02" }, false],
    ["'03' <= hour", { year: "2026", hour: "02" }, false],
    ["hour = '01' OR bytes > 0", { year: "2026", hour: "02" }, true],
    ["hour = '01' OR hour = '03'", { year: "2026", hour: "02" }, false],
    ["NOT (hour = '02')", { year: "2026", hour: "02" }, false],
    ["bytes > 0", { year: "2026", hour: "02" }, true],
  ];
  it.each(cases)("WHERE %s on %j → read %s", async (where, values, kept) => {
    const node = await parse(`SELECT 1 FROM t WHERE ${where}`);
    expect(partitionKept(node.where_clause as SqlNode, values)).toBe(kept);
  });
});
