/**
 * The join nobody else does: gateway-ENI flow rows × resource access-log connections on the
 * 4-tuple (gateway ip:port ↔ resource ip:port, either direction), within the connection's time.
 *
 * Rules (pure, table-tested in join-flows.test.ts):
 * 1. Orientation: the side whose address is a gateway ENI address is the gateway; a record from
 *    it goes to the resource (`toResource`), one to it comes back (`fromResource`). Without known
 *    gateway addresses, a record whose dstPort is a resource port goes to the resource.
 * 2. Port reuse: the gateway reuses source ports over time, so a record belongs to the latest
 *    connection on its 4-tuple that began no later than the record ended (+1 s for clock skew).
 * 3. A matched record belongs to the connection's configuration and consumer. An unmatched one
 *    belongs to the configuration whose resource address and port it reached (known from an IP
 *    definition or learned from any access-log record); failing that, to the only configuration
 *    with that port and no known address; else to none (gateway-level "unattributed").
 * 4. Nothing is dropped: every record a gateway query returned comes out, matched or not.
 *
 * Which addresses a record proves (aws-facts §0.1.1): on a gateway ENI the default format's
 * `srcaddr` (egress) and `dstaddr` (ingress) are always the ENI's *primary* address, while the
 * gateway sources connections from any of its addresses and the access log's `gatewayIpPort`
 * names the one used. So:
 * - a record with `pkt-srcaddr`/`pkt-dstaddr` joins on the exact 4-tuple those carry;
 * - a record without them, on an ENI with several addresses, joins on what it proves: the ENI,
 *   the gateway port, the resource address and port, and time. Its candidates are, per address of
 *   the ENI, the latest connection on that address, port and resource that began no later than
 *   the record ended and no earlier than CANDIDATE_HORIZON_MS before it began. One candidate (or
 *   several that all resolve to the same configuration and consumer) is a match; candidates of
 *   different consumers make the record **ambiguous**: its bytes are never allocated.
 */

import type { FlowRow } from "./flow-rows";
import type { AccessLogConnection, IpPort } from "./parse-access-log";
import { inRanges, type ResourceTarget } from "./resource-targets";

export type Direction = "toResource" | "fromResource";

export interface JoinedRow {
  row: FlowRow;
  direction: Direction;
  gateway: IpPort;
  resource: IpPort;
  /** For an ambiguous row: set only when every candidate is of this configuration. */
  configurationId?: string;
  connection?: AccessLogConnection;
  /** The connections of different consumers this record may belong to; its bytes stay unallocated. */
  ambiguous?: AccessLogConnection[];
}

export interface GatewayEniRef {
  id: string;
  /** Primary first (as DescribeNetworkInterfaces marks it). */
  privateIpAddresses: readonly string[];
}

export interface JoinInput {
  rows: readonly FlowRow[];
  connections: readonly AccessLogConnection[];
  targets: readonly ResourceTarget[];
  gatewayAddresses: ReadonlySet<string>;
  /** The gateway's ENIs: lets a record that names only the primary address join on its ENI. */
  gatewayEnis?: readonly GatewayEniRef[];
}

const SKEW_MS = 1_000;
/**
 * How long before a record began a connection on another address of the ENI still counts as a
 * candidate for it: the ten minutes the access-log query reads before every window
 * (collect-gateway-traffic.ts), so a record's answer never depends on the window it is seen in.
 * A longer-lived connection's later records on a multi-address ENI without pkt-* fields can then
 * find no candidate and stay unattributed: not guessed.
 */
export const CANDIDATE_HORIZON_MS = 10 * 60_000;
const key = (gw: IpPort, res: IpPort) => `${gw.ip}:${gw.port}|${res.ip}:${res.port}`;
const eniKey = (eniId: string, gwPort: number, res: IpPort) => `${eniId}|${gwPort}|${res.ip}:${res.port}`;

/** What resolveConsumer reads, with the configuration: equal keys give the same consumer row. */
function attributionKey(targets: readonly ResourceTarget[], c: AccessLogConnection): string {
  return [
    configurationOf(targets, c.resourceConfigurationArn) ?? c.resourceConfigurationArn,
    c.vpcEndpointId ?? "",
    c.sourceVpcArn ?? "",
    c.serviceNetworkArn ?? "",
  ].join("|");
}

export function configurationOf(targets: readonly ResourceTarget[], arn: string): string | undefined {
  return targets.find((t) => t.arn === arn)?.configurationId;
}

