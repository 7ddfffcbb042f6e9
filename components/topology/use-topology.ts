"use client";

import { useEffect, useState } from "react";
import type { TopologyGraph } from "@/lib/topology/topology-types";

export type TopologyResult =
  | { status: "loading"; graph?: TopologyGraph }
  | { status: "ok"; graph: TopologyGraph }
  | { status: "error"; message: string; graph?: TopologyGraph };

/** Fetches `/api/topology` for the given query string; keeps the last graph while the next loads. */
export function useTopology(query: string, live: boolean): TopologyResult {
  const [result, setResult] = useState<TopologyResult>({ status: "loading" });
  const [tick, setTick] = useState(0);
  // Traffic still being read: ask again shortly; a live window refreshes every minute.
  const pending = result.status === "ok" && result.graph.traffic === "pending";
  // biome-ignore lint/correctness/useExhaustiveDependencies: each answer (tick) arms the next poll
  useEffect(() => {
    if (!pending && !live) return;
    const t = setTimeout(() => setTick((n) => n + 1), pending ? 2_000 : 60_000);
    return () => clearTimeout(t);
  }, [pending, live, tick]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick re-runs the fetch on purpose
  useEffect(() => {
    const ctl = new AbortController();
    setResult((r) => (r.graph ? { status: "ok", graph: r.graph } : { status: "loading" }));
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
  }, [query, tick]);
  return result;
}
