import type { NetworkInterface, ResourceConfiguration } from "@/lib/schemas/inventory";
import type { InventoryIndex } from "./inventory-index";

export interface ResourceTargets {
  /** Addresses the gateway connects to; empty when not known (DNS/ARN target without its ENI). */
  ips: string[];
  /** The target's own ENIs, as discovery linked them to the configuration (`resourceEnis`). */
  interfaces: NetworkInterface[];
  how: "ip-definition" | "resource-interface" | "unresolved";
}

/**
 * Where a configuration's traffic goes: an IP target names its address; a DNS or ARN target is
 * known only through the ENIs discovery linked to the configuration, else it is unresolved.
 */
export function resourceTargetsOf(config: ResourceConfiguration): ResourceTargets {
  const linked = config.resourceEnis ?? [];
  const def = config.definition;
  if (def?.kind === "ip") {
    const interfaces = linked.filter((eni) => eni.privateIpAddresses.includes(def.ipAddress));
    return { ips: [def.ipAddress], interfaces, how: "ip-definition" };
  }
  if (linked.length === 0) return { ips: [], interfaces: [], how: "unresolved" };
  return { ips: linked.flatMap((e) => e.privateIpAddresses), interfaces: linked, how: "resource-interface" };
}

/** Configurations the gateway actually connects for: GROUP parents carry no target of their own. */
export function targetConfigurations(index: InventoryIndex): ResourceConfiguration[] {
  return index.inventory.resourceConfigurations.filter((c) => c.type !== "GROUP");
}
