import { availableEndpointState } from "../endpoint-state";
import { check, type HopContext, makeHop } from "../hop-context";
import type { Hop } from "../path-types";

/** Hop 1: the route exists and what it passes through is in a usable state. */
export function routeHop(ctx: HopContext): Hop {
  const { route, index } = ctx;
  const config = route.config;
  const parent = config.parentId ? index.configurations.get(config.parentId) : undefined;
  const checks = [];
  if (route.endpoint) {
    const ok = availableEndpointState(route.endpoint.state);
    checks.push(
      check(
        "Endpoint state",
        ok ? "pass" : "fail",
        ok
          ? `${route.endpoint.id} is ${route.endpoint.state}.`
          : `${route.endpoint.id} is ${route.endpoint.state}${route.endpoint.failureReason ? ` (${route.endpoint.failureReason})` : ""}: it carries no traffic.`,
      ),
    );
  }
  if (route.vpcAssociation) {
    checks.push(
      check(
        "VPC association",
        "pass",
        `${ctx.consumer.vpcId} is associated with ${route.serviceNetworkId} (${route.vpcAssociation.id}).`,
      ),
    );
  }
  for (const c of [config, ...(parent ? [parent] : [])]) {
    const ok = c.status === "ACTIVE";
    checks.push(
      check(
        `Configuration ${c.name}`,
        ok ? "pass" : "fail",
        ok
          ? `${c.id} is ACTIVE.`
          : `${c.id} is ${c.status}${c.failureReason ? ` (${c.failureReason})` : ""}.`,
      ),
    );
  }
  const fixes = checks.some((c) => c.verdict === "fail")
    ? [
        {
          description:
            "Recreate the failed endpoint or configuration once the reason shown is fixed (the console's event shows the cause).",
        },
      ]
    : [];
  return makeHop(
    1,
    "route",
    checks,
    `A ${route.pattern} route exists and is in a usable state.`,
    {
      pattern: route.pattern,
      entry: route.endpoint?.id ?? route.vpcAssociation?.id ?? "",
      configurationStatus: config.status,
    },
    fixes,
  );
}
