"use client";

import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { edgeLabelMetrics } from "./format-metric";

export const topologyViews = ["graph", "sankey", "list"] as const;
export const topologyViewLabels = { graph: "Graph", sankey: "Sankey", list: "List" } as const;

/**
 * Everything the topology page shows is in the URL (shareable during an incident): view, focus,
 * search, hidden kinds, edge labels, expanded and collapsed aggregates, account and region.
 * `from`/`to` live in the shared time-range hook. Shallow: the client refetches the API itself.
 */
export function useTopologyState() {
  return useQueryStates(
    {
      view: parseAsStringLiteral(topologyViews).withDefault("graph"),
      focus: parseAsString,
      q: parseAsString.withDefault(""),
      hide: parseAsArrayOf(parseAsString).withDefault([]),
      labels: parseAsStringLiteral(edgeLabelMetrics).withDefault("none"),
      expand: parseAsArrayOf(parseAsString).withDefault([]),
      collapse: parseAsArrayOf(parseAsString).withDefault([]),
      account: parseAsString,
      region: parseAsString,
    },
    { history: "replace", shallow: true },
  );
}
