/** One error type for the product; its code decides the HTTP status and what the user is told. */

export const errorStatus = {
  bad_request: 400,
  invalid_config: 500,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  aws_access_denied: 403,
  aws_throttled: 429,
  aws_credentials: 401,
  upstream_unavailable: 502,
  internal: 500,
} as const;

export type AppErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The parameter or field at fault, for bad_request and invalid_config. */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options?.field;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
