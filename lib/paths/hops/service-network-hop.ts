import { associateWithServiceNetwork } from "../cli-commands";
import { describePolicy } from "../endpoint-policy";
import { activeAssociationState } from "../endpoint-state";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import type { HopCheck, PathFix } from "../path-types";

/**
 * Hop 3: the associations that join the consumer to the configuration are active. A service
 * network's auth policy and access settings do not apply to resource configurations (Lattice UG,
 * auth policies and service-network access: fact sheet §0.1 item 10), so they are named, not
 * evaluated. An endpoint policy is shown with what cannot be decided without the caller.
 */
export function serviceNetworkHop(ctx: HopContext) {
  const { route, index } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  const evidence: Record<string, string | string[]> = {};
  const config = route.config;
  if (route.pattern === "resource-endpoint") {
    const rea = route.resourceEndpointAssociation;
    checks.push(
      rea
        ? check(
            "Resource-endpoint association",
            "pass",
            `${rea.id} associates ${route.endpoint?.id} with ${rea.resourceConfigurationId}.`,
          )
        : missing(
            "Resource-endpoint association",
            `No resource-endpoint association for ${route.endpoint?.id} is visible (the endpoint names ${route.endpoint?.resourceConfigurationId ?? "no configuration"}).`,
            {
              what: "the configuration's resource-endpoint associations",
              source: readOf("ListResourceEndpointAssociations", config.accountId, config.region),
            },
          ),
    );
    checks.push(
      check(
        "Service network",
        "pass",
        "None on this route: no service-network policy or access setting is involved.",
      ),
    );
  } else {
    const sn = route.serviceNetworkId ? index.networks.get(route.serviceNetworkId) : undefined;
    const snr = route.snResource;
    if (snr) {
      const ok = activeAssociationState(snr.status);
      checks.push(
        check(
          "Resource association",
          ok ? "pass" : "fail",
          ok
            ? `${snr.id} holds ${snr.resourceConfigurationId} in ${route.serviceNetworkId} (ACTIVE).`
            : `${snr.id} (${snr.resourceConfigurationId} in ${route.serviceNetworkId}) is ${snr.status ?? "in an unknown state"}${snr.failureCode ? ` (${snr.failureCode})` : ""}.`,
        ),
      );
      if (!ok && route.serviceNetworkId) {
        fixes.push({
          description: `Recreate the association of ${snr.resourceConfigurationId} with ${route.serviceNetworkId} once its failure is fixed.`,
          command: associateWithServiceNetwork(
            config.region,
            snr.resourceConfigurationId,
            route.serviceNetworkId,
          ),
        });
      }
    }
    const entry = route.vpcAssociation ?? route.endpointAssociation;
    if (!entry) {
      checks.push(
        missing(
          "Endpoint association",
          `The association of ${route.endpoint?.id} with ${route.serviceNetworkId} is not visible.`,
          {
            what: "the network's endpoint associations",
            source: readOf("ListServiceNetworkVpcEndpointAssociations", sn?.accountId, sn?.region),
          },
        ),
      );
    } else {
      const ok = activeAssociationState(entry.status);
      checks.push(
        check(
          route.vpcAssociation ? "VPC association" : "Endpoint association",
          ok ? "pass" : "fail",
          ok
            ? `${entry.id} is ${entry.status}.`
            : `${entry.id} is ${entry.status ?? "in an unknown state"}: the network carries no traffic for it.`,
        ),
      );
    }
    checks.push(
      check(
        "Auth policy and access settings",
        "pass",
        `Not evaluated: ${sn?.name ?? route.serviceNetworkId}'s auth policy${sn?.authType ? ` (authType ${sn.authType})` : ""} and access settings do not apply to resource configurations.`,
      ),
    );
    evidence.serviceNetwork = route.serviceNetworkId ?? "";
    if (sn?.authType) evidence.authType = sn.authType;
  }
  if (route.endpoint) {
    const policy = describePolicy(route.endpoint.policyDocument);
    evidence.endpointPolicy = policy.summary;
    checks.push(
      policy.decided
        ? check("Endpoint policy", "pass", policy.summary)
        : {
            label: "Endpoint policy",
            verdict: "unknown",
            detail: policy.summary,
            missing: {
              what: "the caller's IAM identity",
              source: "the principal that opens the connection (not in any inventory)",
            },
          },
    );
  }
  return makeHop(3, "service-network", checks, "Every association on the route is active.", evidence, fixes);
}
