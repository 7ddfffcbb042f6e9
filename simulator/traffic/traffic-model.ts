/**
 * The one traffic model every source reads: connections per path (connections.ts) rendered as
 * flow records, access-log records and NFM metrics, plus the ground truth computed from the same
 * connections. Incidents are placed relative to `anchorMs` (the simulator clock at start); the
 * background traffic depends only on absolute time, so it does not move when the clock does.
 */
import type { SimState } from "../state/sim-state";
import { accessLogRecord } from "./access-log-records";
import { type Connection, connectionsBetween } from "./connections";
import { renderFlowRecord } from "./flow-log-format";
import { eniFlowRecords } from "./flow-records";
import type { LogEvent } from "./log-event";
import { buildLogSources, groupKey, type LogGroupSource, type StreamSource } from "./log-sources";
import { type ResolvedPath, resolvePaths } from "./resolve-paths";

const HOUR_MS = 3_600_000;
/** Generated data reaches back this far before the anchor. */
export const TRAFFIC_HISTORY_MS = 8 * 24 * HOUR_MS;
const CACHE_HOURS = 600;

export interface EventQuery {
  fromMs: number;
  toMs: number;
  nowMs: number;
  streamNames?: string[];
  streamPrefix?: string;
}

export class TrafficModel {
  readonly paths: ResolvedPath[];
  readonly groups: Map<string, LogGroupSource>;
  private readonly hourCache = new Map<string, LogEvent[]>();

  constructor(
    readonly state: SimState,
    readonly anchorMs: number,
  ) {
    this.paths = resolvePaths(state, anchorMs);
    this.groups = buildLogSources(state, this.paths);
  }

  get historyStartMs(): number {
    return this.anchorMs - TRAFFIC_HISTORY_MS;
  }

  group(account: string, region: string, name: string): LogGroupSource | undefined {
    return this.groups.get(groupKey(account, region, name));
  }

  /** Events of one stream whose timestamp lies in [fromMs, toMs), in timestamp order. */
  *streamEvents(
    g: LogGroupSource,
    st: StreamSource,
    fromMs: number,
    toMs: number,
    nowMs: number,
  ): Generator<LogEvent> {
    const from = Math.max(fromMs, this.historyStartMs, st.createdMs);
    const to = Math.min(toMs, nowMs + 1);
    if (from >= to) return;
    if (st.kind === "flow") {
      for (const r of eniFlowRecords(st.eni, from, to, nowMs)) {
        if (r.logStatus === "OK" && st.trafficType !== "ALL" && r.action !== st.trafficType) continue;
        yield {
          timestamp: r.start * 1000,
          message: renderFlowRecord(r, st.format),
          logStream: st.name,
          logGroup: g.name,
          // Delivery is best effort, typically minutes after the record ends.
          ingestionTime: r.end * 1000 + 120_000,
        };
      }
      return;
    }
    const conns: Connection[] = [];
    for (const p of st.paths) for (const c of connectionsBetween(p, from, to)) conns.push(c);
    conns.sort((a, b) => a.startMs - b.startMs);
    for (const c of conns) {
      yield {
        timestamp: c.startMs,
        message: accessLogRecord(c),
        logStream: st.name,
        logGroup: g.name,
        ingestionTime: c.startMs + c.durationSeconds * 1000 + 60_000,
      };
    }
  }

  /** All events of one hour of a group (every stream), sorted; closed hours are cached. */
  private hourEvents(g: LogGroupSource, hour: number, nowMs: number): LogEvent[] {
    const start = hour * HOUR_MS;
    const closed = start + HOUR_MS <= nowMs;
    const key = `${groupKey(g.account, g.region, g.name)}@${hour}`;
    if (closed) {
      const hit = this.hourCache.get(key);
      if (hit) {
        // Refresh recency: Map iteration order is insertion order, so re-insert.
        this.hourCache.delete(key);
        this.hourCache.set(key, hit);
        return hit;
      }
    }
    const events: LogEvent[] = [];
    for (const st of g.streams)
      for (const e of this.streamEvents(g, st, start, start + HOUR_MS, nowMs)) events.push(e);
    events.sort(
      (a, b) =>
        a.timestamp - b.timestamp || (a.logStream < b.logStream ? -1 : a.logStream > b.logStream ? 1 : 0),
    );
    if (closed) {
      this.hourCache.set(key, events);
      if (this.hourCache.size > CACHE_HOURS) {
        const oldest = this.hourCache.keys().next().value;
        if (oldest !== undefined) this.hourCache.delete(oldest);
      }
    }
    return events;
  }

  /** A group's events in [fromMs, toMs), sorted by time, generated lazily an hour at a time. */
  *events(g: LogGroupSource, q: EventQuery): Generator<LogEvent> {
    const names = q.streamNames ? new Set(q.streamNames) : undefined;
    const from = Math.max(q.fromMs, this.historyStartMs);
    const to = Math.min(q.toMs, q.nowMs + 1);
    for (let h = Math.floor(from / HOUR_MS); h * HOUR_MS < to; h++) {
      for (const e of this.hourEvents(g, h, q.nowMs)) {
        if (e.timestamp < from || e.timestamp >= to) continue;
        if (names && !names.has(e.logStream)) continue;
        if (q.streamPrefix !== undefined && !e.logStream.startsWith(q.streamPrefix)) continue;
        yield e;
      }
    }
  }
}
