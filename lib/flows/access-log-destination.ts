/**
 * Where an access-log subscription delivers: a CloudWatch Logs group (readable by Logs Insights),
 * an S3 bucket or a Firehose delivery stream (delivered, but not readable here). Pure.
 * The three destination types are the ones AWS documents for CreateAccessLogSubscription
 * ("CloudWatch Log groups, Kinesis Data Firehose delivery streams, and Amazon S3 buckets").
 */
export type AccessLogDestinationKind = "cloudwatch-logs" | "s3" | "firehose" | "other";

export function destinationKind(arn: string): AccessLogDestinationKind {
  const service = /^arn:aws[a-z-]*:([a-z0-9-]+):/.exec(arn)?.[1];
  if (service === "logs") return "cloudwatch-logs";
  if (service === "s3") return "s3";
  if (service === "firehose") return "firehose";
  return "other";
}

export const destinationLabel: Record<AccessLogDestinationKind, string> = {
  "cloudwatch-logs": "CloudWatch Logs",
  s3: "S3",
  firehose: "Firehose",
  other: "another destination",
};
