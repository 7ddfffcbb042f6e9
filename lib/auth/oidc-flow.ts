/**
 * Sign-in with any OpenID Connect provider through openid-client: authorization code flow with
 * PKCE, state and nonce, kept in a short-lived encrypted cookie between the two legs; the user
 * returns to the URL they first asked for.
 */
import type { JWTPayload } from "jose";
import * as client from "openid-client";
import type { OidcSettings } from "./auth-settings";
import { deriveKey } from "./derive-key";
import { seal, unseal } from "./sealed-cookie";

export const TX_COOKIE = "ll_signin";
export const TX_TTL_SECONDS = 600;

const configurations = new Map<string, Promise<client.Configuration>>();

function discover(o: OidcSettings): Promise<client.Configuration> {
  const key = `${o.issuer.href}|${o.clientId}`;
  let found = configurations.get(key);
  if (!found) {
    found = client.discovery(
      o.issuer,
      o.clientId,
      undefined,
      client.ClientSecretPost(o.clientSecret),
      o.allowHttpIssuer && o.issuer.protocol === "http:"
        ? { execute: [client.allowInsecureRequests] }
        : undefined,
    );
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

/** Only a path on this site: `/x?y`, never `//evil`, `/\evil` or an absolute URL. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\r\n\t]/.test(value)) return "/";
  return value;
}

interface SignInTransaction {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

export async function startSignIn(
  o: OidcSettings,
  sessionSecret: string,
  redirectUri: string,
  returnTo: string,
): Promise<{ location: string; txCookie: string }> {
  const config = await discover(o);
  const verifier = client.randomPKCECodeVerifier();
  const tx: SignInTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    returnTo: safeReturnTo(returnTo),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: o.scopes.join(" "),
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: tx.state,
    nonce: tx.nonce,
  });
  const txCookie = await seal({ ...tx }, deriveKey(sessionSecret, "signin-transaction"), TX_TTL_SECONDS);
  return { location: url.href, txCookie };
}

export interface SignedInUser {
  sub: string;
  email?: string;
  name: string;
  groups: string[];
  returnTo: string;
}

export class SignInError extends Error {}

/** The provider's callback: exchange the code, check state/nonce/PKCE, read who signed in. */
export async function finishSignIn(
  o: OidcSettings,
  sessionSecret: string,
  callbackUrl: URL,
  txCookie: string | undefined,
): Promise<SignedInUser> {
  const tx = await unseal<SignInTransaction & JWTPayload>(
    txCookie,
    deriveKey(sessionSecret, "signin-transaction"),
  );
  if (!tx)
    throw new SignInError("the sign-in took too long or was started in another browser; sign in again");
  const error = callbackUrl.searchParams.get("error");
  if (error) {
    const description = callbackUrl.searchParams.get("error_description");
    throw new SignInError(
      `the identity provider refused the sign-in: ${error}${description ? ` (${description})` : ""}`,
    );
  }
  const config = await discover(o);
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: tx.verifier,
      expectedState: tx.state,
      expectedNonce: tx.nonce,
      idTokenExpected: true,
    });
  } catch (e) {
    throw new SignInError(`the sign-in could not be completed: ${(e as Error).message}`);
  }
  let claims: Record<string, unknown> = { ...(tokens.claims() ?? {}) };
  const sub = String(claims.sub ?? "");
  if (!sub) throw new SignInError("the identity provider returned no subject");
  if (claims.email === undefined || claims[o.groupsClaim] === undefined) {
    // Some providers (Okta, Keycloak by default) put email or groups only in userinfo.
    try {
      claims = { ...(await client.fetchUserInfo(config, tokens.access_token, sub)), ...claims };
    } catch {
      // userinfo is optional; the ID token's claims stand.
    }
  }
  // An address the provider says is unverified must not match an email or domain rule.
  const email =
    typeof claims.email === "string" && claims.email_verified !== false ? claims.email : undefined;
  const raw = claims[o.groupsClaim];
  const groups = Array.isArray(raw) ? raw.map(String) : typeof raw === "string" ? [raw] : [];
  const name = typeof claims.name === "string" ? claims.name : (email ?? sub);
  return { sub, email, name, groups, returnTo: tx.returnTo };
}
