import "server-only";
import type { Gateway, ResourceConfiguration } from "@/lib/schemas/inventory";
import type { SourceCoverage, TrafficWarning } from "@/lib/schemas/traffic";
import { type AccessLogCoverage, accessLogCoverage, type LogGroupRef } from "./access-log-coverage";
import { buildAccessLogQuery } from "./build-access-log-query";
import { buildGatewayFlowQuery, splitEniQueries } from "./build-flow-query";
import { coverEnis, groupByFlowLog, scopeKey } from "./flow-coverage";
import { parseFlowLogFormat } from "./flow-log-format";
import { flowLogScopes } from "./flow-log-scope";
import { type FlowRow, insightsTimestamp, toConnection, toGatewayRow } from "./flow-rows";
import { configurationOf, type JoinedRow, joinFlows } from "./join-flows";
import type { AccessLogConnection } from "./parse-access-log";
import { addCost, type BucketCost, queryBuckets, zeroCost } from "./query-buckets";
import {
  LOST_WITHOUT,
  missingRecommendedFields,
  RECOMMENDED_EXTRA_FIELDS,
  RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT,
} from "./recommended-flow-log-format";
import { mergeRanges, type ResourceTarget, resourceTargets } from "./resource-targets";
import { ACCESS_LOG_DELIVERY_DELAY_MS, BUCKET_MS, FLOW_DELIVERY_DELAY_MS } from "./time-buckets";
import type { TrafficContext } from "./traffic-context";
import { warningFrom } from "./traffic-warning";

export interface GatewayTraffic {
  gateway: Gateway;
  targets: ResourceTarget[];
  joined: JoinedRow[];
  connections: Array<{ connection: AccessLogConnection; configurationId: string }>;
  flowSource: SourceCoverage;
  /** Per configuration id (targets and their parents). */
  accessLogs: Map<string, AccessLogCoverage>;
  /** Access-log groups that failed to answer. */
  failedAccessGroups: LogGroupRef[];
  warnings: TrafficWarning[];
  cost: BucketCost;
}

/**
 * Everything the traffic views need about one gateway for a window: its ENIs' flow records to and
 * from the resource ports (one query per log group), its configurations' access-log connections
 * (one query per account × region over the groups that log any of them), joined. Every
 * configuration on the gateway is queried together, so the configuration, gateway and estate
 * views share the same cached buckets, and a flow of a sibling configuration that shares the
 * resource address is recognised as the sibling's rather than left unattributed.
 */
export async function collectGatewayTraffic(
  ctx: TrafficContext,
  gateway: Gateway,
  window: { start: number; end: number },
  options: { accessScope?: "gateway" | "estate" } = {},
): Promise<GatewayTraffic> {
  const inv = ctx.inventory;
  const configs = inv.resourceConfigurations.filter(
    (c) => c.gatewayId === gateway.id || gateway.configurationIds.includes(c.id),
  );
  const targets = resourceTargets(
    inv,
    configs.map((c) => c.id),
  );
  const warnings: TrafficWarning[] = [];
  const cost = zeroCost();

  const [flow, access] = await Promise.all([
    collectFlows(ctx, gateway, targets, window, warnings, cost),
    collectConnections(
      ctx,
      configs,
      // The estate asks each account × region's access-log groups once for every configuration.
      options.accessScope === "estate" ? inv.resourceConfigurations : configs,
      targets,
      window,
      warnings,
      cost,
    ),
  ]);
  const gatewayAddresses = new Set(gateway.enis.flatMap((e) => e.privateIpAddresses));
  const joined = joinFlows({
    rows: flow.rows,
    connections: access.connections.map((c) => c.connection),
    targets,
    gatewayAddresses,
    gatewayEnis: gateway.enis,
  });
  return {
    gateway,
    targets,
    joined,
    connections: access.connections,
    flowSource: flow.source,
    accessLogs: access.coverage,
    failedAccessGroups: access.failed,
    warnings,
    cost,
  };
}

