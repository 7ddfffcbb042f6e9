/**
 * Network Flow Monitor (REST-JSON, signing name `networkflowmonitor`): ListMonitors and GetMonitor.
 * `createdAt`/`modifiedAt` are epoch seconds on the wire: their shape has no timestampFormat
 * trait, and restJson1's default for a body timestamp is epoch-seconds.
 */
import { InvalidTokenError, paginate } from "../../protocols/pagination";
import type { RestRoute } from "../../protocols/rest-json";
import { type CallContext, SimError } from "../../protocols/types";
import type { NetworkFlowMonitor } from "../../scenario/schema";

const validation = (message: string) => new SimError("ValidationException", 400, message);
const STATUSES = ["PENDING", "ACTIVE", "INACTIVE", "ERROR", "DELETING"];

export function monitorArn(m: NetworkFlowMonitor): string {
  return `arn:aws:networkflowmonitor:${m.region}:${m.account}:monitor/${m.name}`;
}

const visible = (ctx: CallContext) =>
  ctx.state.scenario.networkFlowMonitors
    .filter((m) => m.account === ctx.account && m.region === ctx.region)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export const monitorRoutes: RestRoute[] = [
  {
    method: "GET",
    path: "/monitors",
    operation: "ListMonitors",
    handler(ctx, { query }) {
      const max = query.get("maxResults") === null ? 25 : Number(query.get("maxResults"));
      if (!Number.isInteger(max) || max < 1 || max > 25)
        throw validation("maxResults must be between 1 and 25.");
      const status = query.get("monitorStatus") ?? undefined;
      if (status !== undefined && !STATUSES.includes(status))
        throw validation(`monitorStatus must be one of ${STATUSES.join(", ")}.`);
      const monitors = visible(ctx).filter((m) => status === undefined || m.status === status);
      try {
        const page = paginate("ListMonitors", monitors, max, query.get("nextToken") ?? undefined);
        return {
          monitors: page.items.map((m) => ({
            monitorArn: monitorArn(m),
            monitorName: m.name,
            monitorStatus: m.status,
          })),
          nextToken: page.nextToken,
        };
      } catch (e) {
        if (e instanceof InvalidTokenError) throw validation("The nextToken is invalid.");
        throw e;
      }
    },
  },
  {
    method: "GET",
    path: "/monitors/{monitorName}",
    operation: "GetMonitor",
    handler(ctx, { params }) {
      const m = visible(ctx).find((x) => x.name === params.monitorName);
      if (!m)
        throw new SimError("ResourceNotFoundException", 404, `Monitor ${params.monitorName} does not exist.`);
      return {
        monitorArn: monitorArn(m),
        monitorName: m.name,
        monitorStatus: m.status,
        localResources: m.localResources,
        remoteResources: m.remoteResources,
        createdAt: Date.parse(m.createdAt) / 1000,
        modifiedAt: Date.parse(m.modifiedAt ?? m.createdAt) / 1000,
        tags: m.tags,
      };
    },
  },
];
