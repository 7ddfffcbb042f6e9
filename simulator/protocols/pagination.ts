/**
 * Offset pagination with opaque tokens. The token names the operation so a token from one list
 * is rejected by another, as AWS does.
 */

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

export class InvalidTokenError extends Error {}

export function encodeToken(operation: string, offset: number): string {
  return Buffer.from(JSON.stringify({ op: operation, o: offset })).toString("base64url");
}

export function decodeToken(operation: string, token: string): number {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as {
      op?: unknown;
      o?: unknown;
    };
    if (
      parsed.op === operation &&
      typeof parsed.o === "number" &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0
    ) {
      return parsed.o;
    }
  } catch {
    // fall through: any undecodable token is invalid
  }
  throw new InvalidTokenError(`Invalid pagination token: ${token}`);
}

export function paginate<T>(operation: string, all: T[], pageSize: number, token?: string): Page<T> {
  const offset = token === undefined || token === "" ? 0 : decodeToken(operation, token);
  const items = all.slice(offset, offset + pageSize);
  const next = offset + pageSize;
  return next < all.length ? { items, nextToken: encodeToken(operation, next) } : { items };
}
