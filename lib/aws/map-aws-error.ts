import { AppError, type AppErrorCode } from "@/lib/errors";

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $fault?: "client" | "server";
}

const NETWORK_ERRORS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EPIPE",
  "EAI_AGAIN",
]);

/** The AppError code for an SDK exception, by its name (the AWS error code) and HTTP status. */
export function awsErrorCode(error: unknown): AppErrorCode {
  const e = (error ?? {}) as SdkErrorLike;
  const name = e.name ?? "";
  const status = e.$metadata?.httpStatusCode;
  if (/^AccessDenied|^UnauthorizedOperation$|^Unauthorized|^AuthFailure$|^OptInRequired$/.test(name)) {
    return "aws_access_denied";
  }
  if (/^Throttl|^RequestLimitExceeded$|^TooManyRequests|^SlowDown$|^RequestThrottled/.test(name)) {
    return "aws_throttled";
  }
  if (
    /^CredentialsProviderError$|^ExpiredToken|^InvalidClientTokenId$|^UnrecognizedClient|^SignatureDoesNotMatch$|^IncompleteSignature$|^InvalidAccessKeyId$|^TokenRefreshRequired$/.test(
      name,
    )
  ) {
    return "aws_credentials";
  }
  if (/^ResourceNotFound|\.NotFound$|^NotFound$|^NoSuchEntity$/.test(name)) return "not_found";
  if ((status !== undefined && status >= 500) || e.$fault === "server") return "upstream_unavailable";
  if (
    NETWORK_ERRORS.has(e.code ?? "") ||
    NETWORK_ERRORS.has(name) ||
    /^TimeoutError$|^AbortError$/.test(name)
  ) {
    return "upstream_unavailable";
  }
  if (status === 400 || status === 404 || status === 409) return "bad_request";
  return "internal";
}

/** An SDK exception as an AppError, keeping the AWS error name in the message and the original as cause. */
export function mapAwsError(error: unknown, context?: string): AppError {
  if (error instanceof AppError) return error;
  const e = (error ?? {}) as SdkErrorLike;
  const prefix = context ? `${context}: ` : "";
  const detail =
    e.name && e.name !== "Error" ? `${e.name}: ${e.message ?? ""}` : (e.message ?? String(error));
  return new AppError(awsErrorCode(error), `${prefix}${detail}`.trim(), { cause: error });
}
