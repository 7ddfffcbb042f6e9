import { describe, expect, it } from "vitest";
import { destinationKind } from "./access-log-destination";

describe("destinationKind", () => {
  it.each([
    ["arn:aws:logs:us-east-1:111111111111:log-group:/lattice/access", "cloudwatch-logs"],
    ["arn:aws:s3:::provider-lattice-logs/resource-access", "s3"],
    ["arn:aws:firehose:us-east-1:111111111111:deliverystream/lattice", "firehose"],
    ["arn:aws-cn:s3:::bucket", "s3"],
    ["not an arn", "other"],
  ])("%s → %s", (arn, kind) => {
    expect(destinationKind(arn)).toBe(kind);
  });
});
