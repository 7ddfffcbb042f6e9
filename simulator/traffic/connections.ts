/**
 * Individual connections, generated per path per minute from the path's seed and the absolute
 * minute: the same minute always yields the same connections, whatever the clock says now.
 *
 * Timing rule (what makes every source agree): a connection starts on a whole second and ends
 * before the next minute starts, so it lies inside the flow-log aggregation interval (60 s or
 * 600 s) of its start. Its flow records start at that second (event timestamp = connection start)
 * and the access-log record carries the same instant. Truth counts a connection, its bytes and
 * its reject in a window [from, to) iff from ≤ start < to.
 */
import { intToIp, parseCidr } from "../state/ipv4";
import type { SimEni } from "../state/sim-eni";
import { hash32, pick, rng } from "./random";
import type { ResolvedPath } from "./resolve-paths";

export interface Connection {
  path: ResolvedPath;
  /** Epoch ms, a whole second. */
  startMs: number;
  durationSeconds: number;
  clientIp: string;
  clientPort: number;
  /** The consumer-side ENI (absent for VPC associations). */
  endpointEni?: SimEni;
  /** What the client connected to: the endpoint ENI address or the Lattice-managed address. */
  endpointIp: string;
  gatewayEni: SimEni;
  gatewayIp: string;
  gatewayPort: number;
  resourceIp: string;
  resourcePort: number;
  /** Accepted bytes; 0 when rejected or unroutable. */
  bytesToResource: number;
  bytesFromResource: number;
  rejected: boolean;
  /** No route carries it to the target: logged by Lattice, never established, no flow records. */
  unroutable: boolean;
}

export const MINUTE_MS = 60_000;

/** The rate multiplier of the daily shape at `ms`: 1 ± amplitude, peaking at peakHourUtc. */
function dailyShape(path: ResolvedPath, ms: number): number {
  const hour = (ms / 3_600_000) % 24;
  return 1 + path.spec.diurnalAmplitude * Math.cos((2 * Math.PI * (hour - path.spec.peakHourUtc)) / 24);
}

function clientAddress(subnetCidr: string, u: number): string {
  const c = parseCidr(subnetCidr);
  // Clients sit in the upper part of the subnet, away from the ENIs derived from its bottom.
  const span = Math.max(1, Math.min(24, Math.floor(c.size / 4)));
  return intToIp(c.base + c.size - 2 - Math.floor(u * span));
}

export function connectionsInMinute(path: ResolvedPath, minute: number): Connection[] {
  const minuteMs = minute * MINUTE_MS;
  const r = rng(path.seed ^ Math.imul(minute, 0x9e3779b1));
  const { spec } = path;
  let rate = spec.connectionsPerMinute * dailyShape(path, minuteMs) * (1 + spec.noise * (2 * r() - 1));
  for (const s of path.spikes) if (minuteMs >= s.startMs && minuteMs < s.endMs) rate *= s.multiplier;
  const whole = Math.floor(Math.max(0, rate));
  const n = whole + (r() < rate - whole ? 1 : 0);
  const burst = path.rejectBursts.find((b) => minuteMs >= b.startMs && minuteMs < b.endMs);
  if (n === 0 || path.gatewayEnis.length === 0) return [];
  const out: Connection[] = [];
  for (let k = 0; k < n; k++) {
    const durationSeconds = 1 + Math.floor(r() * 20);
    const startMs = minuteMs + Math.floor(r() * (60 - durationSeconds)) * 1000;
    const endpointEni = path.endpointEnis.length > 0 ? pick(path.endpointEnis, r()) : undefined;
    const subnet = endpointEni
      ? path.clientSubnets.find((s) => s.id === endpointEni.subnetId)
      : pick(path.clientSubnets, r());
    // Lattice prefers a gateway ENI in the client's AZ; fall back to any when none overlaps.
    const sameAz = path.gatewayEnis.filter((e) => e.availabilityZoneId === subnet?.azId);
    const gatewayEni = pick(sameAz.length > 0 ? sameAz : path.gatewayEnis, r());
    const gatewayIp = pick(gatewayEni.privateIpAddresses, r());
    const rejected = burst !== undefined && r() < burst.ratio;
    const dead = rejected || path.unroutable;
    const jitter = () => 1 + spec.noise * 0.5 * (2 * r() - 1);
    const toResource = dead ? 0 : Math.max(1, Math.round(spec.bytesPerConnection.toResource * jitter()));
    const fromResource = dead ? 0 : Math.max(1, Math.round(spec.bytesPerConnection.fromResource * jitter()));
    out.push({
      path,
      startMs,
      durationSeconds,
      clientIp: subnet ? clientAddress(subnet.cidr, r()) : "0.0.0.0",
      clientPort: 32768 + Math.floor(r() * 28232),
      endpointEni,
      endpointIp: endpointEni
        ? (endpointEni.privateIpAddresses[0] ?? "0.0.0.0")
        : (path.latticeIp ?? "0.0.0.0"),
      gatewayEni,
      gatewayIp,
      gatewayPort: 0,
      resourceIp: path.resourceIp,
      resourcePort: pick(path.resourcePorts, r()),
      bytesToResource: toResource,
      bytesFromResource: fromResource,
      rejected,
      unroutable: path.unroutable && !rejected,
    });
  }
  for (const [k, c] of out.entries())
    c.gatewayPort = gatewayPort(c.gatewayIp, c.resourceIp, c.resourcePort, minute, path.index, k);
  return out.sort((a, b) => a.startMs - b.startMs);
}

const EPHEMERAL_FIRST = 32768;
/** Linux's default ip_local_port_range 32768–60999, stepped by 2: 14,116 ports per address and destination. */
const EPHEMERAL_SLOTS = 14_116;

/**
 * The gateway's source port. AWS documents only the headroom — "each IPv4 address can support up
 * to 55,000 simultaneous connections per destination IP" (aws-facts §0.1.6) — so each gateway
 * address allocates ports per destination on its own. Assumed allocator: RFC 6056 algorithm 3
 * (what Linux connect() does), a per-(address, destination) offset plus a counter that advances
 * with new connections. So two addresses of one ENI can use the same port towards the same
 * resource — which the default flow-log format, showing the primary address for both, cannot
 * tell apart. Within one minute the counter is unique per path and connection (≤ 20 paths × 200),
 * and a connection ends before its minute does, so no two live connections share a 5-tuple.
 */
function gatewayPort(
  address: string,
  resourceIp: string,
  resourcePort: number,
  minute: number,
  pathIndex: number,
  k: number,
): number {
  const offset = hash32(`${address}>${resourceIp}:${resourcePort}`);
  const counter = (minute % 16) * 4000 + (pathIndex % 20) * 200 + (k % 200);
  return EPHEMERAL_FIRST + 2 * ((offset + counter) % EPHEMERAL_SLOTS);
}

/** Connections of one path starting in [fromMs, toMs), in start order. */
export function* connectionsBetween(path: ResolvedPath, fromMs: number, toMs: number): Generator<Connection> {
  for (let m = Math.floor(fromMs / MINUTE_MS); m * MINUTE_MS < toMs; m++) {
    for (const c of connectionsInMinute(path, m)) if (c.startMs >= fromMs && c.startMs < toMs) yield c;
  }
}
