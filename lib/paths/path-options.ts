/** The choices of the path-check form, from the inventory. Pure. */
import type { Inventory } from "@/lib/schemas/inventory";

export interface PathOption {
  value: string;
  label: string;
}

/** Consumer VPCs (any with an endpoint or a VPC association), then their endpoints. */
export function consumerOptions(inv: Inventory, onlyFor?: string): PathOption[] {
  const names = new Map(inv.vpcs.map((v) => [v.id, v.name]));
  const configs = new Map(inv.resourceConfigurations.map((c) => [c.id, c.name]));
  const networks = new Map(inv.serviceNetworks.map((n) => [n.id, n.name]));
  const vpcIds = [
    ...new Set([
      ...inv.endpoints.map((e) => e.vpcId),
      ...inv.associations.flatMap((a) => (a.kind === "sn-vpc" ? [a.vpcId] : [])),
    ]),
  ].sort();
  const account = (id: string) =>
    inv.vpcs.find((v) => v.id === id)?.accountId ??
    inv.endpoints.find((e) => e.vpcId === id)?.accountId ??
    "";
  const vpcs = vpcIds.map((id) => ({
    value: id,
    label: `VPC ${names.get(id) ? `${names.get(id)} (${id})` : id} · ${account(id)}`,
  }));
  const endpoints = inv.endpoints
    .filter((e) => !onlyFor || e.resourceConfigurationId === onlyFor || e.serviceNetworkId)
    .map((e) => ({
      value: e.id,
      label: `Endpoint ${e.id} (${e.type} → ${
        e.type === "Resource"
          ? (configs.get(e.resourceConfigurationId ?? "") ?? e.resourceConfigurationId ?? "?")
          : (networks.get(e.serviceNetworkId ?? "") ?? e.serviceNetworkId ?? "?")
      }) in ${names.get(e.vpcId) ?? e.vpcId}`,
    }));
  return [...vpcs, ...endpoints];
}

export function targetOptions(inv: Inventory): PathOption[] {
  return inv.resourceConfigurations.map((c) => ({ value: c.id, label: `${c.name} (${c.type})` }));
}
