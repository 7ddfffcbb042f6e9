/**
 * The CloudWatch Logs Insights query language for the simulator: a pure module (no I/O, no
 * clock) that the Logs operations (StartQuery/GetQueryResults) call with the events in range.
 */
export { runInsightsQuery } from "./evaluator";
export { InsightsQueryError } from "./insights-query-error";
export { parseInsightsQuery } from "./parser";
export type { InsightsEvent, InsightsResult, ParsedQuery } from "./types";
