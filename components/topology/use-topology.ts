"use client";

import { useEffect, useState } from "react";
import type { TopologyGraph } from "@/lib/topology/topology-types";

export type TopologyResult =
  | { status: "loading"; graph?: TopologyGraph }
  | { status: "ok"; graph: TopologyGraph }
  | { status: "error"; message: string; graph?: TopologyGraph };

/** Fetches `/api/topology` for the given query string; keeps the last graph while the next loads. */
export function useTopology(query: string): TopologyResult {
  const [result, setResult] = useState<TopologyResult>({ status: "loading" });
  useEffect(() => {
    const ctl = new AbortController();
    setResult((r) => ({ status: "loading", graph: r.graph }));
    fetch(`/api/topology?${query}`, { signal: ctl.signal })
      .then(async (res) => {
        const body = (await res.json()) as TopologyGraph & { error?: { message?: string } };
        if (!res.ok) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
        setResult({ status: "ok", graph: body });
      })
      .catch((e: unknown) => {
        if (ctl.signal.aborted) return;
        setResult((r) => ({
          status: "error",
          message: e instanceof Error ? e.message : String(e),
          graph: r.graph,
        }));
      });
    return () => ctl.abort();
  }, [query]);
  return result;
}
