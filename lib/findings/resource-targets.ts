import type { NetworkInterface, ResourceConfiguration } from "@/lib/schemas/inventory";
import type { InventoryIndex } from "./inventory-index";

export interface ResourceTargets {
  /** Addresses the gateway connects to; empty when not known (DNS/ARN target without its ENI). */
  ips: string[];
  /** The target's own ENIs found in `resourceInterfaces`. */
  interfaces: NetworkInterface[];
  how: "ip-definition" | "resource-interface" | "unresolved";
}

/**
 * Where a configuration's traffic goes. IP targets name their address; DNS and ARN targets are matched
 * to discovered resource ENIs by the name in the ENI description (e.g. the RDS identifier), which
 * is all the DTO offers today.
 */
export function resourceTargetsOf(config: ResourceConfiguration, index: InventoryIndex): ResourceTargets {
  // Discovery links IP targets' ENIs on the configuration (`resourceEnis`); older inventories only
  // carry the flat `resourceInterfaces` list. Read both so either shape works.
  const linked = (config as { resourceEnis?: NetworkInterface[] }).resourceEnis ?? [];
  const candidates = [...linked, ...(index.inventory.resourceInterfaces ?? [])];
  const def = config.definition;
  if (def?.kind === "ip") {
    const interfaces = uniqueById(candidates.filter((eni) => eni.privateIpAddresses.includes(def.ipAddress)));
    return { ips: [def.ipAddress], interfaces, how: "ip-definition" };
  }
  const needles = [config.id, config.arn];
  if (def?.kind === "dns") needles.push(def.domainName);
  if (def?.kind === "arn") needles.push(def.arn, def.arn.split(/[:/]/).pop() ?? def.arn);
  const interfaces = uniqueById(linked).concat(
    candidates
      .filter((eni) => !linked.some((l) => l.id === eni.id))
      .filter((eni) => needles.some((n) => n.length > 3 && (eni.description ?? "").includes(n))),
  );
  if (interfaces.length === 0) return { ips: [], interfaces: [], how: "unresolved" };
  return { ips: interfaces.flatMap((e) => e.privateIpAddresses), interfaces, how: "resource-interface" };
}

function uniqueById(enis: NetworkInterface[]): NetworkInterface[] {
  return [...new Map(enis.map((e) => [e.id, e])).values()];
}

/** Configurations the gateway actually connects for: GROUP parents carry no target of their own. */
export function targetConfigurations(index: InventoryIndex): ResourceConfiguration[] {
  return index.inventory.resourceConfigurations.filter((c) => c.type !== "GROUP");
}
