/**
 * The small estate plus S3 delivery: the provider VPC's flow logs also go to S3 (Parquet with
 * Hive-compatible hourly partitions, and plain text in the default daily layout) next to the
 * CloudWatch Logs flow log on the same VPC, so the two can be compared record for record; one
 * configuration's access logs go to S3 (next to its CloudWatch Logs subscription); Glue tables
 * over all three; a workgroup with an output; traffic to that configuration from both endpoints.
 */
import type { ScenarioInput } from "../scenario/schema";
import { ids, PROVIDER, REGION, smallScenario } from "./small-scenario";

export const S3_FLOW_PARQUET = "fl-0aaa0000000000003";
export const S3_FLOW_TEXT = "fl-0aaa0000000000004";
export const S3_ACCESS = "als-0aaa0000000000003";
export const FLOW_BUCKET = "provider-flow-logs";
export const V5_FORMAT =
  "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status} ${vpc-id} ${subnet-id} ${instance-id} ${tcp-flags} ${type} ${pkt-srcaddr} ${pkt-dstaddr} ${region} ${az-id} ${sublocation-type} ${sublocation-id} ${pkt-src-aws-service} ${pkt-dst-aws-service} ${flow-direction} ${traffic-path}";

const t = "2026-01-01T00:00:00.000Z";

export const s3Scenario: ScenarioInput = {
  ...smallScenario,
  flowLogs: [
    ...(smallScenario.flowLogs ?? []),
    {
      id: S3_FLOW_PARQUET,
      account: PROVIDER,
      region: REGION,
      resourceId: ids.providerVpc,
      logDestinationType: "s3",
      logDestination: `arn:aws:s3:::${FLOW_BUCKET}/parquet`,
      destinationOptions: { fileFormat: "parquet", hiveCompatiblePartitions: true, perHourPartition: true },
      logFormat: V5_FORMAT,
      createdAt: t,
    },
    {
      id: S3_FLOW_TEXT,
      account: PROVIDER,
      region: REGION,
      resourceId: ids.providerVpc,
      logDestinationType: "s3",
      logDestination: `arn:aws:s3:::${FLOW_BUCKET}/text`,
      createdAt: t,
    },
  ],
  accessLogSubscriptions: [
    ...(smallScenario.accessLogSubscriptions ?? []),
    {
      id: S3_ACCESS,
      resourceId: ids.single,
      destinationArn: "arn:aws:s3:::provider-access-logs",
      createdAt: t,
    },
  ],
  traffic: [
    {
      resourceConfigurationId: ids.single,
      consumer: { endpointId: ids.resourceEndpoint },
      connectionsPerMinute: 2,
      bytesPerConnection: { toResource: 2000, fromResource: 30000 },
    },
    {
      resourceConfigurationId: ids.single,
      consumer: { endpointId: ids.snEndpoint },
      connectionsPerMinute: 1,
      bytesPerConnection: { toResource: 500, fromResource: 8000 },
    },
  ],
  glueDatabases: [{ name: "vpc_logs", account: PROVIDER, region: REGION, createdAt: t }],
  glueTables: [
    {
      name: "flow_parquet",
      database: "vpc_logs",
      account: PROVIDER,
      region: REGION,
      kind: "vpc-flow-logs",
      location: `s3://${FLOW_BUCKET}/parquet/AWSLogs/`,
      createdAt: t,
    },
    {
      name: "flow_text",
      database: "vpc_logs",
      account: PROVIDER,
      region: REGION,
      kind: "vpc-flow-logs",
      location: `s3://${FLOW_BUCKET}/text/AWSLogs/${PROVIDER}/vpcflowlogs/`,
      fileFormat: "plain-text",
      hiveCompatiblePartitions: false,
      perHourPartition: false,
      createdAt: t,
    },
    {
      name: "access_logs",
      database: "vpc_logs",
      account: PROVIDER,
      region: REGION,
      kind: "resource-access-logs",
      location: `s3://provider-access-logs/AWSLogs/${PROVIDER}/VpcLattice/ResourceAccessLogs/`,
      hiveCompatiblePartitions: false,
      createdAt: t,
    },
  ],
  athenaWorkGroups: [
    { name: "lens", account: PROVIDER, region: REGION, outputLocation: "s3://provider-athena-results/lens/" },
  ],
};
