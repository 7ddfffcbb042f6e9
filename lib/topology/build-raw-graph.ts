/**
 * The full resource-access graph of an inventory, before traffic, folding and layout. Pure.
 * Layers left → right: VPC → entry (endpoint or service-network VPC association) → service network
 * → configuration (a GROUP/ARN parent holds its children) → gateway (ENIs when expanded) → target.
 * Every node sits in its account × region frame.
 */
import { indexInventory } from "@/lib/inventory/inventory-index";
import type { Inventory, ResourceConfiguration } from "@/lib/schemas/inventory";
import { type GraphEdge, type GraphNode, newEdge, type RawGraph } from "./graph-parts";
import type { NodeHealth } from "./topology-types";

export interface RawGraphOptions {
  /** Resource id → worst finding severity (or "unknown" when only unknowns). */
  health: (resourceId: string) => NodeHealth;
  /** Gateways whose per-AZ ENIs are shown (`expand=enis:<gateway id>`). */
  expandedEnis?: ReadonlySet<string>;
}

export const frameId = (accountId: string, region: string) => `frame:${accountId}:${region}`;
const worst: NodeHealth[] = ["critical", "warning", "unknown", "info", "ok"];

export function worstHealth(list: NodeHealth[]): NodeHealth {
  return worst.find((h) => list.includes(h)) ?? "ok";
}

function targetLabel(c: ResourceConfiguration): string | undefined {
  const d = c.definition;
  if (!d) return undefined;
  if (d.kind === "ip") return d.ipAddress;
  if (d.kind === "dns") return d.domainName;
  // An ARN is long; its resource part names the target (db cluster, …).
  return d.arn.split(":").slice(5).join(":") || d.arn;
}

