import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { EstateTraffic, TrafficReport, TrafficSubjectKind } from "@/lib/schemas/traffic";
import { fetchJson } from "./fetch-json";

export interface TrafficSubject {
  kind: TrafficSubjectKind;
  id: string;
}

export interface WindowParams {
  from: string;
  to: string;
  /** `?alarm=`: the alarm to draw emphasised (and even when nothing relates it to the subject). */
  alarm?: string | null;
}

/** How often a live window (ending at now) refreshes: flow logs arrive in 1–10 minute batches anyway. */
export const LIVE_REFRESH_MS = 60_000;

const base: Record<TrafficSubjectKind, string> = {
  configuration: "/api/configurations",
  gateway: "/api/gateways",
  endpoint: "/api/endpoints",
};

export function trafficUrl(subject: TrafficSubject, w: WindowParams): string {
  const q = new URLSearchParams({ from: w.from, to: w.to });
  if (w.alarm) q.set("alarm", w.alarm);
  return `${base[subject.kind]}/${encodeURIComponent(subject.id)}/traffic?${q}`;
}

/**
 * One subject's traffic for a window. The key holds the window as written (`now-24h`), so a live
 * window keeps its cache entry and refreshes in place; polling only while the window ends at now.
 */
export function trafficQuery(subject: TrafficSubject, w: WindowParams) {
  return queryOptions({
    queryKey: ["traffic", subject.kind, subject.id, w.from, w.to, ...(w.alarm ? [w.alarm] : [])] as const,
    queryFn: ({ signal }) => fetchJson<TrafficReport>(trafficUrl(subject, w), signal),
    // Each fetch may start Logs Insights queries: keep an answer for the refresh period.
    staleTime: LIVE_REFRESH_MS - 5_000,
    refetchInterval: (q) => (q.state.data?.window.live && !q.state.error ? LIVE_REFRESH_MS : false),
    // While a new window loads, keep drawing the previous one (dimmed) instead of a blank panel.
    placeholderData: keepPreviousData,
  });
}

export function estateTrafficQuery(w: WindowParams) {
  return queryOptions({
    queryKey: ["traffic", "estate", w.from, w.to] as const,
    queryFn: ({ signal }) =>
      fetchJson<EstateTraffic>(`/api/traffic?${new URLSearchParams({ from: w.from, to: w.to })}`, signal),
    staleTime: LIVE_REFRESH_MS - 5_000,
  });
}
