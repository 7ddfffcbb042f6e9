import type { Span } from "./types";

/**
 * A query that does not compile. `location` is the offending character range of the query text,
 * which the Logs service returns as MalformedQueryException.queryCompileError.location.
 */
export class InsightsQueryError extends Error {
  readonly location: Span;

  constructor(message: string, location: Span) {
    super(message);
    this.name = "InsightsQueryError";
    this.location = { start: location.start, end: Math.max(location.end, location.start) };
  }
}
