"use client";

import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";

/**
 * The list tables' state, all in the URL (design §6): `q`, `account` and `region` (repeatable),
 * `type`, `status`, `sort` (`name` / `-name`). Shallow updates: filtering is client-side, so
 * typing in the search box never refetches the inventory.
 */
export function useTableQuery() {
  return useQueryStates(
    {
      q: parseAsString.withDefault(""),
      account: parseAsNativeArrayOf(parseAsString),
      region: parseAsNativeArrayOf(parseAsString),
      type: parseAsString.withDefault(""),
      status: parseAsString.withDefault(""),
      sort: parseAsString.withDefault(""),
    },
    { history: "replace", clearOnDefault: true },
  );
}
