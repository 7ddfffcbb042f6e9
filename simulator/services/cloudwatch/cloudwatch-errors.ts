import { type FaultErrors, SimError } from "../../protocols/types";

export const cwInvalidParameter = (message: string) => new SimError("InvalidParameterValue", 400, message);
export const cwInvalidNextToken = (message: string) => new SimError("InvalidNextToken", 400, message);

export const cloudWatchFaultErrors: FaultErrors = {
  throttle: () => new SimError("Throttling", 400, "Rate exceeded"),
  internal: () => new SimError("InternalServiceError", 500, "Internal service error"),
  accessDenied: (account) =>
    new SimError(
      "AccessDenied",
      403,
      `User: arn:aws:iam::${account}:user/sim is not authorized to perform this action`,
    ),
};
