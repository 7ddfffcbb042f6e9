import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { awsErrorCode, mapAwsError } from "./map-aws-error";

function sdkError(name: string, status?: number, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(`${name} happened`), {
    name,
    $metadata: { httpStatusCode: status },
    ...extra,
  });
}

describe("awsErrorCode", () => {
  it.each([
    ["AccessDeniedException", 403, "aws_access_denied"],
    ["AccessDenied", 403, "aws_access_denied"],
    ["UnauthorizedOperation", 403, "aws_access_denied"],
    ["ThrottlingException", 429, "aws_throttled"],
    ["Throttling", 400, "aws_throttled"],
    ["RequestLimitExceeded", 503, "aws_throttled"],
    ["TooManyRequestsException", 429, "aws_throttled"],
    ["CredentialsProviderError", undefined, "aws_credentials"],
    ["ExpiredTokenException", 400, "aws_credentials"],
    ["InvalidClientTokenId", 403, "aws_credentials"],
    ["AuthFailure", 401, "aws_access_denied"],
    ["ResourceNotFoundException", 404, "not_found"],
    ["InvalidVpcEndpointId.NotFound", 400, "not_found"],
    ["InvalidGroup.NotFound", 400, "not_found"],
    ["InternalServerException", 500, "upstream_unavailable"],
    ["ServiceUnavailable", 503, "upstream_unavailable"],
    ["ValidationException", 400, "bad_request"],
    ["SomethingOdd", undefined, "internal"],
  ])("%s (%s) → %s", (name, status, code) => {
    expect(awsErrorCode(sdkError(name, status))).toBe(code);
  });

  it("treats socket errors as upstream_unavailable", () => {
    expect(awsErrorCode(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(
      "upstream_unavailable",
    );
  });
});

describe("mapAwsError", () => {
  it("keeps the AWS error name and the cause", () => {
    const original = sdkError("AccessDeniedException", 403);
    const mapped = mapAwsError(original, "vpc-lattice ListResourceGateways");
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe("aws_access_denied");
    expect(mapped.message).toBe(
      "vpc-lattice ListResourceGateways: AccessDeniedException: AccessDeniedException happened",
    );
    expect(mapped.cause).toBe(original);
  });

  it("passes AppErrors through", () => {
    const e = new AppError("not_found", "x");
    expect(mapAwsError(e)).toBe(e);
  });
});
