/**
 * Alarm states on topology nodes: a node whose resource an alarm concerns (as a target or on its
 * path) carries the worst state among them (ALARM over INSUFFICIENT_DATA over OK). Pure.
 */
import type { TopologyGraph } from "@/lib/topology/topology-types";
import type { AlarmState, RelatedAlarm } from "./alarm-types";

const rank: Record<AlarmState, number> = { OK: 0, INSUFFICIENT_DATA: 1, ALARM: 2 };

export function applyAlarmStates(graph: TopologyGraph, alarms: readonly RelatedAlarm[]): TopologyGraph {
  const worst = new Map<string, AlarmState>();
  for (const a of alarms)
    for (const r of a.resources) {
      const prev = worst.get(r.id);
      if (!prev || rank[a.state] > rank[prev]) worst.set(r.id, a.state);
    }
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const state = n.resourceId ? worst.get(n.resourceId) : undefined;
      return state ? { ...n, alarm: state } : n;
    }),
  };
}
