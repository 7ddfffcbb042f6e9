import { type Compiled, compileExpr } from "./compile-expression";
import { formatValue } from "./format-value";
import { compileGlob } from "./glob-pattern";
import { parseInsightsQuery } from "./parser";
import { EventRow, fieldIndex, type Row } from "./row";
import { sortCompare } from "./sort-order";
import { StatsRunner } from "./stats";
import type { Command, InsightsEvent, InsightsResult, NamedExpr, ParsedQuery, Value } from "./types";
import { isTruthy, toText } from "./values";

/** GetQueryResults caps: 1,000 rows unless asked, 10,000 at most in one answer. */
const DEFAULT_LIMIT = 1000;
const MAX_LIMIT = 10_000;
const DEFAULT_COLUMNS = ["@timestamp", "@message"];

/** A per-row command: updates the row in place; false drops it. */
type RowStage = (row: Row) => boolean;

/**
 * Run a query over events. Commands up to the first that needs all rows (stats, sort, dedup,
 * limit) run per event as compiled closures while scanning; stats then folds rows into per-group
 * accumulators, so a stats query never holds the events. Later commands run over the few rows left.
 */
export function runInsightsQuery(
  query: string | ParsedQuery,
  events: Iterable<InsightsEvent>,
  opts: { limit?: number } = {},
): InsightsResult {
  const parsed = typeof query === "string" ? parseInsightsQuery(query) : query;
  const commands = parsed.commands;
  const firstBarrier = commands.findIndex(
    (c) => c.kind !== "fields" && c.kind !== "display" && c.kind !== "filter" && c.kind !== "parse",
  );
  const streamEnd = firstBarrier < 0 ? commands.length : firstBarrier;
  const streaming = commands.slice(0, streamEnd).map(compileRowStage);
  const barrier = firstBarrier < 0 ? undefined : commands[firstBarrier];

  const hasStats = commands.some((c) => c.kind === "stats");
  const hasLimit = commands.some((c) => c.kind === "limit");
  const requested = opts.limit ?? (hasStats || hasLimit ? MAX_LIMIT : DEFAULT_LIMIT);
  const cap = Math.max(1, Math.min(MAX_LIMIT, Math.floor(requested)));

  const stats = barrier?.kind === "stats" ? new StatsRunner(barrier) : undefined;
  // With no barrier, or `limit` first, rows beyond the cap are never needed: count them, don't keep them.
  const keep = stats
    ? 0
    : barrier === undefined
      ? cap
      : barrier.kind === "limit"
        ? Math.min(barrier.count, cap)
        : Number.POSITIVE_INFINITY;

  // Everything is compiled before the first event is read.
  const later = commands.slice(streamEnd + (stats ? 1 : 0)).map(compileLaterStep);

  let recordsScanned = 0;
  let bytesScanned = 0;
  let recordsMatched = 0;
  let rows: Row[] = [];
  for (const event of events) {
    recordsScanned++;
    bytesScanned += Buffer.byteLength(event.message, "utf8");
    const row = new EventRow(event, recordsScanned);
    let pass = true;
    for (let i = 0; i < streaming.length; i++) {
      if (!streaming[i]!(row)) {
        pass = false;
        break;
      }
    }
    if (!pass) continue;
    recordsMatched++;
    if (stats) stats.add(row);
    else if (rows.length < keep) rows.push(row);
  }

  let columns: string[] | null = null;
  let aggregated = false;
  for (const cmd of commands.slice(0, streamEnd)) columns = nextColumns(columns, cmd);
  if (stats) {
    rows = stats.finish();
    columns = stats.columns();
    aggregated = true;
  }
  for (const step of later) {
    rows = step.run(rows);
    if (step.columns) {
      columns = step.columns(columns);
      aggregated ||= step.aggregates;
    }
  }

  const fields = [...(columns ?? DEFAULT_COLUMNS)];
  if (!aggregated) fields.push("@ptr");
  return {
    fields,
    rows: rows.slice(0, cap).map((row) => outputRow(row, fields)),
    statistics: { recordsMatched, recordsScanned, bytesScanned },
  };
}

/** A command over the rows left after the scan; `columns` when it changes what is shown. */
interface LaterStep {
  run(rows: Row[]): Row[];
  columns?: (current: string[] | null) => string[] | null;
  aggregates: boolean;
}

