import type { DescribeLogStreamsResponse } from "@aws-sdk/client-cloudwatch-logs";
import { InvalidTokenError, paginate } from "../../protocols/pagination";
import type { CallContext } from "../../protocols/types";
import { logGroupArn } from "../../state/arns";
import { resolveLogGroup } from "./log-group-ref";
import { logsInvalidParameter } from "./logs-errors";

/** The streams generated traffic writes (one per flow-logged ENI, one per access-logged configuration). */
export function describeLogStreams(
  ctx: CallContext,
  input: Record<string, unknown>,
): DescribeLogStreamsResponse {
  const name = input.logGroupName ?? input.logGroupIdentifier;
  if (name === undefined)
    throw logsInvalidParameter("Either logGroupName or logGroupIdentifier must be specified.");
  const { group, source } = resolveLogGroup(ctx, String(name));
  const prefix = typeof input.logStreamNamePrefix === "string" ? input.logStreamNamePrefix : undefined;
  const orderBy = input.orderBy === undefined ? "LogStreamName" : String(input.orderBy);
  if (orderBy !== "LogStreamName" && orderBy !== "LastEventTime")
    throw logsInvalidParameter(`orderBy must be LogStreamName or LastEventTime, not ${orderBy}`);
  if (prefix !== undefined && orderBy === "LastEventTime")
    throw logsInvalidParameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
  const limit = input.limit === undefined ? 50 : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw logsInvalidParameter("limit must be between 1 and 50.");
  const streams = (source?.streams ?? []).filter((s) => prefix === undefined || s.name.startsWith(prefix));
  if (input.descending === true) streams.reverse();
  let page: ReturnType<typeof paginate<(typeof streams)[number]>>;
  try {
    page = paginate(
      "DescribeLogStreams",
      streams,
      limit,
      typeof input.nextToken === "string" ? input.nextToken : undefined,
    );
  } catch (e) {
    if (e instanceof InvalidTokenError) throw logsInvalidParameter("The specified nextToken is invalid.");
    throw e;
  }
  const arn = logGroupArn(group.region, group.account, group.name);
  return {
    logStreams: page.items.map((s) => ({
      logStreamName: s.name,
      creationTime: Math.max(s.createdMs, ctx.runtime.traffic.historyStartMs),
      arn: `${arn}:log-stream:${s.name}`,
      storedBytes: 0,
    })),
    nextToken: page.nextToken,
  };
}
