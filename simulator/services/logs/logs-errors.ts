import { type FaultErrors, SimError } from "../../protocols/types";

export const logsInvalidParameter = (message: string) =>
  new SimError("InvalidParameterException", 400, message);

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
