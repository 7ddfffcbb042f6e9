import type { DescribeLogGroupsResponse } from "@aws-sdk/client-cloudwatch-logs";
import { InvalidTokenError, paginate } from "../../protocols/pagination";
import type { CallContext } from "../../protocols/types";
import { logGroupArn } from "../../state/arns";
import { logsInvalidParameter } from "./logs-errors";

export function describeLogGroups(
  ctx: CallContext,
  input: Record<string, unknown>,
): DescribeLogGroupsResponse {
  const prefix = typeof input.logGroupNamePrefix === "string" ? input.logGroupNamePrefix : undefined;
  const pattern =
    typeof input.logGroupNamePattern === "string" ? input.logGroupNamePattern.toLowerCase() : undefined;
  if (prefix !== undefined && pattern !== undefined) {
    throw logsInvalidParameter(
      "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.",
    );
  }
  const limit = input.limit === undefined ? 50 : Number(input.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    throw logsInvalidParameter(
      `1 validation error detected: Value '${String(input.limit)}' at 'limit' failed to satisfy constraint: Member must have value between 1 and 50`,
    );
  }
  const groups = ctx.state.scenario.logGroups
    .filter((g) => g.account === ctx.account && g.region === ctx.region)
    .filter((g) => prefix === undefined || g.name.startsWith(prefix))
    .filter((g) => pattern === undefined || g.name.toLowerCase().includes(pattern))
    // Logs sorts by name in ASCII order, which is plain code-unit order for ASCII names.
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let page: ReturnType<typeof paginate<(typeof groups)[number]>>;
  try {
    page = paginate(
      "DescribeLogGroups",
      groups,
      limit,
      typeof input.nextToken === "string" ? input.nextToken : undefined,
    );
  } catch (e) {
    if (e instanceof InvalidTokenError) throw logsInvalidParameter("The specified nextToken is invalid.");
    throw e;
  }
  return {
    logGroups: page.items.map((g) => {
      const arn = logGroupArn(g.region, g.account, g.name);
      return {
        logGroupName: g.name,
        creationTime: new Date(g.createdAt).getTime(),
        retentionInDays: g.retentionInDays,
        metricFilterCount: 0,
        arn: `${arn}:*`,
        logGroupArn: arn,
        storedBytes: 0,
        logGroupClass: "STANDARD",
      };
    }),
    nextToken: page.nextToken,
  };
}
