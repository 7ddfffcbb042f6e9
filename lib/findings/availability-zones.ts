import type { NetworkInterface } from "@/lib/schemas/inventory";
import type { InventoryIndex } from "./inventory-index";

export interface Zones {
  names: string[];
  /** AZ ids (use1-az1); undefined unless known for every subnet/ENI. */
  ids?: string[];
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort();
}

/**
 * Zones of something placed in subnets with ENIs. AZ ids are collected because AZ names are mapped
 * per account: us-east-1a in the consumer's account need not be us-east-1a in the provider's.
 */
export function zonesOf(
  item: { availabilityZones: string[]; subnetIds: string[]; enis: NetworkInterface[] },
  index: InventoryIndex,
): Zones {
  const subnets = item.subnetIds.map((id) => index.subnets.get(id));
  const names = uniqueSorted([
    ...item.availabilityZones,
    ...item.enis.map((e) => e.availabilityZone),
    ...subnets.flatMap((s) => (s ? [s.availabilityZone] : [])),
  ]).filter(Boolean);
  const idSources = [
    ...item.enis.map((e) => e.availabilityZoneId),
    ...subnets.map((s) => s?.availabilityZoneId),
  ];
  const ids =
    idSources.length > 0 && idSources.every((id) => id !== undefined)
      ? uniqueSorted(idSources as string[])
      : undefined;
  return { names, ids };
}

/** Overlap by AZ id when both sides know them, else by name (said in the result). */
export function zoneOverlap(a: Zones, b: Zones): { by: "id" | "name"; common: string[] } {
  if (a.ids && b.ids) return { by: "id", common: a.ids.filter((z) => b.ids?.includes(z)) };
  return { by: "name", common: a.names.filter((z) => b.names.includes(z)) };
}
