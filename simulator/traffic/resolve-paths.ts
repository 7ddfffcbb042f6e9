/**
 * Turns the scenario's traffic paths into everything connection generation needs: the ENIs on
 * either side, addresses, ports, access-log identity and incident windows in absolute time.
 * Assumes a validated scenario (scenario/validate-traffic.ts).
 */
import type { TrafficPath } from "../scenario/schema";
import { latticeArn } from "../state/arns";
import { cidrContains, intToIp, isIpv4Cidr, parseCidr } from "../state/ipv4";
import type { SimEni } from "../state/sim-eni";
import type { ResourceConfiguration, SimState, Subnet } from "../state/sim-state";
import { hash32 } from "./random";

export type TrafficPattern = "resource-endpoint" | "sn-endpoint" | "sn-vpc-association";

export interface IncidentWindow {
  startMs: number;
  endMs: number;
}

export interface ResolvedPath {
  index: number;
  name: string;
  spec: TrafficPath;
  seed: number;
  configuration: ResourceConfiguration;
  gatewayId: string;
  pattern: TrafficPattern;
  /** The consumer as the truth endpoint names it: the endpoint id, else the VPC id. */
  consumerKey: string;
  accountId: string;
  region: string;
  vpcId: string;
  endpointId?: string;
  serviceNetworkId?: string;
  serviceNetworkArn?: string;
  /** The sn-resource association the connection travels (sn- patterns). */
  snraId?: string;
  /** Empty for VPC associations: the client talks to a Lattice-managed address, not an ENI. */
  endpointEnis: SimEni[];
  gatewayEnis: SimEni[];
  clientSubnets: Subnet[];
  /** VPC associations: the Lattice-managed address the client connects to. */
  latticeIp?: string;
  resourceIp: string;
  resourcePorts: number[];
  spikes: Array<IncidentWindow & { multiplier: number }>;
  rejectBursts: Array<IncidentWindow & { ratio: number }>;
  /**
   * The target is outside the gateway VPC and no route of the gateway subnets' route tables covers
   * it: every connection is logged by Lattice (it chose a gateway ip:port) but never established.
   */
  unroutable: boolean;
}

function portsOf(ranges: string[]): number[] {
  const ports: number[] = [];
  for (const r of ranges) {
    const [a, b] = r.split("-").map(Number);
    if (a === undefined || !Number.isFinite(a)) continue;
    // Cap wide ranges: a client uses a handful of ports, and "1-65535" must not allocate 65k entries.
    for (let p = a; p <= (b ?? a) && ports.length < 16; p++) ports.push(p);
  }
  return ports;
}

function resourceIpOf(cfg: ResourceConfiguration): string {
  if (cfg.definition && "ipResource" in cfg.definition) return cfg.definition.ipResource.ipAddress;
  return cfg.resourceIp ?? "0.0.0.0";
}

/** VPC-association clients reach resources at an address Lattice manages in 129.224.0.0/17 (assumed). */
function latticeManagedIp(key: string): string {
  const h = hash32(key);
  return intToIp(parseCidr("129.224.0.0/17").base + 16 + (h % 32000));
}

/** Whether the gateway's subnets can reach `ip`: inside the VPC, or an active route covers it. */
function routable(state: SimState, gatewayId: string, ip: string): boolean {
  const gw = state.gateways.get(gatewayId);
  const vpc = gw ? state.vpcs.get(gw.vpcId) : undefined;
  if (!gw || !vpc || !isIpv4Cidr(`${ip}/32`)) return true;
  const inside = (cidr: string) => isIpv4Cidr(cidr) && cidrContains(cidr, ip);
  if (inside(vpc.cidr)) return true;
  return gw.subnetIds.every((subnetId) => {
    const table =
      state.routeTables.find((t) => t.subnetIds.includes(subnetId)) ??
      state.routeTables.find((t) => t.vpcId === vpc.id && t.main);
    return !!table?.routes.some((r) => r.state === "active" && inside(r.destinationCidrBlock));
  });
}