function compileLaterStep(cmd: Command): LaterStep {
  switch (cmd.kind) {
    case "stats": {
      const runner = new StatsRunner(cmd);
      return {
        run(rows) {
          for (const r of rows) runner.add(r);
          return runner.finish();
        },
        columns: () => runner.columns(),
        aggregates: true,
      };
    }
    case "sort": {
      const sort = compileSort(cmd);
      return { run: sort, aggregates: false };
    }
    case "limit":
      return { run: (rows) => rows.slice(0, cmd.count), aggregates: false };
    case "dedup": {
      const dedup = compileDedup(cmd.keys);
      return { run: dedup, aggregates: false };
    }
    default: {
      const stage = compileRowStage(cmd);
      return { run: (rows) => rows.filter(stage), columns: (c) => nextColumns(c, cmd), aggregates: false };
    }
  }
}

/** Which columns are shown: `fields` adds to them, `display` replaces them (last one wins). */
function nextColumns(columns: string[] | null, cmd: Command): string[] | null {
  if (cmd.kind === "display") return cmd.items.map((i) => i.name);
  if (cmd.kind !== "fields") return columns;
  const out = [...(columns ?? [])];
  for (const i of cmd.items) if (!out.includes(i.name)) out.push(i.name);
  return out;
}

function outputRow(row: Row, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = row.get(f);
    // GetQueryResults leaves a field out of a row that has no value for it.
    if (v !== undefined) out[f] = formatValue(v);
  }
  return out;
}

function compileRowStage(cmd: Command): RowStage {
  switch (cmd.kind) {
    case "filter": {
      const test = compileExpr(cmd.expr);
      return (row) => isTruthy(test(row));
    }
    case "fields":
    case "display":
      return compileAssignments(cmd.items);
    case "parse":
      return compileParse(cmd);
    default:
      throw new Error(`${cmd.kind} is not a per-row command`);
  }
}

/** `fields x as y` and `fields a + b` create fields; a bare `fields x` only chooses a column. */
function compileAssignments(items: NamedExpr[]): RowStage {
  const assigns = items
    .filter((i) => i.aliased || i.expr.kind !== "field")
    .map((i) => ({ name: i.name, value: compileExpr(i.expr) }));
  if (assigns.length === 0) return () => true;
  const index = fieldIndex(assigns.map((a) => a.name));
  return (row) => {
    // Evaluate all first: `fields a as b, b as a` swaps rather than chains.
    row.setMany(
      index,
      assigns.map((a) => a.value(row)),
    );
    return true;
  };
}

function compileParse(cmd: Command & { kind: "parse" }): RowStage {
  const source: Compiled = compileExpr(cmd.source);
  const names = cmd.names;
  // A line that does not match keeps its row (parse never filters); the fields stay absent.
  if (cmd.glob !== undefined) {
    const match = compileGlob(cmd.glob);
    const index = fieldIndex(names);
    return (row) => {
      const v = source(row);
      const m = v === undefined ? null : match(toText(v));
      if (m !== null) row.setMany(index, m);
      return true;
    };
  }
  const re = new RegExp(cmd.regex!.source, cmd.regex!.flags);
  const index = fieldIndex(names);
  return (row) => {
    const v = source(row);
    const groups = v === undefined ? undefined : re.exec(toText(v))?.groups;
    if (groups !== undefined)
      row.setMany(
        index,
        names.map((n) => groups[n]),
      );
    return true;
  };
}

function compileSort(cmd: Command & { kind: "sort" }): (rows: Row[]) => Row[] {
  const keys = cmd.keys.map((k) => {
    // After stats, `sort bin(5m)` or `sort sum(bytes)` means the column of that name; aggregates
    // have no value anywhere else.
    const computed = compileExpr(k.expr, () => () => undefined);
    const column = k.name;
    const get: Compiled = k.expr.kind === "field" ? computed : (row) => row.get(column) ?? computed(row);
    return { get, dir: k.descending ? -1 : 1 };
  });
  return (rows) => sortBy(rows, keys);
}

function sortBy(rows: Row[], keys: Array<{ get: Compiled; dir: number }>): Row[] {
  const decorated = rows.map((row) => ({ row, values: keys.map((k) => k.get(row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.values[i];
      const y = b.values[i];
      // Rows without the field go last in either direction.
      if (x === undefined || y === undefined) {
        if (x === y) continue;
        return x === undefined ? 1 : -1;
      }
      const c = sortCompare(x, y) * keys[i]!.dir;
      if (c !== 0) return c;
    }
    return 0;
  });
  return decorated.map((d) => d.row);
}

function compileDedup(keys: NamedExpr[]): (rows: Row[]) => Row[] {
  const getters = keys.map((k) => compileExpr(k.expr));
  return (rows) => {
    const seen = new Set<string>();
    return rows.filter((row) => {
      const key = getters.map((g) => keyOf(g(row))).join("\u0001");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
}

function keyOf(v: Value | undefined): string {
  return v === undefined ? "\u0000" : toText(v);
}
