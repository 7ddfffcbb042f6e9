/**
 * The Trino/Athena SQL the simulator accepts: the subset that Athena (engine v3, Trino) and DuckDB
 * run alike (simulator README "Athena SQL subset"). DuckDB parses the query (json_serialize_sql);
 * this module walks its syntax tree with an allowlist and FAILs anything outside it, so the product
 * never depends on DuckDB-only behaviour. Messages imitate Trino's (`line L:C: …`).
 */

/** A DuckDB parser node (json_serialize_sql), loosely typed: only the fields read here. */
export interface SqlNode {
  class?: string;
  type?: string;
  query_location?: number;
  [key: string]: unknown;
}

export class AthenaSqlError extends Error {
  constructor(
    /** Trino's error name, the prefix of the state-change reason: SYNTAX_ERROR, COLUMN_NOT_FOUND, … */
    readonly errorName: string,
    message: string,
  ) {
    super(`${errorName}: ${message}`);
  }
}

/** Aggregates and scalar functions both engines define alike (name in DuckDB's tree → shown as). */
export const ALLOWED_FUNCTIONS = new Set([
  "count",
  "count_star",
  "sum",
  "min",
  "max",
  "avg",
  "coalesce",
  "lower",
  "upper",
  "length",
  "abs",
]);
/** Operators DuckDB's tree spells as functions. `/` is left out: Trino divides integers, DuckDB does not. */
const OPERATOR_FUNCTIONS: Record<string, string> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "%": "%",
  "||": "||",
  "~~": "LIKE",
  "!~~": "NOT LIKE",
};
const COMPARISONS = new Set([
  "COMPARE_EQUAL",
  "COMPARE_NOTEQUAL",
  "COMPARE_LESSTHAN",
  "COMPARE_GREATERTHAN",
  "COMPARE_LESSTHANOREQUALTO",
  "COMPARE_GREATERTHANOREQUALTO",
]);
const OPERATORS = new Set([
  "OPERATOR_NOT",
  "OPERATOR_IS_NULL",
  "OPERATOR_IS_NOT_NULL",
  "COMPARE_IN",
  "COMPARE_NOT_IN",
]);
const CAST_TYPES: Record<string, ColumnKind> = { VARCHAR: "string", INTEGER: "int", BIGINT: "bigint" };
const CONSTANT_TYPES: Record<string, ColumnKind | "null" | "boolean"> = {
  VARCHAR: "string",
  INTEGER: "int",
  BIGINT: "bigint",
  BOOLEAN: "boolean",
  NULL: "null",
};

export type ColumnKind = "string" | "int" | "bigint";

export interface TableRef {
  catalog?: string;
  schema?: string;
  name: string;
  alias?: string;
  location: number;
}

export interface AnalyzedQuery {
  table: TableRef;
  where?: SqlNode;
  /** Result column names as Athena gives them: the column's name, the alias, or `_colN`. */
  outputNames: Array<string | undefined>;
}

/** line:column (1-based) of a character offset, as Trino reports positions. */
export function position(sql: string, offset: number | undefined): string {
  const before = sql.slice(0, Math.max(0, offset ?? 0));
  const lines = before.split("\n");
  return `line ${lines.length}:${(lines.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Characters and tokens outside string literals, quoted identifiers and comments that only DuckDB
 * reads (`::` casts, `//` division, lists, structs, parameters, backtick identifiers, several
 * statements): rejected before parsing, since DuckDB's tree no longer shows them.
 */