async function collectFlows(
  ctx: TrafficContext,
  gateway: Gateway,
  targets: ResourceTarget[],
  window: { start: number; end: number },
  warnings: TrafficWarning[],
  cost: BucketCost,
): Promise<{ rows: FlowRow[]; source: SourceCoverage }> {
  const covered = coverEnis(gateway.enis, gateway.accountId, gateway.region, ctx.inventory.flowLogs);
  const ports = mergeRanges(targets.flatMap((t) => t.ports));
  const addresses = new Set(gateway.enis.flatMap((e) => e.privateIpAddresses));
  const groups = groupByFlowLog(covered);
  const rows: FlowRow[] = [];
  let skipData = 0;
  let truncated = false;
  let queried = 0;
  let failed = 0;
  const notes: string[] = [];
  await Promise.all(
    [...groups.values()].map(async ({ log, eniIds }) => {
      const clients = ctx.clients(log.accountId, log.region);
      if (!clients) {
        failed += eniIds.length;
        warnings.push({
          source: "gateway-flow-logs",
          accountId: log.accountId,
          region: log.region,
          code: "account_not_configured",
          message: `Flow logs in ${log.logGroupName}: account ${log.accountId} is not configured`,
        });
        return;
      }
      let format: ReturnType<typeof parseFlowLogFormat>;
      try {
        format = parseFlowLogFormat(log.logFormat);
      } catch {
        failed += eniIds.length;
        notes.push(`${log.id} has a log format that cannot be read`);
        return;
      }
      if (format.missing.length || ports.length === 0) {
        failed += eniIds.length;
        notes.push(`${log.id} lacks ${format.missing.join(", ") || "resource ports"}`);
        return;
      }
      // One query per log group for every gateway it covers (see flow-log-scope.ts).
      const scope = flowLogScopes(ctx.inventory).get(scopeKey(log));
      // A long ENI list is split so each query string stays within StartQuery's 10,000 characters.
      const queries = splitEniQueries(scope?.eniIds ?? eniIds, (ids) =>
        buildGatewayFlowQuery({ format, eniIds: ids, ports: scope?.ports ?? ports }),
      ).filter((q) => q.eniIds.some((id) => eniIds.includes(id)));
      try {
        const results = await Promise.all(
          queries.map(({ queryString }) =>
            ctx.once(`flows|${scopeKey(log)}|${queryString}`, () =>
              queryBuckets({
                kind: "gateway-flows",
                accountId: log.accountId,
                region: log.region,
                logs: clients.logs,
                logGroupNames: [log.logGroupName!],
                queryString,
                start: window.start,
                end: window.end,
                now: ctx.now,
                deliveryDelayMs: FLOW_DELIVERY_DELAY_MS(log.maxAggregationInterval ?? 600),
                toRow: toGatewayRow,
                timeOf: (r) => r.start * 1000,
                run: ctx.run,
              }),
            ),
          ),
        );
        for (const { value: result, first } of results) {
          for (const r of result.rows) {
            if ("skipData" in r) {
              const ours = !r.eniId || gateway.enis.some((e) => e.id === r.eniId);
              if (ours && r.start * 1000 >= window.start && r.start * 1000 < window.end)
                skipData += r.records;
            } else if (mine(r, addresses)) rows.push(r);
          }
          if (first) addCost(cost, result.cost);
          if (result.truncated) {
            truncated = true;
            warnings.push({
              source: "gateway-flow-logs",
              accountId: log.accountId,
              region: log.region,
              code: "truncated",
              message: `Flow logs in ${log.logGroupName}: a 10-minute bucket has more rows than one query returns (10,000); some flows are missing`,
            });
          }
        }
        queried += eniIds.length;
        if (results.some((r) => r.value.truncated))
          notes.push(`${log.logGroupName} returned more rows than one query can; some flows are missing`);
      } catch (e) {
        failed += eniIds.length;
        warnings.push(
          warningFrom("gateway-flow-logs", log.accountId, log.region, e, `Flow logs in ${log.logGroupName}`),
        );
      }
    }),
  );
  const uncovered = covered.filter((c) => !c.flowLog).map((c) => c.eni.id);
  const lacking = new Set(
    covered.flatMap((c) => (c.flowLog ? missingRecommendedFields(c.flowLog.logFormat) : [])),
  );
  const missingRecommended = RECOMMENDED_EXTRA_FIELDS.filter((f) => lacking.has(f));
  const total = covered.length;
  if (skipData > 0)
    notes.push(
      `${skipData} SKIPDATA record${skipData === 1 ? "" : "s"}: some flows in those intervals were not logged`,
    );
  const status: SourceCoverage["status"] =
    total === 0 || (queried === 0 && failed === 0)
      ? "missing"
      : queried === 0
        ? "error"
        : queried < total || skipData > 0 || truncated
          ? "partial"
          : "available";
  const detail =
    status === "missing"
      ? total === 0
        ? "The gateway has no ENIs in the inventory"
        : "No flow log covers the gateway's ENIs"
      : [
          `${queried} of ${total} gateway ENIs read from flow logs`,
          ...(uncovered.length ? [`no flow log on ${uncovered.join(", ")}`] : []),
          ...notes,
        ].join("; ");
  return {
    rows,
    source: {
      kind: "gateway-flow-logs",
      status,
      detail,
      logGroups: [...new Set([...groups.values()].map((g) => g.log.logGroupName!))],
      enis: covered.map((c) => c.coverage),
      ...(missingRecommended.length
        ? {
            recommendation: {
              logFormat: RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT,
              missing: missingRecommended.map((field) => ({ field, lost: LOST_WITHOUT[field] })),
            },
          }
        : {}),
    },
  };
}

