/**
 * Tokens for machine callers (an SNS HTTPS subscription, a chat bot), each scoped to one route.
 * `Authorization: Bearer <token>`, or Basic with the token as password: SNS HTTPS subscriptions
 * can only send credentials as `https://user:password@host/…`, i.e. Basic auth after a 401 with
 * WWW-Authenticate (docs.aws.amazon.com/sns/latest/dg/sns-http-https-endpoint-as-subscriber.html).
 */
import { createHash, timingSafeEqual } from "node:crypto";

export interface MachineToken {
  name: string;
  token: string;
  route: string;
}

/** The secret a caller presented in Authorization, if any. */
export function presentedToken(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value] = authorization.trim().split(/\s+/, 2);
  if (!scheme || !value) return undefined;
  if (scheme.toLowerCase() === "bearer") return value;
  if (scheme.toLowerCase() === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) : undefined;
  }
  return undefined;
}

const digest = (s: string) => createHash("sha256").update(s).digest();

export function findMachineToken(
  presented: string | undefined,
  tokens: readonly MachineToken[],
): MachineToken | undefined {
  if (!presented) return undefined;
  const p = digest(presented);
  // Compare against every token (no early exit) so timing says nothing about which one matched.
  let found: MachineToken | undefined;
  for (const t of tokens) if (timingSafeEqual(p, digest(t.token)) && !found) found = t;
  return found;
}

export function machineRoutes(tokens: readonly MachineToken[]): Set<string> {
  return new Set(tokens.map((t) => t.route));
}
