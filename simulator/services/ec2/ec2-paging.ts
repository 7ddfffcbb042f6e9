/** MaxResults/NextToken for EC2 Describe calls; without MaxResults EC2 returns everything (up to 1000). */
import { InvalidTokenError, type Page, paginate } from "../../protocols/pagination";
import { SimError } from "../../protocols/types";
import { invalidParameterValue } from "./ec2-errors";

export interface Ec2PageLimits {
  min: number;
  max: number;
  /** Values above max are clamped instead of rejected (DescribeVpcEndpoints, DescribeFlowLogs). */
  clamp?: boolean;
}

export function ec2Page<T>(
  operation: string,
  params: URLSearchParams,
  all: T[],
  limits: Ec2PageLimits,
): Page<T> {
  const raw = params.get("MaxResults");
  let size = 1000;
  if (raw !== null) {
    size = Number(raw);
    if (limits.clamp && size > limits.max) size = limits.max;
    if (!Number.isInteger(size) || size < limits.min || size > limits.max) {
      throw invalidParameterValue(
        `Value ( ${raw} ) for parameter maxResults is invalid. Parameter must be between ${limits.min} and ${limits.max}.`,
      );
    }
  }
  try {
    return paginate(operation, all, size, params.get("NextToken") ?? undefined);
  } catch (e) {
    if (e instanceof InvalidTokenError) throw new SimError("InvalidPaginationToken", 400, e.message);
    throw e;
  }
}
