import { type FaultErrors, SimError } from "../../protocols/types";

export interface FieldProblem {
  name: string;
  message: string;
}

export function validationError(message: string, fieldList?: FieldProblem[]): SimError {
  return new SimError("ValidationException", 400, message, {
    reason: fieldList ? "fieldValidationFailed" : "other",
    ...(fieldList ? { fieldList } : {}),
  });
}

export function notFound(resourceId: string, resourceType: string): SimError {
  return new SimError("ResourceNotFoundException", 404, "Resource not found", { resourceId, resourceType });
}

export const latticeFaultErrors: FaultErrors = {
  throttle: () =>
    new SimError(
      "ThrottlingException",
      429,
      "Rate exceeded",
      { serviceCode: "vpc-lattice" },
      { "retry-after": "1" },
    ),
  internal: () =>
    new SimError("InternalServerException", 500, "Internal server error", {}, { "retry-after": "1" }),
  accessDenied: (account) =>
    new SimError(
      "AccessDeniedException",
      403,
      `User: arn:aws:iam::${account}:user/sim is not authorized to perform this action`,
    ),
};
