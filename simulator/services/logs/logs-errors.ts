import { type FaultErrors, SimError } from "../../protocols/types";

export const logsInvalidParameter = (message: string) =>
  new SimError("InvalidParameterException", 400, message);

/**
 * StartQuery past the concurrency quota: 400 LimitExceededException with AWS's own message, e.g.
 * "Account maximum query concurrency limit of [10] reached." (seen from AWSLogs in
 * cloud-carbon-footprint/cloud-carbon-footprint#261; the code is in the StartQuery model).
 */
export const logsQueryConcurrencyLimit = (quota: number) =>
  new SimError(
    "LimitExceededException",
    400,
    `Account maximum query concurrency limit of [${quota}] reached.`,
  );

export const logsFaultErrors: FaultErrors = {
  throttle: () => new SimError("ThrottlingException", 400, "Rate exceeded"),
  internal: () =>
    new SimError("ServiceUnavailableException", 500, "The service cannot complete the request."),
  accessDenied: (account) =>
    new SimError(
      "AccessDeniedException",
      400,
      `User: arn:aws:iam::${account}:user/sim is not authorized to perform this action`,
    ),
};
