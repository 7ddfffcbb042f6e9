/** Shapes shared by the Logs Insights lexer, parser and evaluator. */

export interface InsightsEvent {
  /** Event time, epoch milliseconds. */
  timestamp: number;
  message: string;
  logStream: string;
  logGroup: string;
  ingestionTime?: number;
}

export interface InsightsResult {
  /** Output column names in order (non-aggregated results end with `@ptr`). */
  fields: string[];
  /** Every value a string, as GetQueryResults returns; a field with no value is left out of its row. */
  rows: Array<Record<string, string>>;
  statistics: { recordsMatched: number; recordsScanned: number; bytesScanned: number };
}

/** A character range in the query text, `end` exclusive (AWS queryCompileError.location). */
export interface Span {
  start: number;
  end: number;
}

/**
 * A point in time. Kept apart from plain numbers so that `@timestamp` and `bin()` values print as
 * "yyyy-MM-dd HH:mm:ss.SSS" while still comparing and sorting numerically.
 */
export class Instant {
  constructor(readonly ms: number) {}
}

/** A field value; `undefined` (not a member) means the field is absent from the record. */
export type Value = string | number | boolean | Instant;

export type Expr =
  | { kind: "field"; name: string; span: Span }
  | { kind: "string"; value: string; span: Span }
  | { kind: "number"; value: number; span: Span }
  | { kind: "regex"; source: string; flags: string; span: Span }
  | { kind: "duration"; ms: number; text: string; span: Span }
  | { kind: "unary"; op: "-" | "not"; operand: Expr; span: Span }
  | { kind: "binary"; op: BinaryOp; left: Expr; right: Expr; span: Span }
  | { kind: "match"; op: "like" | "=~"; negated: boolean; subject: Expr; pattern: Expr; span: Span }
  | { kind: "in"; negated: boolean; subject: Expr; list: Expr[]; span: Span }
  | { kind: "call"; name: string; args: Expr[]; star: boolean; span: Span };

export type BinaryOp = "and" | "or" | "=" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%";

/** An output column: an expression and the name it is shown under. */
export interface NamedExpr {
  expr: Expr;
  name: string;
  /** True when the name was given with `as` (an alias creates a field; a bare reference does not). */
  aliased: boolean;
}

export type Command =
  | { kind: "fields"; items: NamedExpr[]; span: Span }
  | { kind: "display"; items: NamedExpr[]; span: Span }
  | { kind: "filter"; expr: Expr; span: Span }
  | {
      kind: "parse";
      source: Expr;
      glob?: string;
      regex?: { source: string; flags: string };
      names: string[];
      span: Span;
    }
  | { kind: "stats"; aggregates: NamedExpr[]; groups: NamedExpr[]; span: Span }
  | { kind: "sort"; keys: Array<{ expr: Expr; name: string; descending: boolean }>; span: Span }
  | { kind: "limit"; count: number; span: Span }
  | { kind: "dedup"; keys: NamedExpr[]; span: Span };

export interface ParsedQuery {
  query: string;
  commands: Command[];
}
