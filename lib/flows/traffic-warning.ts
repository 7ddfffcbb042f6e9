import { awsErrorCode } from "@/lib/aws/map-aws-error";
import type { SourceKind, TrafficWarning } from "@/lib/schemas/traffic";
import { InsightsQueryError } from "./run-insights-query";

/** A failed source → a warning beside the partial data, with the AWS error name kept for the tooltip. */
export function warningFrom(
  source: SourceKind,
  accountId: string,
  region: string,
  e: unknown,
  what: string,
): TrafficWarning {
  const err = e as { name?: string; message?: string };
  const code = e instanceof InsightsQueryError ? `insights_${e.status.toLowerCase()}` : awsErrorCode(e);
  return {
    source,
    accountId,
    region,
    code,
    message: `${what} could not be read (${accountId}, ${region}): ${err.name && err.name !== "Error" ? `${err.name}: ` : ""}${err.message ?? String(e)}`,
  };
}
