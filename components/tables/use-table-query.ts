"use client";

import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";

/**
 * The list tables' state, all in the URL (design §6): `q`, `account` and `region` (repeatable),
 * `type`, `status`, `sort` (`name` / `-name`), `page` (1-based) and `size` (rows a page). Strings,
 * not integers: lib/inventory/read-table-query names what it ignores instead of dropping it silently.
 * Shallow updates: filtering is client-side, so typing in the search box never refetches the inventory.
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
      page: parseAsString.withDefault(""),
      size: parseAsString.withDefault(""),
    },
    { history: "replace", clearOnDefault: true },
  );
}
