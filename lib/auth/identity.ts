/** Who is asking, as the app sees it after sign-in. */
export type Role = "viewer" | "editor";

export type AuthMode = "none" | "none-i-know" | "oidc" | "proxy";

export interface Identity {
  /** Stable id: the OIDC subject, the proxy's user, a machine token's name, or "local". */
  id: string;
  email?: string;
  name: string;
  groups: string[];
  role: Role;
  /** How the identity was established. */
  via: "local" | "oidc" | "oauth2-proxy" | "alb" | "machine-token" | "render-token";
}

const roleRank: Record<Role, number> = { viewer: 0, editor: 1 };

export function hasRole(identity: Identity, needed: Role): boolean {
  return roleRank[identity.role] >= roleRank[needed];
}

/** Sign-in off (loopback only, or explicitly overridden): the one local user may do everything. */
export const localIdentity: Identity = {
  id: "local",
  name: "local user",
  groups: [],
  role: "editor",
  via: "local",
};
