/** The signed-in user's session: an encrypted, HttpOnly, SameSite=Lax cookie that expires. */
import { deriveKey } from "./derive-key";
import { readCookie, seal, setCookieHeader, unseal } from "./sealed-cookie";

export const SESSION_COOKIE = "ll_session";

export interface SessionUser {
  sub: string;
  email?: string;
  name: string;
  groups: string[];
}

const sessionKey = (secret: string) => deriveKey(secret, "session");

export async function sessionCookie(
  user: SessionUser,
  secret: string,
  hours: number,
  secure: boolean,
): Promise<string> {
  const ttl = hours * 3600;
  const value = await seal(
    { sub: user.sub, email: user.email, name: user.name, groups: user.groups },
    sessionKey(secret),
    ttl,
  );
  return setCookieHeader(SESSION_COOKIE, value, { maxAgeSeconds: ttl, secure });
}

export async function readSession(
  cookieHeader: string | null,
  secret: string,
): Promise<SessionUser | undefined> {
  const p = await unseal<Partial<SessionUser>>(readCookie(cookieHeader, SESSION_COOKIE), sessionKey(secret));
  if (!p || typeof p.sub !== "string") return undefined;
  return {
    sub: p.sub,
    email: typeof p.email === "string" ? p.email : undefined,
    name: typeof p.name === "string" ? p.name : p.sub,
    groups: Array.isArray(p.groups) ? p.groups.map(String) : [],
  };
}
