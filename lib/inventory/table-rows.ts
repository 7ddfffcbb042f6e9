import type { FindingSummary } from "@/lib/findings/findings-for-resource";
import type { Inventory, ResourceDefinition } from "@/lib/schemas/inventory";
import { consumersOfConfiguration } from "./consumers-of-configuration";

/** Flat, serialisable rows for the list tables: what the client receives instead of the inventory. */
export interface BaseRow {
  id: string;
  name: string;
  arn: string;
  accountId: string;
  region: string;
  status: string;
  type?: string;
  /** Health findings naming this resource, filled in by the page (see app/_lib/load-findings). */
  findings?: FindingSummary;
  /** `findings.rank`, flat so the Health column sorts like any other. */
  findingRank?: number;
}

export interface GatewayRow extends BaseRow {
  vpcId: string;
  availabilityZones: string;
  enis: number;
  configurations: number;
  /** ENI addresses, space-separated: not a column, but what the search box matches an IP against. */
  ips: string;
}

export interface ConfigurationRow extends BaseRow {
  type: string;
  gatewayId: string;
  gatewayName: string;
  ports: string;
  target: string;
  consumers: number;
}

export interface EndpointRow extends BaseRow {
  type: string;
  vpcId: string;
  availabilityZones: string;
  targetKind: "configuration" | "service-network" | "";
  targetId: string;
  targetName: string;
  ips: string;
}

export interface ServiceNetworkRow extends BaseRow {
  authType: string;
  configurations: number;
  vpcAssociations: number;
  endpointAssociations: number;
}

export function describeTarget(d: ResourceDefinition | undefined): string {
  if (!d) return "";
  if (d.kind === "ip") return d.ipAddress;
  if (d.kind === "dns") return d.domainName;
  return d.arn;
}

export function gatewayRows(inv: Inventory): GatewayRow[] {
  const perGateway = new Map<string, number>();
  for (const c of inv.resourceConfigurations) {
    if (c.gatewayId) perGateway.set(c.gatewayId, (perGateway.get(c.gatewayId) ?? 0) + 1);
  }
  return inv.gateways.map((g) => ({
    id: g.id,
    name: g.name,
    arn: g.arn,
    accountId: g.accountId,
    region: g.region,
    status: g.status,
    vpcId: g.vpcId,
    availabilityZones: g.availabilityZones.join(", "),
    enis: g.enis.length,
    configurations: perGateway.get(g.id) ?? 0,
    ips: g.enis.flatMap((e) => e.privateIpAddresses).join(" "),
  }));
}

export function configurationRows(inv: Inventory): ConfigurationRow[] {
  const gateways = new Map(inv.gateways.map((g) => [g.id, g.name]));
  return inv.resourceConfigurations.map((c) => ({
    id: c.id,
    name: c.name,
    arn: c.arn,
    accountId: c.accountId,
    region: c.region,
    status: c.status,
    type: c.type,
    gatewayId: c.gatewayId ?? "",
    gatewayName: (c.gatewayId && gateways.get(c.gatewayId)) || "",
    ports: c.portRanges.join(", "),
    target: describeTarget(c.definition) || c.customDomainName || "",
    consumers: consumersOfConfiguration(inv, c.id).reduce((n, g) => n + g.consumers.length, 0),
  }));
}

export function endpointRows(inv: Inventory): EndpointRow[] {
  const cfgNames = new Map(inv.resourceConfigurations.map((c) => [c.id, c.name]));
  const snNames = new Map(inv.serviceNetworks.map((s) => [s.id, s.name]));
  return inv.endpoints.map((e) => {
    const targetKind = e.resourceConfigurationId
      ? "configuration"
      : e.serviceNetworkId
        ? "service-network"
        : "";
    const targetId = e.resourceConfigurationId ?? e.serviceNetworkId ?? e.serviceName ?? "";
    return {
      id: e.id,
      name: e.id,
      arn: e.arn,
      accountId: e.accountId,
      region: e.region,
      status: e.state,
      type: e.type,
      vpcId: e.vpcId,
      availabilityZones: e.availabilityZones.join(", "),
      targetKind,
      targetId,
      targetName: cfgNames.get(targetId) ?? snNames.get(targetId) ?? "",
      ips: e.enis.flatMap((n) => n.privateIpAddresses).join(" "),
    };
  });
}

export function serviceNetworkRows(inv: Inventory): ServiceNetworkRow[] {
  const count = (kind: string, id: string) =>
    inv.associations.filter((a) => a.kind === kind && "serviceNetworkId" in a && a.serviceNetworkId === id)
      .length;
  return inv.serviceNetworks.map((s) => {
    const assocStatuses = inv.associations.filter(
      (a) => "serviceNetworkId" in a && a.serviceNetworkId === s.id,
    );
    return {
      id: s.id,
      name: s.name,
      arn: s.arn,
      accountId: s.accountId,
      region: s.region,
      // Service networks have no status of their own; "ACTIVE" keeps the column and filter uniform.
      status: assocStatuses.some((a) => a.status?.endsWith("FAILED")) ? "ASSOCIATION_FAILED" : "ACTIVE",
      authType: s.authType ?? "NONE",
      configurations: count("sn-resource", s.id),
      vpcAssociations: count("sn-vpc", s.id),
      endpointAssociations: count("sn-endpoint", s.id),
    };
  });
}
