import type { Endpoint } from "@/lib/schemas/inventory";
import { zoneOverlap, zonesOf } from "../availability-zones";
import type { Finding, FindingResource } from "../finding";
import { ref } from "../finding-resource";
import { gatewayIdOf, type InventoryIndex, indexInventory } from "../inventory-index";
import { makeFinding } from "../make-finding";
import type { Rule } from "../rule";

/** A configuration an endpoint reaches, and through which service network (pattern 2). */
interface Reach {
  configurationId: string;
  networkId?: string;
}

function reachOf(endpoint: Endpoint, index: InventoryIndex): Reach[] {
  if (endpoint.type === "Resource") {
    const direct = endpoint.resourceConfigurationId;
    const associated = index.inventory.associations.flatMap((a) =>
      a.kind === "resource-endpoint" && a.vpcEndpointId === endpoint.id ? [a.resourceConfigurationId] : [],
    );
    return [...new Set([...(direct ? [direct] : []), ...associated])].map((configurationId) => ({
      configurationId,
    }));
  }
  if (endpoint.type === "ServiceNetwork" && endpoint.serviceNetworkId) {
    const networkId = endpoint.serviceNetworkId;
    return (index.snResourceByNetwork.get(networkId) ?? []).map((a) => ({
      configurationId: a.resourceConfigurationId,
      networkId,
    }));
  }
  return [];
}

const fix =
  "Add a subnet in one of the gateway's AZs to the endpoint, or a subnet in the endpoint's AZs to the gateway.";

export const endpointAzOverlap: Rule = {
  id: "endpoint-az-overlap",
  title: "Endpoint and gateway share no AZ",
  description:
    "A VPC endpoint must have at least one AZ in common with the resource gateway of every configuration it reaches; otherwise traffic cannot flow.",
  severity: "critical",
  evaluate({ inventory }) {
    const index = indexInventory(inventory);
    const findings: Finding[] = [];
    for (const endpoint of inventory.endpoints) {
      const endpointZones = zonesOf(endpoint, index);
      // One finding per gateway, listing every configuration behind it that this endpoint reaches.
      const byGateway = new Map<string, { configs: string[]; networks: Set<string> }>();
      const unresolved: Reach[] = [];
      for (const reach of reachOf(endpoint, index)) {
        const config = index.configurations.get(reach.configurationId);
        const gatewayId = config && gatewayIdOf(config, index);
        if (!gatewayId || !index.gateways.has(gatewayId)) {
          unresolved.push(reach);
          continue;
        }
        const entry = byGateway.get(gatewayId) ?? { configs: [], networks: new Set<string>() };
        entry.configs.push(reach.configurationId);
        if (reach.networkId) entry.networks.add(reach.networkId);
        byGateway.set(gatewayId, entry);
      }
      const networkRefs = (ids: Iterable<string>): FindingResource[] =>
        [...ids].flatMap((id) => {
          const sn = index.networks.get(id);
          return sn ? [ref("service-network", sn)] : [];
        });
      for (const [gatewayId, { configs, networks }] of byGateway) {
        const gateway = index.gateways.get(gatewayId)!;
        const gatewayZones = zonesOf(gateway, index);
        const resources = [
          ref("endpoint", endpoint),
          ref("gateway", gateway),
          ...configs.map((id) => ref("configuration", index.configurations.get(id)!)),
          ...networkRefs(networks),
        ];
        const details = {
          endpointAzs: endpointZones.names,
          gatewayAzs: gatewayZones.names,
          endpointAzIds: endpointZones.ids,
          gatewayAzIds: gatewayZones.ids,
          configurations: configs,
        };
        if (endpointZones.names.length === 0 || gatewayZones.names.length === 0) {
          findings.push(
            makeFinding(this, {
              status: "unknown",
              resources,
              summary: `AZs of ${endpointZones.names.length === 0 ? endpoint.id : gatewayId} are not known, so overlap cannot be checked.`,
              details,
              fix: "Check that discovery can describe the subnets of the endpoint and the gateway.",
            }),
          );
          continue;
        }
        const overlap = zoneOverlap(endpointZones, gatewayZones);
        if (overlap.common.length > 0) continue;
        const crossAccountByName = overlap.by === "name" && endpoint.accountId !== gateway.accountId;
        findings.push(
          makeFinding(this, {
            resources,
            summary: `${endpoint.id} is in ${endpointZones.names.join(", ")}; gateway ${gatewayId} only in ${gatewayZones.names.join(", ")}.`,
            details: {
              ...details,
              comparedBy: overlap.by === "id" ? "AZ id" : "AZ name",
              note: crossAccountByName
                ? "Different accounts compared by AZ name: names map to different zones per account, confirm with AZ ids."
                : undefined,
            },
            fix,
          }),
        );
      }
      for (const reach of unresolved) {
        const config = index.configurations.get(reach.configurationId);
        findings.push(
          makeFinding(this, {
            status: "unknown",
            resources: [
              ref("endpoint", endpoint),
              ...(config ? [ref("configuration", config)] : []),
              ...networkRefs(reach.networkId ? [reach.networkId] : []),
            ],
            summary: config
              ? `The gateway of ${config.id} is not in the inventory, so AZ overlap with ${endpoint.id} cannot be checked.`
              : `Configuration ${reach.configurationId} reached by ${endpoint.id} is not in the inventory (owned by an account not discovered?).`,
            details: { configuration: reach.configurationId, endpointAzs: endpointZones.names },
            fix: "Add the provider account to the configuration so its gateway can be discovered.",
            idSuffix: reach.configurationId,
          }),
        );
      }
    }
    return findings;
  },
};
