/**
 * The identity, handed from the request interception to pages and route handlers in a request
 * header. proxy.ts deletes any copy a client sent before setting it, so only it can write it.
 */
import type { Identity } from "./identity";

export const IDENTITY_HEADER = "x-lattice-lens-identity";

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity), "utf8").toString("base64url");
}

export function decodeIdentity(value: string | null | undefined): Identity | undefined {
  if (!value) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Identity;
    if (typeof parsed.id !== "string" || (parsed.role !== "viewer" && parsed.role !== "editor"))
      return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/** The identity of a request that went through proxy.ts. */
export function identityOf(req: { headers: Headers }): Identity | undefined {
  return decodeIdentity(req.headers.get(IDENTITY_HEADER));
}
