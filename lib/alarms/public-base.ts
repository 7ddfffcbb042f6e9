import "server-only";
import { getEnv } from "@/lib/env";

/**
 * The absolute base of links meant to leave the app: LATTICE_LENS_PUBLIC_URL, else the origin the
 * request came to (fine on one host; behind a proxy, set the variable).
 */
export function publicBase(requestUrl?: string, headers?: Pick<Headers, "get">): string {
  const configured = getEnv().LATTICE_LENS_PUBLIC_URL;
  if (configured) return configured;
  // The Host the browser used (Next.js rewrites request URLs to localhost); only a plain host[:port].
  const host = headers?.get("host");
  const proto = headers?.get("x-forwarded-proto") === "https" ? "https" : "http";
  if (host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host)) return `${proto}://${host}`;
  if (requestUrl) return new URL(requestUrl).origin;
  return "http://127.0.0.1:3000";
}
