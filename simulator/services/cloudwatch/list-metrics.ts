import type { DimensionFilter, ListMetricsOutput } from "@aws-sdk/client-cloudwatch";
import type { CallContext } from "../../protocols/types";
import { cwInvalidParameter } from "./cloudwatch-errors";
import { cloudWatchPage } from "./cloudwatch-paging";
import { knownMetrics } from "./metric-catalog";

const LIST_METRICS_PAGE = 500;

export function listMetrics(ctx: CallContext, input: Record<string, unknown>): ListMetricsOutput {
  const namespace = typeof input.Namespace === "string" ? input.Namespace : undefined;
  const name = typeof input.MetricName === "string" ? input.MetricName : undefined;
  const dims = Array.isArray(input.Dimensions) ? (input.Dimensions as DimensionFilter[]) : [];
  if (dims.length > 10)
    throw cwInvalidParameter("The collection Dimensions must not have a size greater than 10.");
  const metrics = knownMetrics(ctx)
    .filter((m) => namespace === undefined || m.Namespace === namespace)
    .filter((m) => name === undefined || m.MetricName === name)
    .filter((m) =>
      dims.every((f) =>
        (m.Dimensions ?? []).some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
      ),
    );
  const page = cloudWatchPage("ListMetrics", metrics, LIST_METRICS_PAGE, input.NextToken);
  return { Metrics: page.items, NextToken: page.nextToken };
}
