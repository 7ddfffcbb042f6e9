/**
 * The function names the parser accepts; anything else is an "unknown function" compile error,
 * as in Logs Insights. Scalar implementations live in functions.ts, aggregates in aggregates.ts.
 */

export const AGGREGATE_FUNCTIONS = new Set(["count", "count_distinct", "sum", "avg", "min", "max"]);

/** name → [min args, max args] */
export const SCALAR_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["ispresent", [1, 1]],
  ["isempty", [1, 1]],
  ["isblank", [1, 1]],
  ["isipv4insubnet", [2, 2]],
  ["bin", [1, 1]],
  ["tolower", [1, 1]],
  ["toupper", [1, 1]],
  ["strlen", [1, 1]],
  ["trim", [1, 1]],
  ["concat", [1, 64]],
  ["strcontains", [2, 2]],
  ["abs", [1, 1]],
  ["floor", [1, 1]],
  ["ceil", [1, 1]],
  ["coalesce", [1, 64]],
] as const);
