/**
 * The path check, pure: from an inventory (and optionally traffic), why a consumer can or cannot
 * reach a configuration, route by route and hop by hop, with evidence and fixes.
 */
import { gatewayIdOf, indexInventory } from "@/lib/findings/inventory-index";
import type { Inventory } from "@/lib/schemas/inventory";
import { createResourceEndpoint } from "./cli-commands";
import { check, hopContext, makeHop, type TrafficByConfiguration } from "./hop-context";
import { endpointHop } from "./hops/endpoint-hop";
import { gatewayHop } from "./hops/gateway-hop";
import { networkAclHop } from "./hops/network-acl-hop";
import { resourceSgHop } from "./hops/resource-sg-hop";
import { routeHop } from "./hops/route-hop";
import { routeToTargetHop } from "./hops/route-to-target-hop";
import { serviceNetworkHop } from "./hops/service-network-hop";
import { trafficHop } from "./hops/traffic-hop";
import type { Hop, PathAnswer, PathFix, PathRoute, PathVerdict } from "./path-types";
import { type Consumer, resolveConsumer } from "./resolve-consumer";
import { resolveTarget, type Target } from "./resolve-target";
import { type RouteCandidate, routeCandidates, targetConfigurationsOf } from "./route-candidates";

export interface CheckPathInput {
  consumer: string;
  target: string;
  window?: { from: string; to: string };
  traffic?: TrafficByConfiguration;
}

const patternLabel = {
  "resource-endpoint": "Resource endpoint",
  "sn-endpoint": "service-network endpoint",
  "sn-vpc-association": "VPC association",
} as const;

function routeLabel(route: RouteCandidate, index: ReturnType<typeof indexInventory>): string {
  const sn = route.serviceNetworkId ? index.networks.get(route.serviceNetworkId) : undefined;
  const entry = route.endpoint?.id ?? route.vpcAssociation?.id ?? "";
  const pattern = route.pattern === "none" ? "no route" : patternLabel[route.pattern];
  return `${entry} (${pattern}${sn ? ` to ${sn.name}` : ""}) → ${route.config.name}`;
}

/** Blocked at the first failing hop; else unknown at the first unknown hop before traffic; else reachable. */
function verdictOf(hops: Hop[]): Pick<PathRoute, "verdict" | "at"> {
  const failing = hops.find((h) => h.verdict === "fail");
  if (failing)
    return { verdict: "blocked", at: { index: failing.index, kind: failing.kind, reason: failing.summary } };
  const unknown = hops.find((h) => h.verdict === "unknown" && h.kind !== "traffic");
  if (unknown)
    return { verdict: "unknown", at: { index: unknown.index, kind: unknown.kind, reason: unknown.summary } };
  return { verdict: "reachable" };
}

function evaluateRoute(
  index: ReturnType<typeof indexInventory>,
  consumer: Consumer,
  target: Target,
  route: RouteCandidate,
  traffic?: TrafficByConfiguration,
): PathRoute {
  const ctx = hopContext(index, consumer, target, route, traffic);
  const hops = [
    routeHop,
    endpointHop,
    serviceNetworkHop,
    gatewayHop,
    networkAclHop,
    routeToTargetHop,
    resourceSgHop,
    trafficHop,
  ].map((h) => h(ctx));
  const entryId = route.endpoint?.id ?? route.vpcAssociation?.id;
  return {
    id: `${route.pattern}:${entryId}:${route.config.id}`,
    pattern: route.pattern,
    label: routeLabel(route, index),
    entryId,
    serviceNetworkId: route.serviceNetworkId,
    configurationId: route.config.id,
    ...verdictOf(hops),
    hops,
  };
}

