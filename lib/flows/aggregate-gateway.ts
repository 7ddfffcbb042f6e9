/**
 * One gateway's joined traffic → the aggregate for a subject on it, and the access-log badge for
 * those configurations. Pure (over what collectGatewayTraffic gathered).
 */
import type { Inventory } from "@/lib/schemas/inventory";
import type { SourceCoverage } from "@/lib/schemas/traffic";
import { sameGroup } from "./access-log-coverage";
import { accessLogSource } from "./access-log-source";
import { aggregateTraffic } from "./aggregate-traffic";
import type { GatewayTraffic } from "./collect-gateway-traffic";
import { type ConsumerRef, resolveConsumer } from "./resolve-consumer";

/** A configuration's connections come from its access logs when at least one of its groups answered. */
export function hasAccessLogs(g: GatewayTraffic, configurationId: string | undefined): boolean {
  const cov = configurationId ? g.accessLogs.get(configurationId) : undefined;
  return !!cov?.groups.some((grp) => !g.failedAccessGroups.some((f) => sameGroup(f, grp)));
}

export function accessSourceFor(g: GatewayTraffic, configurationIds: Iterable<string>): SourceCoverage {
  const coverages = [...configurationIds].flatMap((id) => {
    const c = g.accessLogs.get(id);
    return c ? [c] : [];
  });
  return accessLogSource(coverages, g.failedAccessGroups);
}

export function aggregateGateway(
  inventory: Inventory,
  g: GatewayTraffic,
  window: { start: number; end: number; step: number },
  subject: {
    configurationIds: ReadonlySet<string>;
    includeUnassigned: boolean;
    perConfiguration: boolean;
    consumerFilter?: (ref: ConsumerRef) => boolean;
  },
) {
  return aggregateTraffic({
    joined: g.joined,
    connections: g.connections,
    start: window.start,
    end: window.end,
    step: window.step,
    ...subject,
    connectionsFromAccessLogs: (id) => hasAccessLogs(g, id),
    resolve: (c, cfg) => resolveConsumer(inventory, c, cfg),
  });
}

/** Whether the gateway's flow logs were read at all. */
export function hasFlows(g: GatewayTraffic): boolean {
  return g.flowSource.status === "available" || g.flowSource.status === "partial";
}
