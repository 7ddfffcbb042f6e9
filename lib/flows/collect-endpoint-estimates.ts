import "server-only";
import type { Endpoint } from "@/lib/schemas/inventory";
import type { SourceCoverage, TrafficWarning } from "@/lib/schemas/traffic";
import { buildEndpointFlowQuery } from "./build-flow-query";
import { type CoveredEni, coverEnis, groupByFlowLog } from "./flow-coverage";
import { parseFlowLogFormat } from "./flow-log-format";
import { type EndpointRow, toEndpointRow } from "./flow-rows";
import { addCost, type BucketCost, queryBuckets } from "./query-buckets";
import { FLOW_DELIVERY_DELAY_MS } from "./time-buckets";
import type { TrafficContext } from "./traffic-context";
import { warningFrom } from "./traffic-warning";

export interface EndpointEstimates {
  /** Endpoint id → rows (all its ENIs). */
  rows: Map<string, EndpointRow[]>;
  source: SourceCoverage;
}

/**
 * The consumer-side estimate: flow records on the endpoints' ENIs (client ↔ endpoint address),
 * where the consumer account has flow logs and is configured. One query per log group.
 */
export async function collectEndpointEstimates(
  ctx: TrafficContext,
  endpoints: readonly Endpoint[],
  window: { start: number; end: number },
  warnings: TrafficWarning[],
  cost: BucketCost,
): Promise<EndpointEstimates> {
  const covered: Array<CoveredEni & { endpointId: string }> = endpoints.flatMap((e) =>
    coverEnis(e.enis, e.accountId, e.region, ctx.inventory.flowLogs).map((c) => ({ ...c, endpointId: e.id })),
  );
  const groups = groupByFlowLog(covered);
  const endpointOf = new Map(covered.map((c) => [c.eni.id, c.endpointId]));
  const rows = new Map<string, EndpointRow[]>();
  let read = 0;
  await Promise.all(
    [...groups.values()].map(async ({ log, eniIds }) => {
      const clients = ctx.clients(log.accountId, log.region);
      if (!clients) return;
      try {
        const format = parseFlowLogFormat(log.logFormat);
        const result = await queryBuckets({
          kind: "endpoint-flows",
          accountId: log.accountId,
          region: log.region,
          logs: clients.logs,
          logGroupNames: [log.logGroupName!],
          queryString: buildEndpointFlowQuery({ format, eniIds: [...eniIds].sort() }),
          start: window.start,
          end: window.end,
          now: ctx.now,
          deliveryDelayMs: FLOW_DELIVERY_DELAY_MS(log.maxAggregationInterval ?? 600),
          toRow: toEndpointRow,
          timeOf: (r) => r.start * 1000,
          run: ctx.run,
        });
        addCost(cost, result.cost);
        read += eniIds.length;
        for (const r of result.rows) {
          const id = endpointOf.get(r.eniId);
          if (!id) continue;
          const list = rows.get(id) ?? [];
          list.push(r);
          rows.set(id, list);
        }
      } catch (e) {
        warnings.push(
          warningFrom(
            "endpoint-flow-logs",
            log.accountId,
            log.region,
            e,
            `Endpoint flow logs in ${log.logGroupName}`,
          ),
        );
      }
    }),
  );
  const total = covered.length;
  const status: SourceCoverage["status"] =
    total === 0 || groups.size === 0
      ? "missing"
      : read === 0
        ? "error"
        : read < total
          ? "partial"
          : "available";
  return {
    rows,
    source: {
      kind: "endpoint-flow-logs",
      status,
      detail:
        total === 0
          ? "No consumer endpoints"
          : status === "missing"
            ? "No flow log covers the consumer endpoints' ENIs (or their accounts are not configured)"
            : `${read} of ${total} endpoint ENIs read from flow logs (a second, consumer-side estimate)`,
      logGroups: [...new Set([...groups.values()].map((g) => g.log.logGroupName!))],
      enis: covered.map((c) => c.coverage),
    },
  };
}

/** Bytes and REJECT records of an endpoint's rows within the window. */
export function endpointTotals(rows: readonly EndpointRow[] | undefined, start: number, end: number) {
  const { bytes, rejects } = endpointDetail(rows, new Set(), start, end);
  return { bytes, rejects };
}

/**
 * The estimate in full: bytes by direction (towards an endpoint address = towards the resource)
 * and records towards the endpoint as connection attempts (the default format has no TCP flags).
 */
export function endpointDetail(
  rows: readonly EndpointRow[] | undefined,
  endpointAddresses: ReadonlySet<string>,
  start: number,
  end: number,
) {
  const t = { bytes: 0, bytesToResource: 0, bytesFromResource: 0, packets: 0, connections: 0, rejects: 0 };
  for (const r of rows ?? []) {
    const at = r.start * 1000;
    if (at < start || at >= end) continue;
    const toResource = r.dstAddr !== undefined && endpointAddresses.has(r.dstAddr);
    if (toResource) t.connections += r.records;
    if (r.action === "REJECT") {
      t.rejects += r.records;
      continue;
    }
    t.bytes += r.bytes;
    t.packets += r.packets;
    if (toResource) t.bytesToResource += r.bytes;
    else t.bytesFromResource += r.bytes;
  }
  return t;
}

/** The estimate as a dense series of `step` seconds. */
export function endpointSeries(
  rows: readonly EndpointRow[] | undefined,
  endpointAddresses: ReadonlySet<string>,
  start: number,
  end: number,
  step: number,
) {
  const stepMs = step * 1000;
  const out = [];
  for (let t = Math.floor(start / stepMs) * stepMs; t < end; t += stepMs)
    out.push({
      t,
      ...endpointDetail(rows, endpointAddresses, Math.max(t, start), Math.min(t + stepMs, end)),
    });
  return out;
}
