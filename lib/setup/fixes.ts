/**
 * The AWS CLI commands that close each gap, with the real ids filled in. Lattice Lens never runs
 * them (it stays read-only); they are shown for a person to review and run. Every operation and
 * flag is checked against the botocore models in a test (fixes.test.ts). Pure.
 */
import { RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT } from "@/lib/flows/recommended-flow-log-format";
import { cli } from "./cli-command";
import type { Fix } from "./setup-report";

/** Where new flow logs and access logs go when the account has none to reuse. */
export const DEFAULT_FLOW_LOG_GROUP = "/lattice-lens/vpc-flow-logs";
export const DEFAULT_ACCESS_LOG_GROUP = "/lattice-lens/resource-access-logs";
const DELIVERY_ROLE = "<flow-logs-delivery-role>";

function flowLogResourceType(resourceId: string): string {
  if (resourceId.startsWith("vpc-")) return "VPC";
  if (resourceId.startsWith("subnet-")) return "Subnet";
  return "NetworkInterface";
}

function deliveryNote(accountId: string): string {
  return `Replace ${DELIVERY_ROLE} with an IAM role in ${accountId} that VPC Flow Logs may assume to write to CloudWatch Logs (trust vpc-flow-logs.amazonaws.com; logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogStreams).`;
}

function createFlowLogs(region: string, accountId: string, resourceIds: string[], logGroup: string) {
  const type = flowLogResourceType(resourceIds[0] ?? "");
  return cli("ec2", "create-flow-logs", region, [
    ["--resource-type", type],
    ["--resource-ids", ...resourceIds],
    ["--traffic-type", "ALL"],
    ["--log-destination-type", "cloud-watch-logs"],
    ["--log-group-name", logGroup],
    ["--deliver-logs-permission-arn", `arn:aws:iam::${accountId}:role/${DELIVERY_ROLE}`],
    ["--max-aggregation-interval", "60"],
    ["--log-format", RECOMMENDED_GATEWAY_FLOW_LOG_FORMAT],
  ]);
}

/** Flow logs in the recommended format on ENIs nothing covers (one call for all of them). */
export function flowLogsFix(
  accountId: string,
  region: string,
  eniIds: string[],
  logGroup: string | undefined,
): Fix {
  const group = logGroup ?? DEFAULT_FLOW_LOG_GROUP;
  return {
    summary: `Create a flow log in the recommended format on ${eniIds.length === 1 ? "the ENI" : `the ${eniIds.length} ENIs`}, delivered to ${group}.`,
    commands: [
      ...(logGroup ? [] : [cli("logs", "create-log-group", region, [["--log-group-name", group]])]),
      createFlowLogs(region, accountId, eniIds, group),
    ],
    notes: [deliveryNote(accountId)],
  };
}

/**
 * A format cannot be changed on an existing flow log: create one in the recommended format on
 * the same resource and log group, then delete the old one once the new one delivers.
 */
export function flowLogFormatFix(
  accountId: string,
  region: string,
  flowLog: { id: string; resourceId: string; logGroupName?: string },
): Fix {
  const group = flowLog.logGroupName ?? DEFAULT_FLOW_LOG_GROUP;
  return {
    summary: `Replace ${flowLog.id} with a flow log in the recommended format on ${flowLog.resourceId} (a flow log's format cannot be modified).`,
    commands: [
      createFlowLogs(region, accountId, [flowLog.resourceId], group),
      cli("ec2", "delete-flow-logs", region, [["--flow-log-ids", flowLog.id]]),
    ],
    notes: [
      deliveryNote(accountId),
      `Delete ${flowLog.id} only after the new flow log shows records, so no interval goes unlogged.`,
    ],
  };
}

export function logGroupArn(accountId: string, region: string, name: string): string {
  return `arn:aws:logs:${region}:${accountId}:log-group:${name}`;
}

/** Resource access logs on a configuration, or RESOURCE access logs on a service network. */
export function accessLogsFix(
  accountId: string,
  region: string,
  resourceId: string,
  logGroup: string | undefined,
): Fix {
  const group = logGroup ?? DEFAULT_ACCESS_LOG_GROUP;
  const network = resourceId.startsWith("sn-");
  return {
    summary: network
      ? `Subscribe ${resourceId} to resource access logs (type RESOURCE) in ${group}.`
      : `Subscribe ${resourceId} to resource access logs in ${group}.`,
    commands: [
      ...(logGroup ? [] : [cli("logs", "create-log-group", region, [["--log-group-name", group]])]),
      cli("vpc-lattice", "create-access-log-subscription", region, [
        ["--resource-identifier", resourceId],
        ["--destination-arn", logGroupArn(accountId, region, group)],
        ...(network ? ([["--service-network-log-type", "RESOURCE"]] as Array<[string, string]>) : []),
      ]),
    ],
    notes: [
      ...(logGroup
        ? []
        : [`create-log-group fails harmlessly with ResourceAlreadyExistsException once ${group} exists.`]),
      ...(network
        ? [
            "A service network's RESOURCE subscription logs only connections made through that network; Resource-endpoint consumers need one on the configuration.",
          ]
        : []),
    ],
  };
}

/** A Network Flow Monitor monitor on a consumer VPC (identified by its ARN, as the API asks). */
export function monitorFix(accountId: string, region: string, vpcId: string): Fix {
  return {
    summary: `Create a Network Flow Monitor monitor on ${vpcId}.`,
    commands: [
      cli("networkflowmonitor", "create-monitor", region, [
        ["--monitor-name", `lattice-lens-${vpcId}`],
        [
          "--local-resources",
          `type=AWS::EC2::VPC,identifier=arn:aws:ec2:${region}:${accountId}:vpc/${vpcId}`,
        ],
        ["--scope-arn", "<scope-arn>"],
      ]),
    ],
    notes: [
      `Replace <scope-arn> with the scope of ${accountId}: \`aws networkflowmonitor list-scopes --region ${region}\` lists it (create-scope makes one).`,
      "Monitors measure only where the Network Flow Monitor agent runs on the consumer's instances.",
    ],
  };
}

/** The read-only policy on the role Lattice Lens assumes (its name is in the configured role ARN). */
export function policyFix(roleArn: string | undefined): Fix | undefined {
  const role = roleArn?.split(":role/")[1]?.split("/").pop();
  if (!role) return undefined;
  return {
    summary: `Attach the read-only policy to ${role}.`,
    commands: [
      cli("iam", "put-role-policy", "us-east-1", [
        ["--role-name", role],
        ["--policy-name", "LatticeLensReadOnly"],
        ["--policy-document", "file://iam/lattice-lens-readonly-policy.json"],
      ]),
    ],
    notes: [
      "IAM is global; the region only picks the endpoint. Run it with credentials of the role's account.",
    ],
  };
}
