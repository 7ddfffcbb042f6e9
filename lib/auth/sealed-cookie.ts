/**
 * Encrypted, authenticated cookie values (JWE, dir + A256GCM, through jose): the browser holds
 * them but can neither read nor change them, and they expire on their own.
 */
import { EncryptJWT, type JWTPayload, jwtDecrypt } from "jose";

export async function seal(payload: JWTPayload, key: Uint8Array, ttlSeconds: number): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${Math.round(ttlSeconds)}s`)
    .encrypt(key);
}

/** The payload, or undefined when the value is missing, tampered with, made with another key, or expired. */
export async function unseal<T extends JWTPayload>(
  value: string | undefined,
  key: Uint8Array,
): Promise<T | undefined> {
  if (!value) return undefined;
  try {
    const { payload } = await jwtDecrypt(value, key, {
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return payload as T;
  } catch {
    return undefined;
  }
}

export interface CookieOptions {
  maxAgeSeconds: number;
  secure: boolean;
  path?: string;
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax (a link from an alarm mail still arrives signed in), Secure over HTTPS. */
export function setCookieHeader(name: string, value: string, o: CookieOptions): string {
  const parts = [
    `${name}=${value}`,
    `Path=${o.path ?? "/"}`,
    `Max-Age=${Math.max(0, Math.round(o.maxAgeSeconds))}`,
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (o.secure) parts.push("Secure");
  return parts.join("; ");
}

export function clearCookieHeader(name: string, secure: boolean, path = "/"): string {
  return setCookieHeader(name, "", { maxAgeSeconds: 0, secure, path });
}

export function readCookie(cookieHeader: string | null, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