export function lexicalCheck(sql: string): void {
  let i = 0;
  const fail = (what: string) => {
    throw new AthenaSqlError(
      "NOT_SUPPORTED",
      `${position(sql, i)}: ${what} is outside the simulator's Athena SQL subset`,
    );
  };
  let statementEnded = false;
  while (i < sql.length) {
    const c = sql[i] as string;
    const two = sql.slice(i, i + 2);
    if (statementEnded && !/\s/.test(c)) fail("a second statement");
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      if (close < 0)
        throw new AthenaSqlError(
          "SYNTAX_ERROR",
          `${position(sql, i)}: unterminated ${c === "'" ? "string" : "identifier"}`,
        );
      // A doubled quote escapes itself: skip it and keep scanning.
      i = close + 1;
      while (sql[i] === c) {
        const next = sql.indexOf(c, i + 1);
        if (next < 0) throw new AthenaSqlError("SYNTAX_ERROR", `${position(sql, i)}: unterminated literal`);
        i = next + 1;
      }
      continue;
    }
    if (two === "--") {
      const nl = sql.indexOf("\n", i);
      i = nl < 0 ? sql.length : nl + 1;
      continue;
    }
    if (two === "/*") {
      const close = sql.indexOf("*/", i + 2);
      i = close < 0 ? sql.length : close + 2;
      continue;
    }
    if (two === "::") fail("'::' casts (use CAST(x AS type))");
    if (two === "//" || two === "**" || two === "->") fail(`'${two}'`);
    if (c === ";") {
      statementEnded = true;
      i += 1;
      continue;
    }
    if ("`[]{}$?@^&~#".includes(c)) fail(`'${c}'`);
    if (c === "!" && sql[i + 1] !== "=") fail("'!'");
    if (c === "|" && sql[i + 1] !== "|" && sql[i - 1] !== "|") fail("'|'");
    i += 1;
  }
}

function columnName(n: SqlNode): string[] {
  return (n.column_names as string[]).map((x) => x.toLowerCase());
}

interface Scope {
  sql: string;
  columns: Map<string, ColumnKind>;
  table: TableRef;
  /** Output aliases ORDER BY may name (Trino allows them there, nowhere else). */
  aliases?: Set<string>;
}

function notSupported(s: Scope, n: SqlNode, what: string): never {
  throw new AthenaSqlError(
    "NOT_SUPPORTED",
    `${position(s.sql, n.query_location)}: ${what} is outside the simulator's Athena SQL subset (simulator/README.md)`,
  );
}

function resolveColumn(s: Scope, n: SqlNode): ColumnKind {
  const parts = columnName(n);
  const name = parts.at(-1) as string;
  if (parts.length > 1) {
    const qualifier = parts.slice(0, -1).join(".");
    const ok = [s.table.alias, s.table.name, [s.table.schema, s.table.name].filter(Boolean).join(".")]
      .filter((x): x is string => x !== undefined)
      .map((x) => x.toLowerCase());
    if (!ok.includes(qualifier))
      throw new AthenaSqlError(
        "COLUMN_NOT_FOUND",
        `${position(s.sql, n.query_location)}: Column '${parts.join(".")}' cannot be resolved`,
      );
  }
  const kind = s.columns.get(name);
  if (kind) return kind;
  if (parts.length === 1 && s.aliases?.has(name)) return "bigint";
  throw new AthenaSqlError(
    "COLUMN_NOT_FOUND",
    `${position(s.sql, n.query_location)}: Column '${name}' cannot be resolved`,
  );
}

type Kind = ColumnKind | "boolean" | "null" | "unknown";

const isNumber = (k: Kind) => k === "int" || k === "bigint";

/** Trino does not coerce between varchar and numbers; DuckDB does. Refuse what Trino refuses. */
function checkComparable(s: Scope, n: SqlNode, a: Kind, b: Kind, op: string): void {
  if ((a === "string" && isNumber(b)) || (isNumber(a) && b === "string")) {
    const show = (k: Kind) => (k === "string" ? "varchar" : k === "int" ? "integer" : k);
    throw new AthenaSqlError(
      "TYPE_MISMATCH",
      `${position(s.sql, n.query_location)}: Cannot apply operator: ${show(a)} ${op} ${show(b)}`,
    );
  }
}

function children(n: SqlNode): SqlNode[] {
  return (n.children as SqlNode[] | undefined) ?? [];
}

