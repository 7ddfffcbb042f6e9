import type { Association } from "@/lib/schemas/inventory";
import type { Finding, FindingResource } from "../finding";
import { ref } from "../finding-resource";
import { indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** "reason." → "reason", so it can end a sentence of ours. */
const reason = (text: string | undefined) => (text ? `: ${text.replace(/\.+$/, "")}` : "");
const isFailed = (status: string | undefined) => /_FAILED$/i.test(status ?? "");
const endpointFailed = (state: string) => ["failed", "rejected"].includes(state.toLowerCase());

function associationResources(
  a: Association,
  byKind: (kind: FindingResource["kind"], id: string) => FindingResource[],
) {
  switch (a.kind) {
    case "resource-endpoint":
      return [...byKind("configuration", a.resourceConfigurationId), ...byKind("endpoint", a.vpcEndpointId)];
    case "sn-resource":
      return [
        ...byKind("service-network", a.serviceNetworkId),
        ...byKind("configuration", a.resourceConfigurationId),
      ];
    case "sn-endpoint":
      return [...byKind("service-network", a.serviceNetworkId), ...byKind("endpoint", a.vpcEndpointId)];
    default:
      return byKind("service-network", a.serviceNetworkId);
  }
}

const associationFix: Record<Association["kind"], string> = {
  "resource-endpoint":
    "Recreate the resource endpoint after checking the configuration is shared with its account and ACTIVE.",
  "sn-resource":
    "Delete and recreate the association after checking the configuration allows shareable service networks.",
  "sn-vpc": "Recreate the VPC association after checking the VPC's security groups and quotas.",
  "sn-endpoint":
    "Recreate the service-network endpoint after checking the network is shared with its account.",
  "sn-service": "Recreate the service association after checking the service is ACTIVE.",
};

export const failedStates: Rule = {
  id: "failed-states",
  title: "Failed resource or association",
  description:
    "Configurations, gateways, associations and endpoints in a failed or rejected state carry no traffic.",
  severity: "critical",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    const byKind = (kind: FindingResource["kind"], id: string): FindingResource[] => {
      const item =
        kind === "configuration"
          ? index.configurations.get(id)
          : kind === "gateway"
            ? index.gateways.get(id)
            : kind === "endpoint"
              ? index.endpoints.get(id)
              : kind === "service-network"
                ? index.networks.get(id)
                : undefined;
      return item ? [ref(kind, item)] : [];
    };
    for (const config of inventory.resourceConfigurations.filter((c) => isFailed(c.status))) {
      findings.push(
        makeFinding(this, {
          resources: [
            ref("configuration", config),
            ...(config.gatewayId ? byKind("gateway", config.gatewayId) : []),
          ],
          summary: `${config.name} is ${config.status}${reason(config.failureReason)}.`,
          details: {
            status: config.status,
            failureReason: config.failureReason ?? "(none given)",
            type: config.type,
          },
          fix: "Fix the cause in the failure reason, then delete and recreate the resource configuration.",
        }),
      );
    }
    for (const gateway of inventory.gateways.filter((g) => isFailed(g.status))) {
      findings.push(
        makeFinding(this, {
          resources: [ref("gateway", gateway)],
          summary: `Resource gateway ${gateway.name} is ${gateway.status}.`,
          details: { status: gateway.status, subnets: gateway.subnetIds },
          fix: "Check the gateway's subnets (not shared, free addresses) and recreate it.",
        }),
      );
    }
    for (const a of inventory.associations.filter((x) => isFailed(x.status))) {
      findings.push(
        makeFinding(this, {
          resources: [...associationResources(a, byKind), ref("association", a)],
          summary: `${a.kind} association ${a.id} is ${a.status}${a.kind === "sn-resource" && a.failureCode ? ` (${a.failureCode})` : ""}.`,
          details: {
            kind: a.kind,
            status: a.status ?? "",
            failureCode: a.kind === "sn-resource" ? a.failureCode : undefined,
          },
          fix: associationFix[a.kind],
        }),
      );
    }
    for (const endpoint of inventory.endpoints.filter((e) => endpointFailed(e.state))) {
      findings.push(
        makeFinding(this, {
          resources: [ref("endpoint", endpoint)],
          summary: `Endpoint ${endpoint.id} is ${endpoint.state}${reason(endpoint.failureReason)}.`,
          details: {
            state: endpoint.state,
            type: endpoint.type,
            failureReason: endpoint.failureReason ?? "(none given)",
            target: endpoint.resourceConfigurationId ?? endpoint.serviceNetworkId ?? endpoint.serviceName,
          },
          fix:
            endpoint.state.toLowerCase() === "rejected"
              ? "Ask the provider to share the configuration or network with this account (AWS RAM) and recreate the endpoint."
              : "Check the failure reason (subnet addresses, quotas) and recreate the endpoint.",
        }),
      );
    }
    // A region whose Lattice or EC2 listing failed may hide failed resources: say so.
    const seen = new Set<string>();
    for (const w of inventory.warnings.filter(
      (x) => /lattice|ec2/i.test(x.service) && x.accountId && x.region,
    )) {
      const key = `${w.accountId}/${w.region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(
        makeFinding(this, {
          status: "unknown",
          resources: [{ kind: "account", id: w.accountId!, accountId: w.accountId!, region: w.region! }],
          summary: `States in ${w.accountId} ${w.region} are incomplete: ${w.service} ${w.operation} failed (${w.code}).`,
          details: { service: w.service, operation: w.operation, code: w.code, message: w.message },
          fix: "Fix discovery's access to this account and region, then refresh.",
          idSuffix: w.region,
        }),
      );
    }
    return findings;
  },
};
