import { type Compiled, compileScalarCall } from "./functions";
import { InsightsQueryError } from "./insights-query-error";
import type { Expr, Value } from "./types";
import { compareValues, isTruthy, toNumber, toText } from "./values";

export type { Compiled };

/**
 * Turn an expression into a closure, once per query; evaluating it per event then costs no
 * parsing, no regex compilation and no dispatch on the tree. `aggregate` resolves aggregate calls
 * (only stats passes it: elsewhere the parser has already refused them).
 */
export function compileExpr(e: Expr, aggregate?: (call: Expr & { kind: "call" }) => Compiled): Compiled {
  const sub = (x: Expr) => compileExpr(x, aggregate);
  switch (e.kind) {
    case "field": {
      const name = e.name;
      return (r) => r.get(name);
    }
    case "string": {
      const v = e.value;
      return () => v;
    }
    case "number": {
      const v = e.value;
      return () => v;
    }
    case "duration": {
      const v = e.ms;
      return () => v;
    }
    case "regex":
      throw new InsightsQueryError("a /regex/ can only follow like, =~ or parse", e.span);
    case "unary": {
      const f = sub(e.operand);
      if (e.op === "not") return (r) => !isTruthy(f(r));
      return (r) => {
        const n = toNumber(f(r));
        return Number.isNaN(n) ? undefined : -n;
      };
    }
    case "binary":
      return compileBinary(e, sub);
    case "match":
      return compileMatch(e, sub(e.subject));
    case "in": {
      const f = sub(e.subject);
      const set = new Set(
        e.list.map((x) => (x.kind === "string" ? x.value : String((x as { value: number }).value))),
      );
      const negated = e.negated;
      return (r) => {
        const v = f(r);
        if (v === undefined) return negated;
        return set.has(typeof v === "string" ? v : toText(v)) !== negated;
      };
    }
    case "call": {
      if (
        aggregate &&
        (e.name === "count" ||
          e.name === "count_distinct" ||
          e.name === "sum" ||
          e.name === "avg" ||
          e.name === "min" ||
          e.name === "max")
      )
        return aggregate(e);
      return compileScalarCall(e.name, e, e.args.map(sub));
    }
  }
}

function compileBinary(e: Expr & { kind: "binary" }, sub: (x: Expr) => Compiled): Compiled {
  const l = sub(e.left);
  const rt = sub(e.right);
  switch (e.op) {
    case "and":
      return (r) => isTruthy(l(r)) && isTruthy(rt(r));
    case "or":
      return (r) => isTruthy(l(r)) || isTruthy(rt(r));
    case "=":
    case "!=": {
      const negate = e.op === "!=";
      // The common `field = "literal"` compares strings directly, without number conversion.
      if (e.right.kind === "string") {
        const lit = e.right.value;
        return (r) => {
          const v = l(r);
          if (v === undefined) return false;
          return (typeof v === "string" ? v === lit : toText(v) === lit) !== negate;
        };
      }
      return (r) => {
        const a = l(r);
        const b = rt(r);
        if (a === undefined || b === undefined) return false;
        return equalValues(a, b) !== negate;
      };
    }
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const test = ORDER_TESTS[e.op];
      return (r) => {
        const a = l(r);
        const b = rt(r);
        if (a === undefined || b === undefined) return false;
        return test(compareValues(a, b));
      };
    }
    default: {
      const op = ARITHMETIC[e.op]!;
      return (r) => {
        const a = toNumber(l(r));
        const b = toNumber(rt(r));
        if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
        const v = op(a, b);
        return Number.isFinite(v) ? v : undefined;
      };
    }
  }
}

const ORDER_TESTS: Record<"<" | "<=" | ">" | ">=", (c: number) => boolean> = {
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
};

const ARITHMETIC: Record<string, (a: number, b: number) => number> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "%": (a, b) => a % b,
};

/** Equal as numbers when both read as numbers (dstPort = 22 matches "22"), else as text. */
function equalValues(a: Value, b: Value): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x === y;
  return toText(a) === toText(b);
}

function compileMatch(e: Expr & { kind: "match" }, subject: Compiled): Compiled {
  const negated = e.negated;
  const p = e.pattern;
  if (p.kind === "string") {
    // `like "text"` is a substring test: no regex per event.
    const needle = p.value;
    return (r) => {
      const v = subject(r);
      if (v === undefined) return negated;
      return toText(v).includes(needle) !== negated;
    };
  }
  const re = new RegExp((p as Expr & { kind: "regex" }).source, (p as Expr & { kind: "regex" }).flags);
  return (r) => {
    const v = subject(r);
    if (v === undefined) return negated;
    return re.test(toText(v)) !== negated;
  };
}
