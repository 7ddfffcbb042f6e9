/**
 * What a scenario Glue table is: the columns, partition keys, SerDe and partition-projection
 * parameters of AWS's documented `CREATE EXTERNAL TABLE` for its kind and layout (simulator README
 * "Glue tables"), and which S3 log sources its LOCATION covers.
 *
 * Flow logs: Athena UG "Create tables for flow logs in Apache Parquet format"
 * (https://docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs-parquet.html), partition projection as
 * in https://docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs-partition-projection-parquet-example.html
 * (Hive) and https://docs.aws.amazon.com/athena/latest/ug/vpc-flow-logs.html (default layout,
 * `storage.location.template`). Access logs: the JSON SerDe over the documented prefix (aws-facts §0.1.3).
 */
import type { GlueTable } from "../../scenario/schema";
import { dateParts, type S3LogSource } from "../../traffic/s3-log-sources";

export type HiveType = "string" | "int" | "bigint";

export interface TableColumn {
  name: string;
  type: HiveType;
}

/** The flow-log columns of AWS's DDL, in order (all fields of versions 2–5). */
export const FLOW_LOG_COLUMNS: TableColumn[] = [
  ["version", "int"],
  ["account_id", "string"],
  ["interface_id", "string"],
  ["srcaddr", "string"],
  ["dstaddr", "string"],
  ["srcport", "int"],
  ["dstport", "int"],
  ["protocol", "bigint"],
  ["packets", "bigint"],
  ["bytes", "bigint"],
  ["start", "bigint"],
  ["end", "bigint"],
  ["action", "string"],
  ["log_status", "string"],
  ["vpc_id", "string"],
  ["subnet_id", "string"],
  ["instance_id", "string"],
  ["tcp_flags", "int"],
  ["type", "string"],
  ["pkt_srcaddr", "string"],
  ["pkt_dstaddr", "string"],
  ["region", "string"],
  ["az_id", "string"],
  ["sublocation_type", "string"],
  ["sublocation_id", "string"],
  ["pkt_src_aws_service", "string"],
  ["pkt_dst_aws_service", "string"],
  ["flow_direction", "string"],
  ["traffic_path", "int"],
].map(([name, type]) => ({ name: name as string, type: type as HiveType }));

/** Resource access log fields (aws-facts §0.1.3): the JSON keys, and the columns Glue lowercases them to. */
export const ACCESS_LOG_FIELDS = [
  "eventTimestamp",
  "serviceNetworkArn",
  "serviceNetworkResourceAssociationId",
  "vpcEndpointId",
  "sourceVpcArn",
  "resourceConfigurationArn",
  "protocol",
  "sourceIpPort",
  "destinationIpPort",
  "gatewayIpPort",
  "resourceIpPort",
];
export const ACCESS_LOG_COLUMNS: TableColumn[] = ACCESS_LOG_FIELDS.map((f) => ({
  name: f.toLowerCase(),
  type: "string",
}));

export interface TableDefinition {
  table: GlueTable;
  columns: TableColumn[];
  partitionKeys: TableColumn[];
  bucket: string;
  /** The key prefix of LOCATION (no leading slash). */
  keyPrefix: string;
  serde: { library: string; parameters: Record<string, string> };
  inputFormat: string;
  outputFormat: string;
  parameters: Record<string, string>;
  /** The S3 sources whose objects the table reads. */
  sources: S3LogSource[];
}

