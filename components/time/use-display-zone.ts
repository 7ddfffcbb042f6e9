"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useCallback, useSyncExternalStore } from "react";
import { parseZone, UTC } from "@/lib/links/display-zone";

const KEY = "lattice-lens:tz";
const listeners = new Set<() => void>();

function stored(): string | undefined {
  try {
    return parseZone(window.localStorage.getItem(KEY));
  } catch {
    return undefined;
  }
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  window.addEventListener("storage", fn);
  return () => {
    listeners.delete(fn);
    window.removeEventListener("storage", fn);
  };
};

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || UTC;
}

/**
 * The display zone: `tz` in the URL (a shared link) wins, then the remembered choice, then UTC.
 * The server renders UTC; the client switches after hydration.
 */
export function useDisplayZone(): [string, (zone: string) => void] {
  const [tz, setTz] = useQueryState("tz", parseAsString.withOptions({ history: "replace", shallow: true }));
  const remembered = useSyncExternalStore(
    subscribe,
    () => stored() ?? UTC,
    () => UTC,
  );
  const zone = parseZone(tz) ?? remembered;
  const set = useCallback(
    (next: string) => {
      try {
        window.localStorage.setItem(KEY, next);
      } catch {
        // private mode: the choice lasts for this page only
      }
      for (const l of listeners) l();
      if (tz !== null) void setTz(next);
    },
    [tz, setTz],
  );
  return [zone, set];
}