function noRoute(
  index: ReturnType<typeof indexInventory>,
  consumer: Consumer,
  config: RouteCandidate["config"],
): PathRoute {
  const gatewayId = gatewayIdOf(config, index);
  const gateway = gatewayId ? index.gateways.get(gatewayId) : undefined;
  const region = consumer.vpc?.region ?? consumer.endpoint?.region ?? config.region;
  const zones = new Set(gateway?.availabilityZones ?? []);
  const subnets = index.inventory.subnets.filter(
    (s) => s.vpcId === consumer.vpcId && (zones.size === 0 || zones.has(s.availabilityZone)),
  );
  const arn = config.parentId ? (index.configurations.get(config.parentId)?.arn ?? config.arn) : config.arn;
  const fixes: PathFix[] = [
    {
      description: `Create a Resource endpoint for ${config.parentId ?? config.id} in ${consumer.vpcId}${config.accountId !== consumer.accountId ? ` (the configuration must be shared with ${consumer.accountId ?? "the consumer's account"} through AWS RAM)` : ""}, or associate ${consumer.vpcId} with a service network that holds it.`,
      command:
        consumer.kind === "vpc"
          ? createResourceEndpoint(
              region,
              consumer.vpcId,
              arn,
              [...new Set(subnets.map((s) => s.id))].slice(0, 3),
            )
          : undefined,
    },
  ];
  const what = consumer.endpoint
    ? `${consumer.endpoint.id} does not reach ${config.id}`
    : `No endpoint or VPC association of ${consumer.vpcId} reaches ${config.id}`;
  const hop = makeHop(
    1,
    "route",
    [check("Route", "fail", `${what} (nor its group).`)],
    "",
    { consumer: consumer.input, configuration: config.id },
    fixes,
  );
  return {
    id: `none:${consumer.input}:${config.id}`,
    pattern: "none",
    label: `no route → ${config.name}`,
    configurationId: config.id,
    verdict: "blocked",
    at: { index: 1, kind: "route", reason: hop.summary },
    hops: [hop],
  };
}

const rank: Record<PathVerdict, number> = { reachable: 0, unknown: 1, blocked: 2 };

function headline(best: PathRoute, children: number): string {
  if (best.verdict === "reachable")
    return children > 1
      ? `Reachable: every member of the group has a reachable route (e.g. ${best.label}).`
      : `Reachable via ${best.label}.`;
  if (best.verdict === "blocked")
    return `Blocked at hop ${best.at?.index} (${best.at?.reason.replace(/\.$/, "")}).`;
  const hop = best.hops.find((h) => h.index === best.at?.index);
  const what = hop?.checks.find((c) => c.missing)?.missing;
  return `Cannot tell (${(what ? `${what.what}: ${what.source}` : (best.at?.reason ?? "")).replace(/\.$/, "")}).`;
}

export function checkPath(inventory: Inventory, input: CheckPathInput): PathAnswer {
  const index = indexInventory(inventory);
  const consumer = resolveConsumer(index, input.consumer);
  const target = resolveTarget(index, input.target);
  const routes: PathRoute[] = [];
  // A GROUP (or ARN parent) is reached child by child: each child's best route counts, and the
  // group is only as reachable as its least reachable child.
  const perChild: PathRoute[] = [];
  for (const config of targetConfigurationsOf(target.config, index)) {
    const candidates = routeCandidates(index, consumer, config);
    const mine =
      candidates.length === 0
        ? [noRoute(index, consumer, config)]
        : candidates.map((c) => evaluateRoute(index, consumer, target, c, input.traffic));
    routes.push(...mine);
    perChild.push([...mine].sort((a, b) => rank[a.verdict] - rank[b.verdict])[0]!);
  }
  const best = [...perChild].sort((a, b) => rank[b.verdict] - rank[a.verdict])[0]!;
  const seen = new Set<string>();
  const fixes = routes
    .filter((r) => r.verdict !== "reachable")
    .flatMap((r) => r.hops.flatMap((h) => h.fixes))
    .filter((f) => {
      const key = f.command ?? f.description;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const warnings = inventory.warnings
    .filter((w) =>
      /NetworkAcls|RouteTables|SecurityGroups|NetworkInterfaces|VpcAssociation/.test(w.operation),
    )
    .map((w) => `${w.operation} failed in ${w.accountId ?? "?"} / ${w.region ?? "?"}: ${w.message}`);
  return {
    consumer: {
      input: consumer.input,
      kind: consumer.kind,
      id: consumer.endpoint?.id ?? consumer.vpcId,
      vpcId: consumer.vpcId,
      accountId: consumer.accountId,
      label: consumer.label,
    },
    target: {
      input: target.input,
      configurationId: target.config.id,
      name: target.config.name,
      resolvedBy: target.resolvedBy,
    },
    verdict: best.verdict,
    headline: `${perChild.length > 1 && best.verdict !== "reachable" ? `${index.configurations.get(best.configurationId)?.name ?? best.configurationId}: ` : ""}${headline(best, perChild.length)}`,
    at: best.at,
    routes,
    fixes,
    window: input.window ?? { from: "now-24h", to: "now" },
    warnings,
  };
}