export function parseS3Url(url: string): { bucket: string; keyPrefix: string } {
  const rest = url.replace(/^s3:\/\//, "");
  const slash = rest.indexOf("/");
  return slash < 0
    ? { bucket: rest, keyPrefix: "" }
    : { bucket: rest.slice(0, slash), keyPrefix: rest.slice(slash + 1) };
}

const isHive = (t: GlueTable) => t.kind === "vpc-flow-logs" && t.hiveCompatiblePartitions;
const hasHour = (t: GlueTable) => t.kind === "resource-access-logs" || t.perHourPartition;

function partitionKeys(t: GlueTable): TableColumn[] {
  const names = isHive(t)
    ? ["aws-account-id", "aws-service", "aws-region", "year", "month", "day"]
    : ["region", "date"];
  if (hasHour(t)) names.push("hour");
  return names.map((name) => ({ name, type: "string" }));
}

/** The partition values of the folder of `src` that starts at folderStartMs, as this table names them. */
export function partitionValues(
  t: GlueTable,
  src: S3LogSource,
  folderStartMs: number,
): Record<string, string> {
  const p = dateParts(folderStartMs);
  const v: Record<string, string> = isHive(t)
    ? {
        "aws-account-id": src.account,
        "aws-service": "vpcflowlogs",
        "aws-region": src.region,
        year: p.yyyy,
        month: p.MM,
        day: p.dd,
      }
    : { region: src.region, date: `${p.yyyy}/${p.MM}/${p.dd}` };
  if (hasHour(t)) v.hour = p.HH;
  return v;
}

/** Whether a source's objects are what this table's LOCATION and projection read. */
function covers(t: GlueTable, bucket: string, keyPrefix: string, src: S3LogSource): boolean {
  if (src.bucket !== bucket) return false;
  if (t.kind === "resource-access-logs") {
    if (src.kind !== "access") return false;
  } else {
    if (src.kind !== "flow") return false;
    // A layout other than the table's is not where the projection looks (or not what the SerDe reads).
    if (src.hive !== t.hiveCompatiblePartitions || src.perHour !== t.perHourPartition) return false;
    if (src.parquet !== (t.fileFormat === "parquet")) return false;
  }
  const root = src.prefix === "" ? "AWSLogs/" : `${src.prefix}/AWSLogs/`;
  const sample =
    src.kind === "access"
      ? `${root}${src.account}/VpcLattice/ResourceAccessLogs/${src.region}/`
      : src.hive
        ? `${root}aws-account-id=${src.account}/`
        : `${root}${src.account}/vpcflowlogs/${src.region}/`;
  return sample.startsWith(keyPrefix) || keyPrefix.startsWith(sample);
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

export function tableDefinition(t: GlueTable, allSources: S3LogSource[]): TableDefinition {
  const { bucket, keyPrefix } = parseS3Url(t.location);
  const sources = allSources.filter((s) => covers(t, bucket, keyPrefix, s));
  const loc = t.location.endsWith("/") ? t.location.slice(0, -1) : t.location;
  const parameters: Record<string, string> = { EXTERNAL: "TRUE", "projection.enabled": "true" };
  const regions = unique(sources.map((s) => s.region));
  const hourParams = {
    "projection.hour.type": "integer",
    "projection.hour.range": "0,23",
    "projection.hour.digits": "2",
  };
  if (isHive(t)) {
    Object.assign(parameters, {
      "projection.aws-account-id.type": "enum",
      "projection.aws-account-id.values": unique(sources.map((s) => s.account)).join(",") || t.account,
      "projection.aws-service.type": "enum",
      "projection.aws-service.values": "vpcflowlogs",
      "projection.aws-region.type": "enum",
      "projection.aws-region.values": regions.join(",") || t.region,
      "projection.year.type": "integer",
      "projection.year.range": "2020,2035",
      "projection.month.type": "integer",
      "projection.month.range": "1,12",
      "projection.month.digits": "2",
      "projection.day.type": "integer",
      "projection.day.range": "1,31",
      "projection.day.digits": "2",
    });
    if (t.perHourPartition) Object.assign(parameters, hourParams);
  } else {
    Object.assign(parameters, {
      "projection.region.type": "enum",
      "projection.region.values": regions.join(",") || t.region,
      "projection.date.type": "date",
      "projection.date.format": "yyyy/MM/dd",
      "projection.date.range": "2020/01/01,NOW",
      "projection.date.interval": "1",
      "projection.date.interval.unit": "DAYS",
      "storage.location.template": `${loc}/\${region}/\${date}${hasHour(t) ? "/${hour}" : ""}`,
    });
    if (hasHour(t)) Object.assign(parameters, hourParams);
  }
  const text = t.kind === "vpc-flow-logs" && t.fileFormat === "plain-text";
  if (text) parameters["skip.header.line.count"] = "1";
  if (t.kind === "resource-access-logs") {
    return {
      table: t,
      columns: ACCESS_LOG_COLUMNS,
      partitionKeys: partitionKeys(t),
      bucket,
      keyPrefix,
      serde: { library: "org.openx.data.jsonserde.JsonSerDe", parameters: { "serialization.format": "1" } },
      inputFormat: "org.apache.hadoop.mapred.TextInputFormat",
      outputFormat: "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
      parameters,
      sources,
    };
  }
  return {
    table: t,
    // With the default layout `region` is a partition, so AWS's DDL for it drops the `region`
    // column (Athena UG, vpc-flow-logs-partition-projection-parquet-example.html).
    columns: isHive(t) ? FLOW_LOG_COLUMNS : FLOW_LOG_COLUMNS.filter((c) => c.name !== "region"),
    partitionKeys: partitionKeys(t),
    bucket,
    keyPrefix,
    serde: text
      ? {
          library: "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe",
          parameters: { "field.delim": " ", "serialization.format": " " },
        }
      : {
          library: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
          parameters: { "serialization.format": "1" },
        },
    inputFormat: text
      ? "org.apache.hadoop.mapred.TextInputFormat"
      : "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
    outputFormat: text
      ? "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat"
      : "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
    parameters,
    sources,
  };
}
