/**
 * CloudWatch Logs filter patterns (FilterLogEvents), the subset the product and humans use:
 * - empty: every event;
 * - terms: `ERROR "exact phrase"` (all must occur), `?a ?b` (any), `-term` (must not occur);
 * - space-delimited: `[version, account, eni, src = 10.0.*, ..., action = REJECT, status]` with
 *   `=`, `!=`, `<`, `<=`, `>`, `>=`, `*` wildcards in `=`/`!=` values, `&&`/`||` inside a field,
 *   and `...` for any number of fields;
 * - JSON: `{ $.a.b = "x" && $.n > 3 }` (`=`, `!=`, numeric comparisons, `*` wildcards, `&&`/`||`).
 */
import { SimError } from "../../protocols/types";

export type EventMatcher = (message: string) => boolean;

const invalid = () => new SimError("InvalidParameterException", 400, "Invalid character(s) in term");

function wildcard(value: string): RegExp {
  const escaped = value.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

type Cond = (value: string | undefined) => boolean;

function comparison(op: string, raw: string): Cond {
  const value = unquote(raw);
  const num = Number(value);
  switch (op) {
    case "=": {
      const re = wildcard(value);
      return (v) =>
        v !== undefined && (re.test(v) || (value !== "" && !Number.isNaN(num) && Number(v) === num));
    }
    case "!=": {
      const re = wildcard(value);
      return (v) => v !== undefined && !re.test(v);
    }
    case "<":
      return (v) => v !== undefined && Number(v) < num;
    case "<=":
      return (v) => v !== undefined && Number(v) <= num;
    case ">":
      return (v) => v !== undefined && Number(v) > num;
    case ">=":
      return (v) => v !== undefined && Number(v) >= num;
    default:
      throw invalid();
  }
}

/** `x = 1 || x = 2 && y != 3`: && binds tighter than ||. `lhs` is captured for each atom. */
function booleanExpr(text: string, atom: (lhs: string, op: string, rhs: string) => Cond): Cond {
  const ors = text.split("||").map((part) =>
    part.split("&&").map((a) => {
      const m = /^\s*(.+?)\s*(<=|>=|!=|=|<|>)\s*(.+?)\s*$/.exec(a);
      if (!m) throw invalid();
      return atom(m[1] ?? "", m[2] ?? "", m[3] ?? "");
    }),
  );
  return (v) => ors.some((ands) => ands.every((c) => c(v)));
}

function spaceDelimited(pattern: string): EventMatcher {
  const inner = pattern.trim().slice(1, -1);
  const specs = inner.split(",").map((f) => f.trim());
  type Spec = { ellipsis: true } | { ellipsis: false; cond?: Cond };
  const fields: Spec[] = specs.map((f) => {
    if (f === "...") return { ellipsis: true };
    if (!/[=<>]/.test(f)) return { ellipsis: false };
    return { ellipsis: false, cond: booleanExpr(f, (_lhs, op, rhs) => comparison(op, rhs)) };
  });
  const match = (values: string[], vi: number, fi: number): boolean => {
    if (fi === fields.length) return vi === values.length;
    const f = fields[fi] as Spec;
    if (f.ellipsis) {
      for (let k = vi; k <= values.length; k++) if (match(values, k, fi + 1)) return true;
      return false;
    }
    if (vi >= values.length) return false;
    return (!f.cond || f.cond(values[vi])) && match(values, vi + 1, fi + 1);
  };
  return (message) => {
    const values = message.trim().split(/\s+/);
    return match(values, 0, 0);
  };
}

function jsonPath(obj: unknown, path: string): string | undefined {
  let cur: unknown = obj;
  for (const key of path
    .replace(/^\$\.?/, "")
    .split(".")
    .filter(Boolean)) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  if (cur === undefined || cur === null) return undefined;
  return typeof cur === "object" ? JSON.stringify(cur) : String(cur);
}

function jsonPattern(pattern: string): EventMatcher {
  const inner = pattern.trim().slice(1, -1);
  const ors = inner.split("||").map((part) =>
    part.split("&&").map((a) => {
      const m = /^\s*\(?\s*(\$[^\s=!<>]*)\s*(<=|>=|!=|=|<|>)\s*(.+?)\s*\)?\s*$/.exec(a);
      if (!m) throw invalid();
      const path = m[1] ?? "";
      const cond = comparison(m[2] ?? "=", m[3] ?? "");
      return (obj: unknown) => cond(jsonPath(obj, path));
    }),
  );
  return (message) => {
    let obj: unknown;
    try {
      obj = JSON.parse(message);
    } catch {
      return false;
    }
    return ors.some((ands) => ands.every((c) => c(obj)));
  };
}

function terms(pattern: string): EventMatcher {
  const tokens = [...pattern.matchAll(/([?-]?)("([^"]*)"|\S+)/g)].map((m) => ({
    mod: m[1] ?? "",
    text: m[3] ?? m[2] ?? "",
  }));
  const required = tokens.filter((t) => t.mod === "").map((t) => t.text);
  const any = tokens.filter((t) => t.mod === "?").map((t) => t.text);
  const excluded = tokens.filter((t) => t.mod === "-").map((t) => t.text);
  return (message) =>
    required.every((t) => message.includes(t)) &&
    (any.length === 0 || any.some((t) => message.includes(t))) &&
    !excluded.some((t) => message.includes(t));
}

export function compileFilterPattern(pattern: string | undefined): EventMatcher {
  const p = (pattern ?? "").trim();
  if (p === "") return () => true;
  if (p.startsWith("[") && p.endsWith("]")) return spaceDelimited(p);
  if (p.startsWith("{") && p.endsWith("}")) return jsonPattern(p);
  return terms(p);
}