export function buildRawGraph(inv: Inventory, opts: RawGraphOptions): RawGraph {
  const index = indexInventory(inv);
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const aggregates = new Map<string, GraphNode>();
  const accountName = new Map(inv.accounts.map((a) => [a.accountId, a.name ?? a.accountId]));
  const nameOf = (acct: string) => accountName.get(acct) ?? acct;

  const add = (n: GraphNode) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    return n.id;
  };
  const link = (source: string, target: string) => {
    const e = newEdge(source, target);
    if (!edges.has(e.id)) edges.set(e.id, e);
  };
  const frame = (accountId: string, region: string) =>
    add({
      id: frameId(accountId, region),
      kind: "account-region",
      label: `${nameOf(accountId)} · ${region}`,
      accountId,
      region,
      health: "ok",
      isGroup: true,
      details: { account: accountId, region },
    });

  // Provider side. Homes decide which aggregate a configuration folds into: its first service
  // network (sorted, so the choice is stable), else its gateway.
  const snIdsOf = (id: string) =>
    [...new Set((index.snResourceAssocsByConfig.get(id) ?? []).map((a) => a.serviceNetworkId))].sort();
  const homeOf = (c: ResourceConfiguration): { key: string; label: string } => {
    const root = c.parentId ? (index.configById.get(c.parentId) ?? c) : c;
    const sn = snIdsOf(root.id)[0];
    if (sn) {
      const net = inv.serviceNetworks.find((s) => s.id === sn);
      return { key: `sn:${sn}`, label: `via ${net?.name ?? sn}` };
    }
    // Resource-endpoint-only configurations fold per owner account and region.
    return { key: `rc:${c.accountId}:${c.region}`, label: "outside service networks" };
  };

  const childrenOf = new Map<string, ResourceConfiguration[]>();
  for (const c of inv.resourceConfigurations) {
    if (c.parentId) childrenOf.set(c.parentId, [...(childrenOf.get(c.parentId) ?? []), c]);
  }

  for (const c of inv.resourceConfigurations) {
    const f = frame(c.accountId, c.region);
    const parentCfg =
      c.parentId && index.configById.has(c.parentId) ? `configuration:${c.parentId}` : undefined;
    const hasChildren = (childrenOf.get(c.id)?.length ?? 0) > 0;
    const home = homeOf(c);
    const agg = `agg:configuration:${home.key}:${c.accountId}:${c.region}`;
    if (!aggregates.has(agg)) {
      aggregates.set(agg, {
        id: agg,
        kind: "configuration",
        label: `configurations ${home.label}`,
        accountId: c.accountId,
        region: c.region,
        health: "ok",
        parent: f,
        count: 0,
        expandKey: home.key,
      });
    }
    const fold = [{ key: home.key, into: agg }];
    const target = targetLabel(c);
    add({
      id: `configuration:${c.id}`,
      kind: "configuration",
      label: c.name,
      resourceId: c.id,
      accountId: c.accountId,
      region: c.region,
      health: opts.health(c.id),
      parent: parentCfg ?? f,
      isGroup: hasChildren || undefined,
      details: {
        type: c.type,
        status: c.status,
        ...(c.portRanges.length ? { ports: c.portRanges.join(", ") } : {}),
        ...(c.protocol ? { protocol: c.protocol } : {}),
        ...(target ? { target } : {}),
      },
      href: `/configurations/${encodeURIComponent(c.id)}`,
      foldBy: fold,
    });
    if (target && !hasChildren) {
      const targetAgg = `agg:target:${home.key}:${c.accountId}:${c.region}`;
      if (!aggregates.has(targetAgg)) {
        aggregates.set(targetAgg, {
          id: targetAgg,
          kind: "target",
          label: `targets ${home.label}`,
          accountId: c.accountId,
          region: c.region,
          health: "ok",
          parent: f,
          count: 0,
          expandKey: home.key,
        });
      }
      const tid = add({
        id: `target:${c.id}`,
        kind: "target",
        label: target,
        resourceId: c.id,
        accountId: c.accountId,
        region: c.region,
        health: opts.health(c.id),
        parent: f,
        details: { [c.definition?.kind ?? "target"]: target, configuration: c.name },
        href: `/configurations/${encodeURIComponent(c.id)}`,
        foldBy: [{ key: home.key, into: targetAgg }],
      });
      const gw = c.gatewayId ?? (c.parentId ? index.configById.get(c.parentId)?.gatewayId : undefined);
      if (gw) {
        link(`configuration:${c.id}`, `gateway:${gw}`);
        link(`gateway:${gw}`, tid);
      }
    } else if (!hasChildren && c.gatewayId) {
      link(`configuration:${c.id}`, `gateway:${c.gatewayId}`);
    }
  }

  for (const g of inv.gateways) {
    const f = frame(g.accountId, g.region);
    const expanded = opts.expandedEnis?.has(g.id) && g.enis.length > 0;
    const gwKey = `gws:${g.accountId}:${g.region}`;
    const gwAgg = `agg:gateway:${g.accountId}:${g.region}`;
    if (!aggregates.has(gwAgg)) {
      aggregates.set(gwAgg, {
        id: gwAgg,
        kind: "gateway",
        label: "gateways",
        accountId: g.accountId,
        region: g.region,
        health: "ok",
        parent: f,
        count: 0,
        expandKey: gwKey,
      });
    }
    const gwFold = [{ key: gwKey, into: gwAgg }];
    add({
      id: `gateway:${g.id}`,
      kind: "gateway",
      label: g.name,
      resourceId: g.id,
      accountId: g.accountId,
      region: g.region,
      health: opts.health(g.id),
      parent: f,
      isGroup: expanded || undefined,
      expandKey: g.enis.length > 0 ? `enis:${g.id}` : undefined,
      details: {
        status: g.status,
        vpc: g.vpcId,
        AZs: g.availabilityZones.join(", ") || "—",
        ENIs: String(g.enis.length),
      },
      href: `/gateways/${encodeURIComponent(g.id)}`,
      foldBy: gwFold,
    });
    if (expanded) {
      for (const e of [...g.enis].sort((a, b) => a.availabilityZone.localeCompare(b.availabilityZone))) {
        add({
          id: `eni:${e.id}`,
          kind: "eni",
          label: `${e.availabilityZone} ${e.privateIpAddresses[0] ?? e.id}`,
          resourceId: e.id,
          accountId: g.accountId,
          region: g.region,
          health: opts.health(e.id),
          parent: `gateway:${g.id}`,
          details: { eni: e.id, subnet: e.subnetId, AZ: e.availabilityZone, status: e.status ?? "—" },
          href: `/gateways/${encodeURIComponent(g.id)}`,
          foldBy: gwFold,
        });
      }
    }
  }

  // Edges to a configuration whose gateway was not discovered still need their end.
  for (const e of edges.values()) {
    if (!nodes.has(e.target) && e.target.startsWith("gateway:")) {
      const id = e.target.slice("gateway:".length);
      const src = nodes.get(e.source);
      add({
        id: e.target,
        kind: "gateway",
        label: id,
        resourceId: id,
        accountId: src?.accountId ?? "unknown",
        region: src?.region ?? "unknown",
        health: "unknown",
        parent: src ? frameId(src.accountId, src.region) : undefined,
        details: { note: "not discovered" },
      });
    }
  }

  for (const s of inv.serviceNetworks) {
    add({
      id: `service-network:${s.id}`,
      kind: "service-network",
      label: s.name,
      resourceId: s.id,
      accountId: s.accountId,
      region: s.region,
      health: opts.health(s.id),
      parent: frame(s.accountId, s.region),
      collapseKey: `sn:${s.id}`,
      details: {
        auth: s.authType ?? "—",
        VPCs: String(s.numberOfAssociatedVpcs ?? "—"),
        configurations: String(s.numberOfAssociatedResourceConfigurations ?? "—"),
      },
      href: `/service-networks/${encodeURIComponent(s.id)}`,
    });
  }
  for (const a of inv.associations) {
    if (a.kind !== "sn-resource") continue;
    const sn = `service-network:${a.serviceNetworkId}`;
    const cfg = `configuration:${a.resourceConfigurationId}`;
    if (nodes.has(sn) && nodes.has(cfg)) link(sn, cfg);
  }

  // Consumer side: VPCs, their entries, and what each entry reaches.
  const vpcInfo = new Map(inv.vpcs.map((v) => [v.id, v]));
  const consumer = (accountId: string, region: string, vpcId: string | undefined) => {
    const f = frame(accountId, region);
    const accountAgg = `agg:account:${accountId}:${region}`;
    if (!aggregates.has(accountAgg)) {
      aggregates.set(accountAgg, {
        id: accountAgg,
        kind: "account",
        label: nameOf(accountId),
        accountId,
        region,
        health: "ok",
        parent: f,
        count: 0,
        expandKey: `account:${accountId}`,
        collapseKey: `account:${accountId}`,
        details: { account: accountId, region },
      });
    }
    const accountFold = { key: `account:${accountId}`, into: accountAgg };
    if (!vpcId) return { frame: f, fold: [accountFold] };
    const v = vpcInfo.get(vpcId);
    const vid = add({
      id: `vpc:${vpcId}`,
      kind: "vpc",
      label: v?.name ? `${v.name}` : vpcId,
      resourceId: vpcId,
      accountId: v?.accountId ?? accountId,
      region: v?.region ?? region,
      health: opts.health(vpcId),
      parent: f,
      expandKey: `vpc:${vpcId}`,
      details: { vpc: vpcId, ...(v?.cidrBlock ? { CIDR: v.cidrBlock } : {}) },
      foldBy: [accountFold],
    });
    return { frame: f, vpc: vid, fold: [accountFold, { key: `vpc:${vpcId}`, into: vid }] };
  };

  const endpointNode = (id: string, accountId: string, region: string, vpcId: string | undefined) => {
    const e = index.endpointById.get(id);
    const acct = e?.accountId ?? accountId;
    const reg = e?.region ?? region;
    const c = consumer(acct, reg, e?.vpcId ?? vpcId);
    const nid = add({
      id: `endpoint:${id}`,
      kind: "endpoint",
      label: id,
      resourceId: id,
      accountId: acct,
      region: reg,
      health: e ? opts.health(id) : "unknown",
      pattern: e?.type === "ServiceNetwork" ? "sn-endpoint" : "resource-endpoint",
      parent: c.frame,
      details: e
        ? { type: e.type, state: e.state, vpc: e.vpcId, AZs: e.availabilityZones.join(", ") || "—" }
        : { note: "endpoint not discovered (consumer account not configured)" },
      href: e ? `/endpoints/${encodeURIComponent(id)}` : undefined,
      foldBy: c.fold,
    });
    if (c.vpc) link(c.vpc, nid);
    return nid;
  };

  for (const e of inv.endpoints) {
    if (e.type === "Resource" && e.resourceConfigurationId) {
      const n = endpointNode(e.id, e.accountId, e.region, e.vpcId);
      if (nodes.has(`configuration:${e.resourceConfigurationId}`))
        link(n, `configuration:${e.resourceConfigurationId}`);
    } else if (e.type === "ServiceNetwork" && e.serviceNetworkId) {
      const n = endpointNode(e.id, e.accountId, e.region, e.vpcId);
      if (nodes.has(`service-network:${e.serviceNetworkId}`))
        link(n, `service-network:${e.serviceNetworkId}`);
    }
  }
  for (const a of inv.associations) {
    if (a.kind === "resource-endpoint") {
      const cfg = `configuration:${a.resourceConfigurationId}`;
      if (!nodes.has(cfg)) continue;
      link(endpointNode(a.vpcEndpointId, a.vpcEndpointOwner ?? a.accountId, a.region, undefined), cfg);
    } else if (a.kind === "sn-endpoint") {
      const sn = `service-network:${a.serviceNetworkId}`;
      if (!nodes.has(sn)) continue;
      link(endpointNode(a.vpcEndpointId, a.accountId, a.region, a.vpcId), sn);
    } else if (a.kind === "sn-vpc") {
      const sn = `service-network:${a.serviceNetworkId}`;
      if (!nodes.has(sn)) continue;
      const v = vpcInfo.get(a.vpcId);
      const c = consumer(v?.accountId ?? a.accountId, v?.region ?? a.region, a.vpcId);
      const net = nodes.get(sn);
      const nid = add({
        id: `association:${a.id}`,
        kind: "association",
        label: `${a.vpcId} ⇢ ${net?.label ?? a.serviceNetworkId}`,
        resourceId: a.id,
        accountId: v?.accountId ?? a.accountId,
        region: v?.region ?? a.region,
        health: opts.health(a.id),
        pattern: "sn-vpc-association",
        parent: c.frame,
        details: { association: a.id, status: a.status ?? "—", vpc: a.vpcId },
        href: `/service-networks/${encodeURIComponent(a.serviceNetworkId)}`,
        foldBy: c.fold,
      });
      if (c.vpc) link(c.vpc, nid);
      link(nid, sn);
    }
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()], aggregates };
}
