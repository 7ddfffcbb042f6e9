import type { ResourceConfiguration, ServiceNetwork } from "@/lib/schemas/inventory";
import type { Finding } from "../finding";
import { ref } from "../finding-resource";
import { type InventoryIndex, indexInventory, warningsFor } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** The configuration and its parent group: a subscription on either logs the connections. */
function lineage(config: ResourceConfiguration, index: InventoryIndex): ResourceConfiguration[] {
  const parent = config.parentId ? index.configurations.get(config.parentId) : undefined;
  return parent ? [config, parent] : [config];
}

/** A network subscription of type RESOURCE; an inventory without types counts every one (as before). */
function logsResources(n: ServiceNetwork): boolean {
  return n.accessLogSubscriptions
    ? n.accessLogSubscriptions.some((s) => s.serviceNetworkLogType === "RESOURCE")
    : n.accessLogDestinations.length > 0;
}

export const accessLogCoverage: Rule = {
  id: "access-log-coverage",
  title: "No resource access logs",
  description:
    "Resource access logs (a subscription on the configuration or on a service network it is associated with) are the only source that says which consumer connected.",
  severity: "info",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const config of inventory.resourceConfigurations) {
      // A GROUP's connections are its children's; judge the children.
      if (config.type === "GROUP") continue;
      const configs = lineage(config, index);
      if (configs.some((c) => c.accessLogDestinations.length > 0)) continue;
      const networkIds = [
        ...new Set(
          configs.flatMap((c) =>
            (index.snResourceByConfiguration.get(c.id) ?? []).map((a) => a.serviceNetworkId),
          ),
        ),
      ];
      const networks = networkIds.flatMap((id) => index.networks.get(id) ?? []);
      if (networks.some(logsResources)) continue;
      // SERVICE-type subscriptions log service requests, never resource connections (aws-facts §0.1.2).
      const serviceOnly = networks.filter((n) => n.accessLogDestinations.length > 0);
      const invisible = networkIds.filter((id) => !index.networks.has(id));
      const failedReads = warningsFor(index, config.accountId, config.region, /AccessLogSubscriptions/i);
      const unknown = invisible.length > 0 || failedReads.length > 0;
      findings.push(
        makeFinding(this, {
          status: unknown ? "unknown" : "failing",
          resources: [ref("configuration", config), ...networks.map((n) => ref("service-network", n))],
          summary: unknown
            ? failedReads.length > 0
              ? `Access-log subscriptions in ${config.accountId} ${config.region} could not be listed.`
              : `${config.name} has no access logs; networks ${invisible.join(", ")} could not be read.`
            : serviceOnly.length > 0
              ? `${config.name} has no resource access logs: ${serviceOnly.map((n) => n.name).join(", ")} has service access logs only (type SERVICE), which carry no resource connections.`
              : `Neither ${config.name} nor ${networks.length === 0 ? "any service network" : networks.map((n) => n.name).join(", ")} has an access-log subscription.`,
          details: {
            configurationsChecked: configs.map((c) => c.id),
            serviceNetworksChecked: networks.map((n) => n.id),
            serviceNetworksNotVisible: invisible.length > 0 ? invisible : undefined,
          },
          fix:
            serviceOnly.length > 0
              ? `aws vpc-lattice create-access-log-subscription --resource-identifier ${serviceOnly[0]!.id} --destination-arn <log group ARN> --service-network-log-type RESOURCE (or a subscription on ${config.parentId ?? config.id}).`
              : `Add an access-log subscription on ${config.parentId ?? config.id} (or its service network) to CloudWatch Logs.`,
        }),
      );
    }
    return findings;
  },
};
