/**
 * What a configuration's traffic looks like on its gateway's ENIs: the resource ports, and the
 * resource addresses where the inventory knows them (IP definitions). DNS and ARN targets resolve
 * elsewhere; their addresses are learned from access-log records when those exist. Pure.
 */
import type { Inventory, ResourceConfiguration } from "@/lib/schemas/inventory";

export interface PortRange {
  from: number;
  to: number;
}

/** `["22-30", "443"]` → ranges; malformed entries are dropped (the API never returns them). */
export function parsePortRanges(ranges: readonly string[]): PortRange[] {
  const out: PortRange[] = [];
  for (const r of ranges) {
    const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(r.trim());
    if (!m) continue;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    if (from <= to && to <= 65535) out.push({ from, to });
  }
  return mergeRanges(out);
}

export function mergeRanges(ranges: readonly PortRange[]): PortRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const out: PortRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else out.push({ ...r });
  }
  return out;
}

export function inRanges(port: number | undefined, ranges: readonly PortRange[]): boolean {
  return port !== undefined && ranges.some((r) => port >= r.from && port <= r.to);
}

export interface ResourceTarget {
  configurationId: string;
  arn: string;
  ports: PortRange[];
  /** Addresses known from the definition (IP targets); empty when it is a DNS or ARN target. */
  addresses: string[];
}

/** The configurations that carry traffic (SINGLE and CHILD; GROUP and ARN parents through their children). */
export function resourceTargets(inventory: Inventory, configIds: readonly string[]): ResourceTarget[] {
  const byId = new Map(inventory.resourceConfigurations.map((c) => [c.id, c]));
  const out: ResourceTarget[] = [];
  const seen = new Set<string>();
  const visit = (c: ResourceConfiguration | undefined) => {
    if (!c || seen.has(c.id)) return;
    seen.add(c.id);
    for (const child of c.childIds) visit(byId.get(child));
    const ports = parsePortRanges(c.portRanges);
    // GROUP and ARN parents carry no traffic of their own: their children do.
    if (c.childIds.length > 0) return;
    const addresses = new Set<string>();
    if (c.definition?.kind === "ip") addresses.add(c.definition.ipAddress);
    out.push({ configurationId: c.id, arn: c.arn, ports, addresses: [...addresses] });
  };
  for (const id of configIds) visit(byId.get(id));
  return out;
}
