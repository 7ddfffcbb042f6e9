/**
 * Every way a consumer could reach a configuration: its Resource endpoints for it (or its GROUP),
 * its ServiceNetwork endpoints and VPC associations whose network holds it (or its GROUP).
 * A GROUP or ARN parent is reached through its children, so each child is a target of its own.
 */
import type { InventoryIndex } from "@/lib/findings/inventory-index";
import type { AccessPattern, Association, Endpoint, ResourceConfiguration } from "@/lib/schemas/inventory";
import type { Consumer } from "./resolve-consumer";

type Of<K extends Association["kind"]> = Extract<Association, { kind: K }>;

export interface RouteCandidate {
  pattern: AccessPattern | "none";
  config: ResourceConfiguration;
  endpoint?: Endpoint;
  vpcAssociation?: Of<"sn-vpc">;
  endpointAssociation?: Of<"sn-endpoint">;
  resourceEndpointAssociation?: Of<"resource-endpoint">;
  snResource?: Of<"sn-resource">;
  serviceNetworkId?: string;
}

/** The configurations a target stands for: itself, or the children of a GROUP / ARN parent. */
export function targetConfigurationsOf(
  config: ResourceConfiguration,
  index: InventoryIndex,
): ResourceConfiguration[] {
  if ((config.type === "GROUP" || config.type === "ARN") && config.childIds.length > 0) {
    return config.childIds.flatMap((id) => index.configurations.get(id) ?? []);
  }
  return [config];
}

export function routeCandidates(
  index: InventoryIndex,
  consumer: Consumer,
  config: ResourceConfiguration,
): RouteCandidate[] {
  const inv = index.inventory;
  const reachable = new Set([config.id, ...(config.parentId ? [config.parentId] : [])]);
  const endpoints = consumer.endpoint
    ? [consumer.endpoint]
    : inv.endpoints.filter((e) => e.vpcId === consumer.vpcId);
  const snResourceIn = (networkId: string) =>
    (index.snResourceByNetwork.get(networkId) ?? []).find((a) => reachable.has(a.resourceConfigurationId));
  const out: RouteCandidate[] = [];
  for (const endpoint of endpoints) {
    if (endpoint.type === "Resource") {
      const rea = inv.associations.find(
        (a): a is Of<"resource-endpoint"> =>
          a.kind === "resource-endpoint" &&
          a.vpcEndpointId === endpoint.id &&
          reachable.has(a.resourceConfigurationId),
      );
      if (!rea && !(endpoint.resourceConfigurationId && reachable.has(endpoint.resourceConfigurationId)))
        continue;
      out.push({ pattern: "resource-endpoint", config, endpoint, resourceEndpointAssociation: rea });
    } else if (endpoint.type === "ServiceNetwork" && endpoint.serviceNetworkId) {
      const snResource = snResourceIn(endpoint.serviceNetworkId);
      if (!snResource) continue;
      const endpointAssociation = inv.associations.find(
        (a): a is Of<"sn-endpoint"> => a.kind === "sn-endpoint" && a.vpcEndpointId === endpoint.id,
      );
      out.push({
        pattern: "sn-endpoint",
        config,
        endpoint,
        endpointAssociation,
        snResource,
        serviceNetworkId: endpoint.serviceNetworkId,
      });
    }
  }
  if (consumer.kind === "vpc") {
    for (const a of inv.associations) {
      if (a.kind !== "sn-vpc" || a.vpcId !== consumer.vpcId) continue;
      const snResource = snResourceIn(a.serviceNetworkId);
      if (!snResource) continue;
      out.push({
        pattern: "sn-vpc-association",
        config,
        vpcAssociation: a,
        snResource,
        serviceNetworkId: a.serviceNetworkId,
      });
    }
  }
  return out;
}