/** Validates one expression; returns its kind as far as the checks need it. */
export function checkExpression(s: Scope, n: SqlNode, allowAggregates: boolean): Kind {
  switch (n.class) {
    case "COLUMN_REF":
      return resolveColumn(s, n);
    case "CONSTANT": {
      const value = n.value as { type?: { id?: string }; is_null?: boolean } | undefined;
      const id = value?.type?.id ?? "NULL";
      const kind = CONSTANT_TYPES[id];
      if (!kind) notSupported(s, n, `a ${id.toLowerCase()} literal`);
      return kind;
    }
    case "COMPARISON": {
      if (!COMPARISONS.has(String(n.type))) notSupported(s, n, String(n.type).toLowerCase());
      const a = checkExpression(s, n.left as SqlNode, allowAggregates);
      const b = checkExpression(s, n.right as SqlNode, allowAggregates);
      checkComparable(s, n, a, b, "=");
      return "boolean";
    }
    case "CONJUNCTION":
      for (const c of children(n)) checkExpression(s, c, allowAggregates);
      return "boolean";
    case "OPERATOR": {
      if (!OPERATORS.has(String(n.type))) notSupported(s, n, String(n.type).toLowerCase());
      const kinds = children(n).map((c) => checkExpression(s, c, allowAggregates));
      if (n.type === "COMPARE_IN" || n.type === "COMPARE_NOT_IN")
        for (const k of kinds.slice(1)) checkComparable(s, n, kinds[0] as Kind, k, "IN");
      return "boolean";
    }
    case "BETWEEN": {
      const k = checkExpression(s, n.input as SqlNode, allowAggregates);
      checkComparable(s, n, k, checkExpression(s, n.lower as SqlNode, allowAggregates), "BETWEEN");
      checkComparable(s, n, k, checkExpression(s, n.upper as SqlNode, allowAggregates), "BETWEEN");
      return "boolean";
    }
    case "CAST": {
      if (n.try_cast) notSupported(s, n, "TRY_CAST");
      const target = (n.cast_type as { id?: string } | undefined)?.id ?? "";
      const kind = CAST_TYPES[target];
      if (!kind) notSupported(s, n, `CAST to ${target.toLowerCase()}`);
      checkExpression(s, n.child as SqlNode, allowAggregates);
      return kind;
    }
    case "CASE": {
      for (const c of (n.case_checks as Array<{ when_expr: SqlNode; then_expr: SqlNode }>) ?? []) {
        checkExpression(s, c.when_expr, allowAggregates);
        checkExpression(s, c.then_expr, allowAggregates);
      }
      if (n.else_expr) checkExpression(s, n.else_expr as SqlNode, allowAggregates);
      return "unknown";
    }
    case "FUNCTION": {
      const name = String(n.function_name).toLowerCase();
      if (n.filter) notSupported(s, n, "FILTER (WHERE …)");
      if ((n.order_bys as { orders?: unknown[] } | undefined)?.orders?.length)
        notSupported(s, n, "ORDER BY inside a function");
      if (name === "/") notSupported(s, n, "'/' (Trino divides integers, DuckDB does not)");
      const op = OPERATOR_FUNCTIONS[name];
      if (!op && !ALLOWED_FUNCTIONS.has(name)) notSupported(s, n, `function ${name}()`);
      const aggregate = ["count", "count_star", "sum", "min", "max", "avg"].includes(name);
      if (aggregate && !allowAggregates) notSupported(s, n, `aggregate ${name}() here`);
      const kinds = children(n).map((c) => checkExpression(s, c, allowAggregates && !aggregate));
      if (op === "LIKE" || op === "NOT LIKE") {
        if (kinds.length !== 2) notSupported(s, n, "LIKE … ESCAPE");
        return "boolean";
      }
      if (op === "||") return "string";
      if (op) {
        for (const k of kinds) if (k === "string") checkComparable(s, n, k, "bigint", op);
        return kinds.includes("bigint") ? "bigint" : "int";
      }
      if (name === "count" || name === "count_star") return "bigint";
      if (name === "lower" || name === "upper") return "string";
      if (name === "length") return "bigint";
      return kinds[0] ?? "unknown";
    }
    case "STAR":
      {
        const listed = (k: string) => ((n[k] as unknown[] | undefined) ?? []).length > 0;
        if (
          listed("exclude_list") ||
          listed("replace_list") ||
          listed("rename_list") ||
          listed("qualified_exclude_list") ||
          n.columns ||
          n.expr
        )
          notSupported(s, n, "* with modifiers");
      }
      return "unknown";
    default:
      return notSupported(s, n, String(n.class ?? n.type).toLowerCase());
  }
}

