/**
 * The traffic DTO: what `/api/{configurations,gateways,endpoints}/<id>/traffic` return, what the
 * traffic sections, the topology, the cost view and the overview read. Plain data, no I/O.
 *
 * Directions are relative to the resource: `toResource` is what consumers send (requests),
 * `fromResource` what the resource sends back. Times are epoch milliseconds, UTC.
 */
import type { ViewAlarm } from "@/lib/alarms/alarm-types";
import type { AccessPattern } from "./inventory";

export type TrafficSubjectKind = "configuration" | "gateway" | "endpoint";

export interface TrafficWindow {
  /** As given in the URL (`now-24h`, ISO). */
  from: string;
  to: string;
  start: number;
  end: number;
  /** Bucket size of `series`, seconds. */
  step: number;
  /** The window ends at now: the view polls and the newest bucket is still open. */
  live: boolean;
}

export interface TrafficTotals {
  bytes: number;
  bytesToResource: number;
  bytesFromResource: number;
  packets?: number;
  connections: number;
  rejects: number;
  /**
   * Of `bytes`, those of flow records that may belong to several consumers' connections (a
   * default-format record on a multi-address gateway ENI): counted here, allocated to no consumer.
   * Set on totals and series points, not on consumers.
   */
  ambiguousBytes?: number;
}

export interface TrafficPoint extends TrafficTotals {
  /** Bucket start. */
  t: number;
}

/** One consumer of the subject: a VPC reaching it through an endpoint or a service-network VPC association. */
export interface ConsumerTraffic extends TrafficTotals {
  /** Stable key: the endpoint id, else `vpc-…` (+ association id). */
  key: string;
  pattern: AccessPattern | "unknown";
  accountId?: string;
  vpcId?: string;
  endpointId?: string;
  /** sn-resource / sn-vpc / resource-endpoint association, when known. */
  associationId?: string;
  serviceNetworkId?: string;
  /** The configuration reached (for gateway and endpoint subjects, which span several). */
  resourceConfigurationId?: string;
  /** Consumer-side estimate from the endpoint ENIs' flow logs, where the consumer account has them. */
  endpointEstimate?: { bytes: number; rejects: number };
}

export type SourceKind =
  | "gateway-flow-logs"
  | "endpoint-flow-logs"
  | "access-logs"
  | "network-flow-monitor"
  | "endpoint-metrics";

export interface FlowLogCoverage {
  eniId: string;
  /** The flow log that covers this ENI (on the ENI, its subnet or its VPC), if any. */
  flowLogId?: string;
  logGroupName?: string;
  format?: "default" | "custom";
  /** Flow-log version implied by the fields (2 for the default format). */
  version?: number;
  /** Aggregation interval, seconds (60 or 600). */
  intervalSeconds?: number;
  /** The format lacks fields the joins need (e.g. no srcport). */
  missingFields?: string[];
}

export interface SourceCoverage {
  kind: SourceKind;
  status: "available" | "partial" | "missing" | "error";
  /** Says more than `status` in the badge, e.g. "delivered to S3" where the logs exist but cannot be read. */
  statusLabel?: string;
  /** One sentence for the badge's tooltip: what was read, or why not. */
  detail: string;
  logGroups?: string[];
  enis?: FlowLogCoverage[];
  /**
   * Gateway flow logs whose format lacks fields of the recommended one: the format to use
   * (`--log-format`) and, per missing field, what is lost without it.
   */
  recommendation?: { logFormat: string; missing: Array<{ field: string; lost: string }> };
}

export interface NfmHealthPoint {
  t: number;
  dataTransferred?: number;
  retransmissions?: number;
  timeouts?: number;
  /** Microseconds. */
  roundTripTime?: number;
  /** 1 = degraded (AWS network issue), 0 = healthy. */
  healthIndicator?: number;
}

export interface NfmHealth {
  monitorName: string;
  accountId: string;
  region: string;
  /** Consumer VPCs/subnets this monitor watches that reach the subject. */
  watches: string[];
  status?: string;
  series: NfmHealthPoint[];
  degraded: boolean;
}

export interface MetricDimension {
  name: string;
  value: string;
}

/** One CloudWatch series that names an endpoint, as ListMetrics found it: nothing about it is assumed. */
export interface EndpointMetricSeries {
  /** Metric name + dimensions, stable across windows. */
  key: string;
  metricName: string;
  dimensions: MetricDimension[];
  /** Sum of the window's Sum datapoints; null when CloudWatch returned none. */
  sum: number | null;
  /** Largest per-period Sum; null when none. */
  peak: number | null;
  /** Per-period Sum. */
  points: Array<{ t: number; v: number }>;
}

/** Endpoint metrics (`AWS/VpcLattice`, published since 2026-11-19) for one VPC endpoint. */
export interface EndpointMetrics {
  endpointId: string;
  accountId: string;
  region: string;
  namespace: string;
  /** GetMetricData period, seconds. */
  period: number;
  series: EndpointMetricSeries[];
}

export interface TrafficWarning {
  source: SourceKind | "inventory";
  accountId?: string;
  region?: string;
  code: string;
  message: string;
}

/** What answering cost the user in AWS: Logs Insights bytes scanned, queries and metrics requested. */
export interface TrafficCost {
  scannedBytes: number;
  queries: number;
  /** Buckets answered from the cache of closed buckets. */
  cachedBuckets: number;
  queriedBuckets: number;
  metricsRequested: number;
}

export interface TrafficReport {
  subject: { kind: TrafficSubjectKind; id: string; name?: string };
  window: TrafficWindow;
  /** null when no source covers the subject: the UI says "no data source", never 0. */
  totals: TrafficTotals | null;
  series: TrafficPoint[];
  consumers: ConsumerTraffic[];
  sources: SourceCoverage[];
  health: NfmHealth[];
  /** Metrics of the consumer endpoints, discovered with ListMetrics (absent on subjects without endpoints). */
  endpointMetrics?: EndpointMetrics[];
  warnings: TrafficWarning[];
  scannedBytes: number;
  cost: TrafficCost;
  generatedAt: string;
  /** CloudWatch alarms concerning the subject, with their ALARM intervals over the window. */
  alarms?: ViewAlarm[];
  /**
   * Configuration subjects: the resource addresses the gateway connected to in the window, as the
   * resource access logs record them (`resourceIpPort`): how a DNS target resolved. Absent without access logs.
   */
  resourceAddresses?: string[];
}

/** Estate-wide traffic per configuration and consumer, for the overview, topology and cost views. */
export interface EstateTraffic {
  window: TrafficWindow;
  configurations: Array<{
    id: string;
    totals: TrafficTotals | null;
    consumers: ConsumerTraffic[];
    sources: SourceCoverage[];
  }>;
  warnings: TrafficWarning[];
  scannedBytes: number;
  cost: TrafficCost;
  generatedAt: string;
}
