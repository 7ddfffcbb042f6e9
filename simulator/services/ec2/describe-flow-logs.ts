import { filtersParam, listParam } from "../../protocols/query-params";
import type { CallContext } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import { logGroupArn } from "../../state/arns";
import { applyFilters } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

/** What AWS reports for a flow log created without a custom format. */
export const DEFAULT_FLOW_LOG_FORMAT =
  "${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}";

export function describeFlowLogs(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "FlowLogId");
  // Unknown flow-log ids are not an error in EC2: they just match nothing.
  let items = ctx.state.scenario.flowLogs.filter(
    (f) => f.account === ctx.account && f.region === ctx.region && (ids.length === 0 || ids.includes(f.id)),
  );
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "resource-id": (f) => f.resourceId,
      "log-group-name": (f) => f.logGroupName,
      "log-destination-type": (f) => f.logDestinationType,
      "flow-log-id": (f) => f.id,
      "traffic-type": (f) => f.trafficType,
      "deliver-log-status": () => "SUCCESS",
    },
    () => ({}),
  );
  const page = ec2Page("DescribeFlowLogs", params, items, { min: 1, max: 1000, clamp: true });
  return {
    flowLogSet: page.items.map((f) => ({
      creationTime: new Date(f.createdAt),
      deliverLogsPermissionArn: `arn:aws:iam::${f.account}:role/flow-logs-delivery`,
      deliverLogsStatus: "SUCCESS",
      flowLogId: f.id,
      flowLogStatus: "ACTIVE",
      logGroupName: f.logGroupName,
      resourceId: f.resourceId,
      trafficType: f.trafficType,
      logDestinationType: f.logDestinationType,
      // S3 flow logs name their bucket ARN (with prefix) and carry the destination options.
      logDestination:
        f.logGroupName !== undefined ? logGroupArn(f.region, f.account, f.logGroupName) : f.logDestination,
      destinationOptions:
        f.logDestinationType === "s3"
          ? {
              fileFormat: f.destinationOptions?.fileFormat ?? "plain-text",
              hiveCompatiblePartitions: f.destinationOptions?.hiveCompatiblePartitions ?? false,
              perHourPartition: f.destinationOptions?.perHourPartition ?? false,
            }
          : undefined,
      logFormat: f.logFormat ?? DEFAULT_FLOW_LOG_FORMAT,
      tagSet: [],
      maxAggregationInterval: f.maxAggregationInterval,
    })),
    nextToken: page.nextToken,
  };
}