export function joinFlows(input: JoinInput): JoinedRow[] {
  const { targets, gatewayAddresses } = input;
  const eniOfAddress = new Map<string, GatewayEniRef>();
  const eniById = new Map<string, GatewayEniRef>();
  for (const e of input.gatewayEnis ?? []) {
    eniById.set(e.id, e);
    for (const ip of e.privateIpAddresses) eniOfAddress.set(ip, e);
  }
  const byTuple = new Map<string, AccessLogConnection[]>();
  const byEni = new Map<string, Map<string, AccessLogConnection[]>>();
  const learned = new Map<string, Set<string>>();
  for (const c of input.connections) {
    if (!c.gateway || !c.resource) continue;
    push(byTuple, key(c.gateway, c.resource), c);
    const eni = eniOfAddress.get(c.gateway.ip);
    if (eni) {
      const k = eniKey(eni.id, c.gateway.port, c.resource);
      const perAddress = byEni.get(k) ?? new Map<string, AccessLogConnection[]>();
      push(perAddress, c.gateway.ip, c);
      byEni.set(k, perAddress);
    }
    const configId = configurationOf(targets, c.resourceConfigurationArn);
    if (configId) {
      const ep = `${c.resource.ip}:${c.resource.port}`;
      learned.set(ep, (learned.get(ep) ?? new Set()).add(configId));
    }
  }
  for (const list of byTuple.values()) list.sort((a, b) => a.time - b.time);
  for (const m of byEni.values()) for (const list of m.values()) list.sort((a, b) => a.time - b.time);

  const out: JoinedRow[] = [];
  for (const row of input.rows) {
    const exact = row.pktSrcAddr !== undefined && row.pktDstAddr !== undefined;
    const oriented = orient(exact ? withPacketAddresses(row) : row, gatewayAddresses, targets);
    const eni = exact
      ? undefined
      : ((row.eniId ? eniById.get(row.eniId) : undefined) ?? eniOfAddress.get(oriented.gateway.ip));
    let connection: AccessLogConnection | undefined;
    let ambiguous: AccessLogConnection[] | undefined;
    if (eni && eni.privateIpAddresses.length > 1) {
      const perAddress = byEni.get(eniKey(eni.id, oriented.gateway.port, oriented.resource));
      const candidates: AccessLogConnection[] = [];
      for (const list of perAddress?.values() ?? []) {
        const c = latestBefore(list, row.end * 1000 + SKEW_MS);
        if (c && c.time >= row.start * 1000 - CANDIDATE_HORIZON_MS) candidates.push(c);
      }
      const kinds = new Set(candidates.map((c) => attributionKey(targets, c)));
      if (kinds.size === 1) connection = candidates.sort((a, b) => b.time - a.time)[0];
      else if (kinds.size > 1) ambiguous = candidates.sort((a, b) => a.time - b.time);
    } else {
      const list = byTuple.get(key(oriented.gateway, oriented.resource));
      connection = list && latestBefore(list, row.end * 1000 + SKEW_MS);
    }
    let configurationId: string | undefined;
    if (connection) configurationId = configurationOf(targets, connection.resourceConfigurationArn);
    else if (ambiguous) {
      const ids = new Set(ambiguous.map((c) => configurationOf(targets, c.resourceConfigurationArn)));
      configurationId = ids.size === 1 ? [...ids][0] : undefined;
    } else configurationId = byAddress(targets, learned, oriented.resource);
    out.push({
      row,
      ...oriented,
      ...(configurationId ? { configurationId } : {}),
      ...(connection ? { connection } : {}),
      ...(ambiguous ? { ambiguous } : {}),
    });
  }
  return out;
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The record as its packets were addressed (pkt-srcaddr/pkt-dstaddr), for orientation and the 4-tuple. */
function withPacketAddresses(row: FlowRow): FlowRow {
  return { ...row, srcAddr: row.pktSrcAddr ?? row.srcAddr, dstAddr: row.pktDstAddr ?? row.dstAddr };
}

function orient(row: FlowRow, gatewayAddresses: ReadonlySet<string>, targets: readonly ResourceTarget[]) {
  const src = { ip: row.srcAddr, port: row.srcPort };
  const dst = { ip: row.dstAddr, port: row.dstPort };
  const fromGateway =
    gatewayAddresses.size > 0
      ? gatewayAddresses.has(row.srcAddr) || !gatewayAddresses.has(row.dstAddr)
      : targets.some((t) => inRanges(row.dstPort, t.ports));
  return fromGateway
    ? { direction: "toResource" as const, gateway: src, resource: dst }
    : { direction: "fromResource" as const, gateway: dst, resource: src };
}

function latestBefore(list: readonly AccessLogConnection[], t: number): AccessLogConnection | undefined {
  let found: AccessLogConnection | undefined;
  for (const c of list) {
    if (c.time > t) break;
    found = c;
  }
  return found;
}

function byAddress(
  targets: readonly ResourceTarget[],
  learned: ReadonlyMap<string, Set<string>>,
  resource: IpPort,
): string | undefined {
  const known = new Set(learned.get(`${resource.ip}:${resource.port}`) ?? []);
  for (const t of targets)
    if (t.addresses.includes(resource.ip) && inRanges(resource.port, t.ports)) known.add(t.configurationId);
  if (known.size === 1) return [...known][0];
  if (known.size > 1) return undefined;
  // Address unknown (DNS/ARN targets without access logs): the port decides, if only one claims it.
  const learnedIds = new Set([...learned.values()].flatMap((s) => [...s]));
  const byPort = targets.filter(
    (t) => inRanges(resource.port, t.ports) && t.addresses.length === 0 && !learnedIds.has(t.configurationId),
  );
  return byPort.length === 1 ? byPort[0]!.configurationId : undefined;
}