export function resolvePaths(state: SimState, anchorMs: number): ResolvedPath[] {
  const s = state.scenario;
  return s.traffic.map((spec, index) => {
    const cfg = state.configurations.get(spec.resourceConfigurationId) as ResourceConfiguration;
    const parent = cfg.parentId ? state.configurations.get(cfg.parentId) : undefined;
    const gatewayId = cfg.gatewayId ?? parent?.gatewayId ?? "";
    const reachable = new Set([cfg.id, ...(parent ? [parent.id] : [])]);
    const gatewayEnis = state.enis.filter(
      (e) => e.derivedFrom?.kind === "resourceGateway" && e.derivedFrom.id === gatewayId,
    );
    const ports = portsOf(cfg.portRanges.length > 0 ? cfg.portRanges : (parent?.portRanges ?? []));
    const snraFor = (snId: string) =>
      s.serviceNetworkResourceAssociations.find(
        (a) => a.serviceNetworkId === snId && reachable.has(a.resourceConfigurationId),
      )?.id;
    const snArn = (snId: string | undefined) => {
      const sn = snId ? state.serviceNetworks.get(snId) : undefined;
      return sn ? latticeArn(sn.region, sn.account, "servicenetwork", sn.id) : undefined;
    };
    const toWindow = (i: { startMinutesAgo: number; durationMinutes: number }) => {
      const startMs = anchorMs - i.startMinutesAgo * 60_000;
      return { startMs, endMs: startMs + i.durationMinutes * 60_000 };
    };
    const common = {
      index,
      spec,
      configuration: cfg,
      gatewayId,
      gatewayEnis,
      resourceIp: resourceIpOf(cfg),
      unroutable: !routable(state, gatewayId, resourceIpOf(cfg)),
      resourcePorts: ports.length > 0 ? ports : [443],
      spikes: spec.incidents.flatMap((i) =>
        i.kind === "spike" ? [{ ...toWindow(i), multiplier: i.multiplier }] : [],
      ),
      rejectBursts: spec.incidents.flatMap((i) =>
        i.kind === "rejectBurst" ? [{ ...toWindow(i), ratio: i.rejectRatio }] : [],
      ),
    };
    if ("endpointId" in spec.consumer) {
      const ep = state.endpoints.get(spec.consumer.endpointId);
      if (!ep) throw new Error(`traffic[${index}]: unknown endpoint`);
      const endpointEnis = state.enis.filter(
        (e) => e.derivedFrom?.kind === "vpcEndpoint" && e.derivedFrom.id === ep.id,
      );
      const snId = ep.type === "ServiceNetwork" ? ep.serviceNetworkId : undefined;
      const name = spec.name ?? `${ep.id}→${cfg.id}`;
      return {
        ...common,
        name,
        seed: hash32(spec.seed ?? name),
        pattern: snId ? "sn-endpoint" : "resource-endpoint",
        consumerKey: ep.id,
        accountId: ep.account,
        region: ep.region,
        vpcId: ep.vpcId,
        endpointId: ep.id,
        serviceNetworkId: snId,
        serviceNetworkArn: snArn(snId),
        snraId: snId ? snraFor(snId) : undefined,
        endpointEnis,
        clientSubnets: ep.subnetIds.flatMap((id) => {
          const sub = state.subnets.get(id)?.subnet;
          return sub ? [sub] : [];
        }),
      } satisfies ResolvedPath;
    }
    const { vpcId, serviceNetworkId } = spec.consumer;
    const vpc = state.vpcs.get(vpcId);
    if (!vpc) throw new Error(`traffic[${index}]: unknown VPC`);
    const name = spec.name ?? `${vpcId}→${cfg.id}`;
    return {
      ...common,
      name,
      seed: hash32(spec.seed ?? name),
      pattern: "sn-vpc-association",
      consumerKey: vpcId,
      accountId: vpc.account,
      region: vpc.region,
      vpcId,
      serviceNetworkId,
      serviceNetworkArn: snArn(serviceNetworkId),
      snraId: snraFor(serviceNetworkId),
      endpointEnis: [],
      clientSubnets: vpc.subnets,
      latticeIp: latticeManagedIp(`${vpcId}/${cfg.id}`),
    } satisfies ResolvedPath;
  });
}

export function configurationArn(cfg: ResourceConfiguration): string {
  return latticeArn(cfg.region, cfg.account, "resourceconfiguration", cfg.id);
}
