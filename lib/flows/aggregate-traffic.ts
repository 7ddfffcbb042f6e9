/**
 * Joined rows and connections → totals, a series and per-consumer rows for one subject (a
 * configuration, a gateway or an endpoint). Pure.
 *
 * - bytes and packets: ACCEPT records, split by direction relative to the resource.
 * - rejects: REJECT records towards the resource on the gateway ENIs — attributed to the consumer
 *   whose connection has the 4-tuple when an access-log record exists, else "unattributed".
 * - connections: access-log records in the window (rejected attempts included). Without access
 *   logs: records towards the resource — REJECTs, and ACCEPTs carrying SYN when the format has
 *   tcp-flags (else every ACCEPT record, which overcounts connections longer than one
 *   aggregation interval; coverage says "connections estimated from flow records").
 * - Unmatched bytes go to the "unattributed" consumer (pattern "unknown"): never dropped.
 * - Ambiguous rows (a record that may be any of several consumers' connections, join-flows.ts)
 *   count in the totals and the series, and in `ambiguousBytes` there, but in no consumer:
 *   attributed + ambiguous + unattributed = bytes.
 */
import type { ConsumerTraffic, TrafficPoint, TrafficTotals } from "@/lib/schemas/traffic";
import type { JoinedRow } from "./join-flows";
import type { AccessLogConnection } from "./parse-access-log";
import { type ConsumerRef, UNATTRIBUTED } from "./resolve-consumer";

export interface AggregateInput {
  joined: readonly JoinedRow[];
  /** Deduplicated connections with their configuration. */
  connections: ReadonlyArray<{ connection: AccessLogConnection; configurationId: string }>;
  start: number;
  end: number;
  /** Seconds. */
  step: number;
  /** Configurations in the subject; rows of no configuration count only when `includeUnassigned`. */
  configurationIds: ReadonlySet<string>;
  includeUnassigned: boolean;
  /** Whether a configuration's connections come from access logs (else from flow records). */
  connectionsFromAccessLogs: (configurationId: string | undefined) => boolean;
  resolve: (c: AccessLogConnection, configurationId: string | undefined) => ConsumerRef;
  /** Tag consumers with their configuration (gateway and endpoint subjects span several). */
  perConfiguration: boolean;
  /** Keep only these consumers (an endpoint subject), by consumer key. */
  consumerFilter?: (ref: ConsumerRef) => boolean;
}

export const emptyTotals = (): TrafficTotals => ({
  bytes: 0,
  bytesToResource: 0,
  bytesFromResource: 0,
  packets: 0,
  connections: 0,
  rejects: 0,
});

/** Adds `from` into `into` and returns it; packets missing on either side count as 0. */
export function addTotals<T extends TrafficTotals>(into: T, from: TrafficTotals): T {
  into.bytes += from.bytes;
  into.bytesToResource += from.bytesToResource;
  into.bytesFromResource += from.bytesFromResource;
  into.packets = (into.packets ?? 0) + (from.packets ?? 0);
  into.connections += from.connections;
  into.rejects += from.rejects;
  if (from.ambiguousBytes !== undefined)
    into.ambiguousBytes = (into.ambiguousBytes ?? 0) + from.ambiguousBytes;
  return into;
}

const SYN = 2;

/** The configuration a candidate connection is of, when the subject holds it. */
function configurationOfRow(
  j: JoinedRow,
  c: AccessLogConnection,
  subject: ReadonlySet<string>,
): string | undefined {
  if (j.configurationId) return j.configurationId;
  const id = c.resourceConfigurationArn.split("/").pop();
  return id && subject.has(id) ? id : undefined;
}

export function aggregateTraffic(input: AggregateInput) {
  const totals = emptyTotals();
  const series = new Map<number, TrafficPoint>();
  const consumers = new Map<string, ConsumerTraffic>();
  const stepMs = input.step * 1000;
  const inWindow = (t: number) => t >= input.start && t < input.end;
  const point = (t: number) => {
    const b = Math.floor(t / stepMs) * stepMs;
    const p = series.get(b) ?? { t: b, ...emptyTotals(), ambiguousBytes: 0 };
    series.set(b, p);
    return p;
  };
  const consumer = (ref: ConsumerRef, configurationId: string | undefined) => {
    const k = input.perConfiguration ? `${ref.key}|${configurationId ?? ""}` : ref.key;
    let c = consumers.get(k);
    if (!c) {
      c = { ...ref, ...emptyTotals() };
      if (input.perConfiguration && configurationId) c.resourceConfigurationId = configurationId;
      consumers.set(k, c);
    }
    return c;
  };
  // Dense: every step of the window has a point, so a quiet minute reads 0, not a gap.
  for (let t = Math.floor(input.start / stepMs) * stepMs; t < input.end; t += stepMs) point(t);
  const counted = (configurationId: string | undefined) =>
    configurationId ? input.configurationIds.has(configurationId) : input.includeUnassigned;

  totals.ambiguousBytes = 0;
  for (const j of input.joined) {
    const t = j.row.start * 1000;
    if (!inWindow(t) || !counted(j.configurationId)) continue;
    if (j.ambiguous) {
      const refs = j.ambiguous.map((c) => input.resolve(c, configurationOfRow(j, c, input.configurationIds)));
      if (input.consumerFilter && !refs.some(input.consumerFilter)) continue;
      for (const x of [totals, point(t)]) {
        if (j.row.action === "ACCEPT") {
          x.bytes += j.row.bytes;
          x.ambiguousBytes = (x.ambiguousBytes ?? 0) + j.row.bytes;
          x.packets = (x.packets ?? 0) + j.row.packets;
          if (j.direction === "toResource") x.bytesToResource += j.row.bytes;
          else x.bytesFromResource += j.row.bytes;
        } else if (j.direction === "toResource") x.rejects += j.row.records;
      }
      continue;
    }
    const ref = j.connection ? input.resolve(j.connection, j.configurationId) : UNATTRIBUTED;
    if (input.consumerFilter && !input.consumerFilter(ref)) continue;
    const targets = [totals, point(t), consumer(ref, j.configurationId)];
    for (const x of targets) {
      if (j.row.action === "ACCEPT") {
        x.bytes += j.row.bytes;
        x.packets = (x.packets ?? 0) + j.row.packets;
        if (j.direction === "toResource") x.bytesToResource += j.row.bytes;
        else x.bytesFromResource += j.row.bytes;
      } else if (j.direction === "toResource") x.rejects += j.row.records;
      if (!input.connectionsFromAccessLogs(j.configurationId) && j.direction === "toResource") {
        // A rejected attempt is a connection attempt too; an accepted one counts once (its SYN).
        const opens =
          j.row.action === "REJECT" || j.row.tcpFlags === undefined || (j.row.tcpFlags & SYN) === SYN;
        if (opens) x.connections += j.row.records;
      }
    }
  }

  for (const { connection, configurationId } of input.connections) {
    if (!inWindow(connection.time) || !input.configurationIds.has(configurationId)) continue;
    if (!input.connectionsFromAccessLogs(configurationId)) continue;
    const ref = input.resolve(connection, configurationId);
    if (input.consumerFilter && !input.consumerFilter(ref)) continue;
    totals.connections += 1;
    point(connection.time).connections += 1;
    consumer(ref, configurationId).connections += 1;
  }

  return {
    totals,
    series: [...series.values()].sort((a, b) => a.t - b.t),
    consumers: [...consumers.values()].sort((a, b) => b.bytes - a.bytes || a.key.localeCompare(b.key)),
  };
}
