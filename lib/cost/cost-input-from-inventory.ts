/**
 * Inventory + traffic → the cost model's input. Pure. A configuration is priced where its paths
 * attach: its own Resource endpoints and service-network links. A CHILD reached only through its
 * GROUP parent is priced with the parent (one association shares every child); the traffic
 * engine already counts a child's bytes in its parent's entry.
 */
import { consumersOfConfiguration } from "@/lib/inventory/consumers-of-configuration";
import type { Association, Inventory } from "@/lib/schemas/inventory";
import type { ConsumerTraffic, EstateTraffic } from "@/lib/schemas/traffic";
import type { ConfigurationInput, PathInput } from "./cost-input";
import { patternOf } from "./patterns";

interface Observed {
  /** null when no source covers the configuration. */
  totalBytes: number | null;
  consumers: ConsumerTraffic[];
}

/**
 * The configuration's own entry: the traffic engine already folds a GROUP's (or ARN's) children
 * into it. A child billed on its own (its own endpoints) is taken out, so no byte counts twice.
 */
function observedFor(traffic: EstateTraffic | null, id: string, billedElsewhere: Set<string>): Observed {
  const entry = traffic?.configurations.find((c) => c.id === id);
  if (!entry?.totals) return { totalBytes: null, consumers: [] };
  const elsewhere = (t: ConsumerTraffic) =>
    t.resourceConfigurationId !== undefined &&
    t.resourceConfigurationId !== id &&
    billedElsewhere.has(t.resourceConfigurationId);
  const removed = entry.consumers.filter(elsewhere).reduce((n, t) => n + t.bytes, 0);
  return {
    totalBytes: Math.max(0, entry.totals.bytes - removed),
    consumers: entry.consumers.filter((t) => !elsewhere(t)),
  };
}

function matches(p: PathInput, t: ConsumerTraffic): boolean {
  if (p.endpointId && t.endpointId) return p.endpointId === t.endpointId;
  if (p.associationId && t.associationId) return p.associationId === t.associationId;
  return t.pattern !== "unknown" && patternOf[t.pattern] === p.pattern && !!p.vpcId && p.vpcId === t.vpcId;
}

/** Splits observed bytes onto paths; what no path claims is unattributed (never dropped). */
function attribute(
  paths: PathInput[],
  o: Observed,
): { perPath: Map<string, number | null>; rest: number | null } {
  const perPath = new Map<string, number | null>();
  if (o.totalBytes === null) {
    for (const p of paths) perPath.set(p.key, null);
    return { perPath, rest: null };
  }
  const claimed = new Set<ConsumerTraffic>();
  for (const p of paths) {
    const mine = o.consumers.filter((t) => !claimed.has(t) && matches(p, t));
    for (const t of mine) claimed.add(t);
    perPath.set(
      p.key,
      mine.reduce((n, t) => n + t.bytes, 0),
    );
  }
  const attributed = [...perPath.values()].reduce<number>((n, b) => n + (b ?? 0), 0);
  return { perPath, rest: Math.max(0, o.totalBytes - attributed) };
}

export function costInputFromInventory(
  inv: Inventory,
  soFar: EstateTraffic | null,
  window: EstateTraffic | null,
): ConfigurationInput[] {
  const endpoints = new Map(inv.endpoints.map((e) => [e.id, e]));
  const snLinks = inv.associations.filter(
    (a): a is Extract<Association, { kind: "sn-resource" }> => a.kind === "sn-resource",
  );
  const configsPerNetwork = new Map<string, number>();
  for (const a of snLinks)
    configsPerNetwork.set(a.serviceNetworkId, (configsPerNetwork.get(a.serviceNetworkId) ?? 0) + 1);

  const units = inv.resourceConfigurations
    .map((c) => ({
      c,
      own: consumersOfConfiguration(inv, c.id)
        .flatMap((g) => g.consumers)
        .filter((x) => x.viaConfigurationId === c.id),
      links: snLinks.filter((a) => a.resourceConfigurationId === c.id),
    }))
    .filter((u) => u.own.length > 0 || u.links.length > 0);
  const billed = new Set(units.map((u) => u.c.id));

  const out: ConfigurationInput[] = [];
  for (const { c, own, links } of units) {
    const paths: PathInput[] = own.map((x) => {
      const e = x.endpointId ? endpoints.get(x.endpointId) : undefined;
      const pattern = patternOf[x.pattern];
      const assoc = x.associationId ? inv.associations.find((a) => a.id === x.associationId) : undefined;
      return {
        key: x.endpointId ?? x.associationId ?? `${x.pattern}:${x.vpcId ?? "?"}`,
        pattern,
        accountId: x.accountId,
        vpcId: x.vpcId,
        endpointId: x.endpointId,
        associationId: x.associationId,
        serviceNetworkId: x.serviceNetworkId,
        // The endpoint is what is billed for patterns 1 and 2; pattern 3 bills the VPC association.
        createdAt: e?.createdAt ?? assoc?.createdAt,
        availabilityZones: e?.availabilityZones.length ?? 0,
        sharedBy: x.serviceNetworkId ? (configsPerNetwork.get(x.serviceNetworkId) ?? 1) : 1,
        bytesSoFar: null,
        bytesInWindow: null,
      };
    });
    const s = attribute(paths, observedFor(soFar, c.id, billed));
    const w = attribute(paths, observedFor(window, c.id, billed));
    out.push({
      id: c.id,
      name: c.name,
      region: c.region,
      accountId: c.accountId,
      type: c.type,
      paths: paths.map((p) => ({
        ...p,
        bytesSoFar: s.perPath.get(p.key) ?? null,
        bytesInWindow: w.perPath.get(p.key) ?? null,
      })),
      serviceNetworkLinks: links.map((a) => ({
        id: a.id,
        serviceNetworkId: a.serviceNetworkId,
        createdAt: a.createdAt,
      })),
      unattributedSoFar: s.rest,
      unattributedInWindow: w.rest,
    });
  }
  return out;
}

/** Whether some covered configuration lacks a source on part of its paths (bytes are a lower bound). */
export function trafficIsPartial(traffic: EstateTraffic | null): boolean {
  return !!traffic?.configurations.some((c) =>
    c.sources.some((s) => s.status === "partial" || s.status === "missing"),
  );
}