/** The table the query reads (one base table, no joins or subqueries). */
export function tableOf(sql: string, node: SqlNode): TableRef {
  const from = node.from_table as SqlNode | undefined;
  const scope = { sql } as Scope;
  if (!from || from.type === "EMPTY") notSupported(scope, node, "a query without FROM");
  if (from.type !== "BASE_TABLE") notSupported(scope, from, `FROM ${String(from.type).toLowerCase()}`);
  if (from.sample) notSupported(scope, from, "TABLESAMPLE");
  return {
    catalog: (from.catalog_name as string | undefined)?.toLowerCase() || undefined,
    schema: (from.schema_name as string | undefined)?.toLowerCase() || undefined,
    name: String(from.table_name).toLowerCase(),
    alias: (from.alias as string | undefined)?.toLowerCase() || undefined,
    location: from.query_location ?? 0,
  };
}

/** Parses out the one SELECT statement (or throws), before the table is known. */
export function selectNode(
  sql: string,
  parsed: {
    error?: boolean;
    error_message?: string;
    position?: string;
    statements?: Array<{ node: SqlNode }>;
  },
): SqlNode {
  if (parsed.error) {
    throw new AthenaSqlError(
      "SYNTAX_ERROR",
      `${position(sql, Number(parsed.position ?? 0))}: ${parsed.error_message ?? "syntax error"}`,
    );
  }
  const statements = parsed.statements ?? [];
  if (statements.length !== 1) throw new AthenaSqlError("NOT_SUPPORTED", "exactly one statement is accepted");
  const node = (statements[0] as { node: SqlNode }).node;
  if (node.type !== "SELECT_NODE")
    notSupported(
      { sql } as Scope,
      node,
      String(node.type).toLowerCase().replace("_node", "").replaceAll("_", " "),
    );
  return node;
}

/** Checks the statement against the subset and the table's columns; names the result columns. */
export function analyzeSelect(sql: string, node: SqlNode, columns: Map<string, ColumnKind>): AnalyzedQuery {
  const table = tableOf(sql, node);
  const s: Scope = { sql, columns, table };
  if (Object.keys((node.cte_map as { map?: unknown[] } | undefined)?.map ?? {}).length)
    notSupported(s, node, "WITH");
  if (node.qualify) notSupported(s, node, "QUALIFY");
  if (node.aggregate_handling && node.aggregate_handling !== "STANDARD_HANDLING")
    notSupported(s, node, "GROUP BY ALL");
  if (((node.group_sets as unknown[][] | undefined) ?? []).length > 1) notSupported(s, node, "GROUPING SETS");
  const select = node.select_list as SqlNode[];
  const outputNames = select.map((item, i) => {
    checkExpression(s, item, true);
    if (typeof item.alias === "string" && item.alias !== "") return item.alias.toLowerCase();
    if (item.class === "COLUMN_REF") return columnName(item).at(-1);
    if (item.class === "STAR") return undefined;
    return `_col${i}`;
  });
  const where = (node.where_clause as SqlNode | null | undefined) ?? undefined;
  if (where) checkExpression(s, where, false);
  for (const g of (node.group_expressions as SqlNode[] | undefined) ?? []) checkExpression(s, g, false);
  if (node.having) checkExpression(s, node.having as SqlNode, true);
  const aliases = new Set(outputNames.filter((x): x is string => x !== undefined));
  for (const m of (node.modifiers as SqlNode[] | undefined) ?? []) {
    if (m.type === "ORDER_MODIFIER") {
      for (const o of (m.orders as Array<{ expression: SqlNode }>) ?? [])
        checkExpression({ ...s, aliases }, o.expression, true);
    } else if (m.type === "LIMIT_MODIFIER") {
      const limit = m.limit as SqlNode | undefined;
      if (m.offset) notSupported(s, m, "OFFSET");
      if (limit && limit.class !== "CONSTANT") notSupported(s, limit, "a LIMIT that is not a number");
    } else if (m.type !== "DISTINCT_MODIFIER") notSupported(s, m, String(m.type).toLowerCase());
    else if (((m.distinct_on_targets as unknown[] | undefined) ?? []).length)
      notSupported(s, m, "DISTINCT ON");
  }
  return { table, where, outputNames };
}
