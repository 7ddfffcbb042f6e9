import { InsightsQueryError } from "./insights-query-error";
import type { Row } from "./row";
import { type Expr, Instant, type Value } from "./types";
import { toNumber, toText } from "./values";

export type Compiled = (row: Row) => Value | undefined;

/**
 * Scalar functions. Each is compiled once per query: constant arguments (a CIDR, a period) are
 * parsed here, not per event.
 */
export function compileScalarCall(name: string, call: Expr & { kind: "call" }, args: Compiled[]): Compiled {
  const a = args[0]!;
  switch (name) {
    case "ispresent":
      return (r) => a(r) !== undefined;
    case "isempty":
      return (r) => {
        const v = a(r);
        return v === undefined || v === "";
      };
    case "isblank":
      return (r) => {
        const v = a(r);
        return v === undefined || (typeof v === "string" && v.trim() === "");
      };
    case "isipv4insubnet":
      return compileSubnetTest(call, a);
    case "bin": {
      const period = (call.args[0] as Expr & { kind: "duration" }).ms;
      // Events arrive roughly in time order, so consecutive ones share a bucket: reuse its
      // (immutable) Instant rather than allocating one per event.
      let lastBucket = Number.NaN;
      let lastInstant: Instant | undefined;
      // bin() always buckets the event time, like Insights.
      return (r) => {
        const t = r.get("@timestamp");
        if (!(t instanceof Instant)) return undefined;
        const bucket = Math.floor(t.ms / period) * period;
        if (bucket !== lastBucket || lastInstant === undefined) {
          lastBucket = bucket;
          lastInstant = new Instant(bucket);
        }
        return lastInstant;
      };
    }
    case "tolower":
      return (r) => mapText(a(r), (s) => s.toLowerCase());
    case "toupper":
      return (r) => mapText(a(r), (s) => s.toUpperCase());
    case "trim":
      return (r) => mapText(a(r), (s) => s.trim());
    case "strlen":
      return (r) => {
        const v = a(r);
        return v === undefined ? undefined : toText(v).length;
      };
    case "strcontains": {
      const b = args[1]!;
      return (r) => {
        const v = a(r);
        const w = b(r);
        return v !== undefined && w !== undefined && toText(v).includes(toText(w));
      };
    }
    case "concat":
      return (r) => {
        let s = "";
        for (const f of args) {
          const v = f(r);
          if (v !== undefined) s += toText(v);
        }
        return s;
      };
    case "coalesce":
      return (r) => {
        for (const f of args) {
          const v = f(r);
          if (v !== undefined) return v;
        }
        return undefined;
      };
    case "abs":
      return (r) => mapNumber(a(r), Math.abs);
    case "floor":
      return (r) => mapNumber(a(r), Math.floor);
    case "ceil":
      return (r) => mapNumber(a(r), Math.ceil);
  }
  throw new InsightsQueryError(`unknown function "${name}"`, call.span);
}

function mapText(v: Value | undefined, f: (s: string) => string): Value | undefined {
  return v === undefined ? undefined : f(toText(v));
}

function mapNumber(v: Value | undefined, f: (n: number) => number): Value | undefined {
  const n = toNumber(v);
  return Number.isNaN(n) ? undefined : f(n);
}

/** A dotted quad as an unsigned 32-bit number, or -1. Hand-rolled: this runs per event. */
export function ipv4ToInt(s: string): number {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else if (c === 46 && digits > 0 && dots < 3) {
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return n * 256 + part;
}

function compileSubnetTest(call: Expr & { kind: "call" }, subject: Compiled): Compiled {
  const cidrExpr = call.args[1]!;
  if (cidrExpr.kind !== "string")
    throw new InsightsQueryError('isIpv4InSubnet needs a CIDR string such as "10.0.0.0/16"', cidrExpr.span);
  const m = /^([0-9.]+)\/(\d{1,2})$/.exec(cidrExpr.value);
  const base = m ? ipv4ToInt(m[1]!) : -1;
  const bits = m ? Number(m[2]) : -1;
  if (base < 0 || bits < 0 || bits > 32)
    throw new InsightsQueryError(`not an IPv4 CIDR: "${cidrExpr.value}"`, cidrExpr.span);
  const size = 2 ** (32 - bits);
  const low = Math.floor(base / size) * size;
  const high = low + size;
  return (r) => {
    const v = subject(r);
    if (typeof v !== "string") return false;
    const ip = ipv4ToInt(v);
    return ip >= low && ip < high;
  };
}
