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
  configurationId?: string;
  connection?: AccessLogConnection;
}

export interface JoinInput {
  rows: readonly FlowRow[];
  connections: readonly AccessLogConnection[];
  targets: readonly ResourceTarget[];
  gatewayAddresses: ReadonlySet<string>;
}

const SKEW_MS = 1_000;
const key = (gw: IpPort, res: IpPort) => `${gw.ip}:${gw.port}|${res.ip}:${res.port}`;

export function configurationOf(targets: readonly ResourceTarget[], arn: string): string | undefined {
  return targets.find((t) => t.arn === arn)?.configurationId;
}

export function joinFlows(input: JoinInput): JoinedRow[] {
  const { targets, gatewayAddresses } = input;
  const byTuple = new Map<string, AccessLogConnection[]>();
  const learned = new Map<string, Set<string>>();
  for (const c of input.connections) {
    if (!c.gateway || !c.resource) continue;
    const k = key(c.gateway, c.resource);
    const list = byTuple.get(k) ?? [];
    list.push(c);
    byTuple.set(k, list);
    const configId = configurationOf(targets, c.resourceConfigurationArn);
    if (configId) {
      const ep = `${c.resource.ip}:${c.resource.port}`;
      learned.set(ep, (learned.get(ep) ?? new Set()).add(configId));
    }
  }
  for (const list of byTuple.values()) list.sort((a, b) => a.time - b.time);

  const out: JoinedRow[] = [];
  for (const row of input.rows) {
    const oriented = orient(row, gatewayAddresses, targets);
    const list = byTuple.get(key(oriented.gateway, oriented.resource));
    const connection = list && latestBefore(list, row.end * 1000 + SKEW_MS);
    const configurationId = connection
      ? configurationOf(targets, connection.resourceConfigurationArn)
      : byAddress(targets, learned, oriented.resource);
    out.push({
      row,
      ...oriented,
      ...(configurationId ? { configurationId } : {}),
      ...(connection ? { connection } : {}),
    });
  }
  return out;
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
