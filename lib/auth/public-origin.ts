/**
 * The origin users reach us at: LATTICE_LENS_PUBLIC_URL when set (behind a proxy that rewrites
 * Host), else the request's Host header — not the URL Next.js builds, whose host is the server's
 * own listen name, which an identity provider's registered redirect URI would not match.
 */
export function publicOrigin(requestUrl: URL, headers: Headers, env: NodeJS.ProcessEnv = process.env): URL {
  const configured = env.LATTICE_LENS_PUBLIC_URL;
  if (configured) return new URL(new URL(configured).origin);
  const host = headers.get("host");
  return new URL(host ? `${requestUrl.protocol}//${host}` : requestUrl.origin);
}
