/**
 * Identity set by a trusted reverse proxy. oauth2-proxy (with --set-xauthrequest / --pass-user-headers)
 * sends X-Forwarded-Email, X-Forwarded-User, X-Forwarded-Preferred-Username and X-Forwarded-Groups
 * (comma-separated); an ALB with authentication sends x-amzn-oidc-data (a signed JWT),
 * x-amzn-oidc-identity and x-amzn-oidc-accesstoken.
 */
export const PROXY_IDENTITY_HEADERS = [
  "x-forwarded-email",
  "x-forwarded-user",
  "x-forwarded-preferred-username",
  "x-forwarded-groups",
  "x-forwarded-access-token",
  "x-amzn-oidc-data",
  "x-amzn-oidc-identity",
  "x-amzn-oidc-accesstoken",
] as const;

/** Which identity headers a request carries (including the configured groups header). */
export function identityHeadersPresent(headers: Headers, groupsHeader: string): string[] {
  const names = new Set<string>([...PROXY_IDENTITY_HEADERS, groupsHeader.toLowerCase()]);
  return [...names].filter((n) => headers.has(n));
}

export interface ProxyClaims {
  id: string;
  email?: string;
  name: string;
  groups: string[];
}

export function splitGroups(value: string | null | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);
}

export function fromOauth2Proxy(headers: Headers, groupsHeader: string): ProxyClaims | undefined {
  const email = headers.get("x-forwarded-email")?.trim() || undefined;
  const user = headers.get("x-forwarded-user")?.trim() || undefined;
  const preferred = headers.get("x-forwarded-preferred-username")?.trim() || undefined;
  const id = user ?? email;
  if (!id) return undefined;
  return { id, email, name: preferred ?? email ?? id, groups: splitGroups(headers.get(groupsHeader)) };
}
