/**
 * Flow records of one ENI over a time range, derived from the connections that chose it.
 * Each connection is its own flow (its own ports), so per aggregation interval it gives one
 * record per direction, starting at the connection's start second. Idle intervals give NODATA
 * (rarely SKIPDATA: only in idle intervals, so no bytes are ever lost to it).
 */
import type { SimEni } from "../state/sim-eni";
import { type Connection, connectionsBetween } from "./connections";
import type { FlowRecord } from "./flow-log-format";
import { hash32 } from "./random";
import type { ResolvedPath } from "./resolve-paths";

const packetsFor = (bytes: number) => Math.max(1, Math.ceil(bytes / 1200)) + 2;

function base(eni: SimEni): Omit<FlowRecord, "start" | "end" | "logStatus"> {
  return {
    accountId: eni.account,
    interfaceId: eni.id,
    vpcId: eni.vpcId,
    subnetId: eni.subnetId,
    region: eni.region,
    azId: eni.availabilityZoneId,
  };
}

export function connectionRecords(
  c: Connection,
  eni: SimEni,
  vpcCidr: (ip: string) => boolean,
): FlowRecord[] {
  const start = c.startMs / 1000;
  const end = start + c.durationSeconds;
  const b = { ...base(eni), start, end, logStatus: "OK" as const };
  // Assumption: a connection no route carries leaves no flow record (AWS does not document
  // whether the SYN the VPC router drops is logged); only its access-log record exists.
  if (c.unroutable) return [];
  if (c.gatewayEni.id === eni.id) {
    const path = vpcCidr(c.resourceIp) ? 1 : 3;
    // "srcaddr – … the IPv4 address of the network interface for outgoing traffic … always its
    // primary private IPv4 address"; traffic to a secondary address shows the primary in dstaddr,
    // and only pkt-srcaddr/pkt-dstaddr carry the address used (aws-facts §0.1.1, VPC UG "Flow log
    // records"). The gateway sources connections from any of its addresses (connections.ts).
    const primary = eni.privateIpAddresses[0] ?? c.gatewayIp;
    if (c.rejected) {
      // The gateway's security group drops the SYN (and its retries) on the way out.
      return [
        {
          ...b,
          srcaddr: primary,
          pktSrcaddr: c.gatewayIp,
          dstaddr: c.resourceIp,
          srcport: c.gatewayPort,
          dstport: c.resourcePort,
          packets: 3,
          bytes: 180,
          action: "REJECT",
          tcpFlags: 2,
          direction: "egress",
          trafficPath: path,
        },
      ];
    }
    return [
      {
        ...b,
        srcaddr: primary,
        pktSrcaddr: c.gatewayIp,
        dstaddr: c.resourceIp,
        srcport: c.gatewayPort,
        dstport: c.resourcePort,
        packets: packetsFor(c.bytesToResource),
        bytes: c.bytesToResource,
        action: "ACCEPT",
        tcpFlags: 3,
        direction: "egress",
        trafficPath: path,
      },
      {
        ...b,
        srcaddr: c.resourceIp,
        dstaddr: primary,
        pktDstaddr: c.gatewayIp,
        srcport: c.resourcePort,
        dstport: c.gatewayPort,
        packets: packetsFor(c.bytesFromResource),
        bytes: c.bytesFromResource,
        action: "ACCEPT",
        tcpFlags: 19,
        direction: "ingress",
      },
    ];
  }
  // Endpoint ENI. A connection rejected at the gateway leaves no record here: the endpoint's own
  // security group admitted it, and the failure happens on the provider side.
  if (c.rejected || c.endpointEni?.id !== eni.id) return [];
  return [
    {
      ...b,
      srcaddr: c.clientIp,
      dstaddr: c.endpointIp,
      srcport: c.clientPort,
      dstport: c.resourcePort,
      packets: packetsFor(c.bytesToResource),
      bytes: c.bytesToResource,
      action: "ACCEPT",
      tcpFlags: 3,
      direction: "ingress",
    },
    {
      ...b,
      srcaddr: c.endpointIp,
      dstaddr: c.clientIp,
      srcport: c.resourcePort,
      dstport: c.clientPort,
      packets: packetsFor(c.bytesFromResource),
      bytes: c.bytesFromResource,
      action: "ACCEPT",
      tcpFlags: 19,
      direction: "egress",
      trafficPath: 1,
    },
  ];
}

export interface EniFlowSource {
  eni: SimEni;
  /** Paths whose connections may use this ENI. */
  paths: ResolvedPath[];
  intervalSeconds: 60 | 600;
  vpcCidr(ip: string): boolean;
}

/**
 * Records of `src.eni` whose start lies in [fromMs, toMs), in start order. Only whole intervals
 * that have ended by `nowMs` get NODATA/SKIPDATA markers; traffic records appear once started.
 */
export function* eniFlowRecords(
  src: EniFlowSource,
  fromMs: number,
  toMs: number,
  nowMs: number,
): Generator<FlowRecord> {
  const step = src.intervalSeconds * 1000;
  const end = Math.min(toMs, nowMs);
  for (let t = Math.floor(fromMs / step) * step; t < end; t += step) {
    const records: FlowRecord[] = [];
    for (const path of src.paths) {
      for (const c of connectionsBetween(path, t, Math.min(t + step, end))) {
        records.push(...connectionRecords(c, src.eni, src.vpcCidr));
      }
    }
    if (records.length === 0) {
      if (t + step > nowMs || t < fromMs) continue;
      const skip = hash32(`${src.eni.id}/${t}`) % 500 === 0;
      yield {
        ...base(src.eni),
        start: t / 1000,
        end: (t + step) / 1000 - 1,
        logStatus: skip ? "SKIPDATA" : "NODATA",
      };
      continue;
    }
    records.sort((a, b) => a.start - b.start);
    for (const r of records) if (r.start * 1000 >= fromMs) yield r;
  }
}