function mine(row: FlowRow, addresses: ReadonlySet<string>): boolean {
  return addresses.size === 0 || addresses.has(row.srcAddr) || addresses.has(row.dstAddr);
}

async function collectConnections(
  ctx: TrafficContext,
  configs: readonly ResourceConfiguration[],
  /** Whose log groups and ARNs to query: the gateway's configurations, or (estate) every one. */
  scope: readonly ResourceConfiguration[],
  targets: ResourceTarget[],
  window: { start: number; end: number },
  warnings: TrafficWarning[],
  cost: BucketCost,
) {
  const coverage = new Map<string, AccessLogCoverage>();
  for (const c of configs) coverage.set(c.id, accessLogCoverage(ctx.inventory, c));
  const byRegion = new Map<string, LogGroupRef[]>();
  for (const c of scope) {
    for (const g of coverage.get(c.id)?.groups ?? accessLogCoverage(ctx.inventory, c).groups) {
      const k = `${g.accountId}|${g.region}`;
      const list = byRegion.get(k) ?? [];
      if (!list.some((x) => x.name === g.name)) list.push(g);
      byRegion.set(k, list);
    }
  }
  const arns = [...new Set(scope.map((c) => c.arn))].sort();
  const seen = new Map<string, { connection: AccessLogConnection; configurationId: string }>();
  const failed: LogGroupRef[] = [];
  await Promise.all(
    [...byRegion.values()].map(async (groups) => {
      const { accountId, region } = groups[0]!;
      const clients = ctx.clients(accountId, region);
      if (!clients) {
        failed.push(...groups);
        warnings.push({
          source: "access-logs",
          accountId,
          region,
          code: "account_not_configured",
          message: `Access logs in account ${accountId} cannot be read: the account is not configured`,
        });
        return;
      }
      const logGroupNames = groups.map((g) => g.name).sort();
      const queryString = buildAccessLogQuery({ configurationArns: arns });
      try {
        const { value: result, first } = await ctx.once(
          `access|${accountId}|${region}|${logGroupNames.join(",")}|${queryString}`,
          () =>
            queryBuckets({
              kind: "access-logs",
              accountId,
              region,
              logs: clients.logs,
              logGroupNames,
              queryString,
              // A connection opened just before the window still owns the flows inside it.
              start: window.start - BUCKET_MS,
              end: window.end,
              now: ctx.now,
              deliveryDelayMs: ACCESS_LOG_DELIVERY_DELAY_MS,
              toRow: (r) => {
                const connection = toConnection(r);
                return (
                  connection && { connection, at: insightsTimestamp(r["@timestamp"]) ?? connection.time }
                );
              },
              timeOf: (r) => r.at,
              run: ctx.run,
            }),
        );
        if (first) addCost(cost, result.cost);
        if (result.truncated)
          warnings.push({
            source: "access-logs",
            accountId,
            region,
            code: "truncated",
            message: `Access logs in ${logGroupNames.join(", ")}: a 10-minute bucket has more connections than one query returns (10,000); some are missing`,
          });
        for (const { connection } of result.rows) {
          const configurationId = configurationOf(targets, connection.resourceConfigurationArn);
          if (!configurationId) continue;
          // One connection may be logged by the configuration's and a service network's subscription.
          const k = [
            connection.time,
            connection.source?.ip,
            connection.source?.port,
            connection.gateway?.ip,
            connection.gateway?.port,
            connection.resourceConfigurationArn,
          ].join("|");
          if (!seen.has(k)) seen.set(k, { connection, configurationId });
        }
      } catch (e) {
        failed.push(...groups);
        warnings.push(
          warningFrom(
            "access-logs",
            accountId,
            region,
            e,
            `Access logs in ${groups.map((g) => g.name).join(", ")}`,
          ),
        );
      }
    }),
  );
  return { connections: [...seen.values()], coverage, failed };
}
