import { type FaultErrors, SimError } from "../../protocols/types";

export const invalidParameterValue = (message: string) => new SimError("InvalidParameterValue", 400, message);

export const ec2FaultErrors: FaultErrors = {
  throttle: () => new SimError("RequestLimitExceeded", 503, "Request limit exceeded."),
  internal: () => new SimError("InternalError", 500, "An internal error has occurred"),
  accessDenied: () =>
    new SimError("UnauthorizedOperation", 403, "You are not authorized to perform this operation."),
};
