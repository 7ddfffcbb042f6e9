"use client";

import { parseAsString, parseAsStringLiteral, useQueryState, useQueryStates } from "nuqs";
import { METRICS } from "../charts/options/traffic-series-option";
import { DEFAULT_FROM, DEFAULT_TO } from "./window-edits";

/**
 * `from`/`to` in the URL, shared by every traffic view on a page. Each change is a history entry
 * (push), so Back returns to the previous window like Grafana; shallow, so the server page is not
 * re-rendered — the client refetches through TanStack Query.
 */
export function useTimeRange() {
  return useQueryStates(
    { from: parseAsString.withDefault(DEFAULT_FROM), to: parseAsString.withDefault(DEFAULT_TO) },
    { history: "push", shallow: true },
  );
}

/** `metric=bytes|connections|rejects`: which series the traffic chart draws. */
export function useTrafficMetric() {
  return useQueryState(
    "metric",
    parseAsStringLiteral(METRICS).withDefault("bytes").withOptions({ history: "replace", shallow: true }),
  );
}
