/** Query-parameter validation shared by the VPC Lattice list operations. */
import { InvalidTokenError, type Page, paginate } from "../../protocols/pagination";
import { idFromIdentifier } from "../../state/arns";
import { validationError } from "./lattice-errors";

export const LATTICE_DEFAULT_PAGE_SIZE = 100;

export function requireQuery(query: URLSearchParams, name: string): string {
  const value = query.get(name);
  if (value === null || value === "") {
    throw validationError(
      `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
      [{ name, message: "Member must not be null" }],
    );
  }
  return value;
}

/** The id inside an identifier query/path value (ids and ARNs are both accepted). */
export function optionalId(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === "" ? undefined : idFromIdentifier(value);
}

export function latticePage<T>(operation: string, query: URLSearchParams, all: T[]): Page<T> {
  const raw = query.get("maxResults");
  let size = LATTICE_DEFAULT_PAGE_SIZE;
  if (raw !== null) {
    size = Number(raw);
    if (!Number.isInteger(size) || size < 1 || size > 100) {
      throw validationError(
        `1 validation error detected: Value '${raw}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100`,
        [{ name: "maxResults", message: "Member must have value between 1 and 100" }],
      );
    }
  }
  try {
    return paginate(operation, all, size, query.get("nextToken") ?? undefined);
  } catch (e) {
    if (e instanceof InvalidTokenError)
      throw validationError(e.message, [{ name: "nextToken", message: "Invalid token" }]);
    throw e;
  }
}

export function isoDate(value: string): Date {
  return new Date(value);
}

const ID_PATTERNS = {
  resourcegateway: "rgw-[0-9a-z]{17}",
  resourceconfiguration: "rcfg-[0-9a-z]{17}",
  servicenetwork: "sn-[0-9a-z]{17}",
} as const;

/**
 * The id inside an id-or-ARN identifier, checked against the model's pattern: a malformed
 * identifier is a 400 ValidationException in VPC Lattice, not a 404.
 */
export function checkedId(value: string, field: string, type: keyof typeof ID_PATTERNS): string {
  const id = ID_PATTERNS[type];
  const re = new RegExp(`^(?:${id}|arn:[a-z0-9-]+:vpc-lattice:[a-zA-Z0-9-]+:\\d{12}:${type}/${id})$`);
  if (!re.test(value)) {
    throw validationError(
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern`,
      [{ name: field, message: "Member must satisfy regular expression pattern" }],
    );
  }
  return idFromIdentifier(value);
}
