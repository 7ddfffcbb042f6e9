/**
 * VPC Flow Log record rendering: the default version-2 format or a custom `${field} …` format.
 * Fields of versions 2–5 are filled; later ones (ecs-*, reject-reason, …) print `-`.
 */
export const DEFAULT_FLOW_LOG_FORMAT =
  "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}";

const FIELD_VERSION: Record<string, number> = {
  version: 2,
  "account-id": 2,
  "interface-id": 2,
  srcaddr: 2,
  dstaddr: 2,
  srcport: 2,
  dstport: 2,
  protocol: 2,
  packets: 2,
  bytes: 2,
  start: 2,
  end: 2,
  action: 2,
  "log-status": 2,
  "vpc-id": 3,
  "subnet-id": 3,
  "instance-id": 3,
  "tcp-flags": 3,
  type: 3,
  "pkt-srcaddr": 3,
  "pkt-dstaddr": 3,
  region: 4,
  "az-id": 4,
  "sublocation-type": 4,
  "sublocation-id": 4,
  "pkt-src-aws-service": 5,
  "pkt-dst-aws-service": 5,
  "flow-direction": 5,
  "traffic-path": 5,
};

export interface FlowLogFormat {
  fields: string[];
  version: number;
}

export function parseFlowLogFormat(logFormat: string | undefined): FlowLogFormat {
  const fields = [...(logFormat ?? DEFAULT_FLOW_LOG_FORMAT).matchAll(/\$\{([a-z0-9-]+)\}/g)].map(
    (m) => m[1] ?? "",
  );
  // `version` is the highest version among the chosen fields; unknown (newer) fields count as 5.
  const version = Math.max(2, ...fields.map((f) => FIELD_VERSION[f] ?? 5));
  return { fields, version };
}

/** One flow record: either traffic of one flow in one interval, or a NODATA/SKIPDATA marker. */
export interface FlowRecord {
  accountId: string;
  interfaceId: string;
  vpcId: string;
  subnetId: string;
  region: string;
  azId: string;
  /** Epoch seconds. */
  start: number;
  end: number;
  logStatus: "OK" | "NODATA" | "SKIPDATA";
  /** As AWS prints them: on egress `srcaddr`, on ingress `dstaddr` is the ENI's primary address. */
  srcaddr?: string;
  dstaddr?: string;
  /** The addresses really on the packet (v3 `pkt-srcaddr`/`pkt-dstaddr`); default srcaddr/dstaddr. */
  pktSrcaddr?: string;
  pktDstaddr?: string;
  srcport?: number;
  dstport?: number;
  packets?: number;
  bytes?: number;
  action?: "ACCEPT" | "REJECT";
  tcpFlags?: number;
  direction?: "ingress" | "egress";
  /** Egress only: 1 same VPC, 3 virtual private gateway (on-premises). */
  trafficPath?: number;
}

export function flowFieldValue(r: FlowRecord, field: string, version: number): string | number | undefined {
  const data = r.logStatus === "OK";
  switch (field) {
    case "version":
      return version;
    case "account-id":
      return r.accountId;
    case "interface-id":
      return r.interfaceId;
    case "srcaddr":
      return r.srcaddr;
    case "pkt-srcaddr":
      return r.pktSrcaddr ?? r.srcaddr;
    case "dstaddr":
      return r.dstaddr;
    case "pkt-dstaddr":
      return r.pktDstaddr ?? r.dstaddr;
    case "srcport":
      return r.srcport;
    case "dstport":
      return r.dstport;
    case "protocol":
      return data ? 6 : undefined;
    case "packets":
      return r.packets;
    case "bytes":
      return r.bytes;
    case "start":
      return r.start;
    case "end":
      return r.end;
    case "action":
      return r.action;
    case "log-status":
      return r.logStatus;
    case "vpc-id":
      return r.vpcId;
    case "subnet-id":
      return r.subnetId;
    case "tcp-flags":
      return r.tcpFlags;
    case "type":
      return data ? "IPv4" : undefined;
    case "region":
      return r.region;
    case "az-id":
      return r.azId;
    case "flow-direction":
      return r.direction;
    case "traffic-path":
      return r.direction === "egress" ? r.trafficPath : undefined;
    default:
      // instance-id is `-` for requester-managed ENIs; sublocation, aws-service and later fields too.
      return undefined;
  }
}

export function renderFlowRecord(r: FlowRecord, format: FlowLogFormat): string {
  return format.fields
    .map((f) => {
      const v = flowFieldValue(r, f, format.version);
      return v === undefined ? "-" : String(v);
    })
    .join(" ");
}
