/**
 * What the scenario delivers to S3: flow logs with `logDestinationType: s3` and access-log
 * subscriptions with an S3 `destinationArn`, each with its object layout.
 *
 * Layouts (VPC User Guide, "Flow log files", https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-s3-path.html):
 *   PREFIX/AWSLogs/<account>/vpcflowlogs/<region>/<yyyy>/<MM>/<dd>/[<HH>/]
 *   PREFIX/AWSLogs/aws-account-id=<a>/aws-service=vpcflowlogs/aws-region=<r>/year=…/month=…/day=…/[hour=…/]
 * Resource access logs: PREFIX/AWSLogs/<account>/VpcLattice/ResourceAccessLogs/<region>/… (aws-facts
 * §0.1.3); the hourly folders below it and the file names are assumptions.
 */
import type { SimState } from "../state/sim-state";
import { type FlowLogFormat, parseFlowLogFormat } from "./flow-log-format";
import type { EniFlowSource } from "./flow-records";
import { flowLogEniSources, subscriptionPaths } from "./log-sources";
import type { ResolvedPath } from "./resolve-paths";

export const WINDOW_MS = 5 * 60_000;

interface SourceBase {
  id: string;
  /** The account and region in the object keys: the log's owner. */
  account: string;
  region: string;
  bucket: string;
  /** Without leading or trailing slash; "" for none. */
  prefix: string;
  createdMs: number;
}

export interface FlowS3Source extends SourceBase {
  kind: "flow";
  parquet: boolean;
  hive: boolean;
  perHour: boolean;
  format: FlowLogFormat;
  trafficType: "ACCEPT" | "REJECT" | "ALL";
  enis: EniFlowSource[];
}

export interface AccessS3Source extends SourceBase {
  kind: "access";
  paths: ResolvedPath[];
}

export type S3LogSource = FlowS3Source | AccessS3Source;

export function parseS3Arn(arn: string): { bucket: string; prefix: string } {
  const rest = arn.replace(/^arn:aws[a-z-]*:s3:::/, "");
  const slash = rest.indexOf("/");
  if (slash < 0) return { bucket: rest, prefix: "" };
  return { bucket: rest.slice(0, slash), prefix: rest.slice(slash + 1).replace(/^\/+|\/+$/g, "") };
}

export function buildS3Sources(state: SimState, paths: ResolvedPath[]): S3LogSource[] {
  const s = state.scenario;
  const out: S3LogSource[] = [];
  for (const fl of s.flowLogs) {
    if (fl.logDestinationType !== "s3" || fl.logDestination === undefined) continue;
    out.push({
      kind: "flow",
      id: fl.id,
      account: fl.account,
      region: fl.region,
      ...parseS3Arn(fl.logDestination),
      createdMs: Date.parse(fl.createdAt),
      parquet: fl.destinationOptions?.fileFormat === "parquet",
      hive: fl.destinationOptions?.hiveCompatiblePartitions ?? false,
      perHour: fl.destinationOptions?.perHourPartition ?? false,
      format: parseFlowLogFormat(fl.logFormat),
      trafficType: fl.trafficType,
      enis: flowLogEniSources(state, paths, fl),
    });
  }
  for (const als of s.accessLogSubscriptions) {
    if (!als.destinationArn?.startsWith("arn:aws:s3:::")) continue;
    const owner = state.configurations.get(als.resourceId) ?? state.serviceNetworks.get(als.resourceId);
    if (!owner) continue;
    out.push({
      kind: "access",
      id: als.id,
      account: owner.account,
      region: owner.region,
      ...parseS3Arn(als.destinationArn),
      createdMs: Date.parse(als.createdAt),
      paths: subscriptionPaths(state, paths, als),
    });
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, "0");

export interface DateParts {
  yyyy: string;
  MM: string;
  dd: string;
  HH: string;
  mm: string;
}

export function dateParts(ms: number): DateParts {
  const d = new Date(ms);
  return {
    yyyy: String(d.getUTCFullYear()),
    MM: pad(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
  };
}

/** The length of one folder (partition) of a source: an hour or a day. */
export function folderSpanMs(src: S3LogSource): number {
  return src.kind === "access" || src.perHour ? 3_600_000 : 86_400_000;
}

/** The folder (key prefix, ending in `/`) that holds the objects of the window starting at `ms`. */
export function folderOf(src: S3LogSource, ms: number): string {
  const p = dateParts(ms);
  const root = src.prefix === "" ? "AWSLogs/" : `${src.prefix}/AWSLogs/`;
  if (src.kind === "access")
    return `${root}${src.account}/VpcLattice/ResourceAccessLogs/${src.region}/${p.yyyy}/${p.MM}/${p.dd}/${p.HH}/`;
  const hour = src.perHour ? (src.hive ? `hour=${p.HH}/` : `${p.HH}/`) : "";
  if (src.hive)
    return `${root}aws-account-id=${src.account}/aws-service=vpcflowlogs/aws-region=${src.region}/year=${p.yyyy}/month=${p.MM}/day=${p.dd}/${hour}`;
  return `${root}${src.account}/vpcflowlogs/${src.region}/${p.yyyy}/${p.MM}/${p.dd}/${hour}`;
}

export function objectKey(src: S3LogSource, windowMs: number, hash8: string): string {
  const p = dateParts(windowMs);
  const stamp = `${p.yyyy}${p.MM}${p.dd}T${p.HH}${p.mm}Z`;
  if (src.kind === "access")
    return `${folderOf(src, windowMs)}${src.account}_VpcLatticeResourceAccessLogs_${src.region}_${src.id}_${stamp}_${hash8}.log.gz`;
  const ext = src.parquet ? "log.parquet" : "log.gz";
  return `${folderOf(src, windowMs)}${src.account}_vpcflowlogs_${src.region}_${src.id}_${stamp}_${hash8}.${ext}`;
}
