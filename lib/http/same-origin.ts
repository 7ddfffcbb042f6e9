/**
 * Is a state-changing request from our own pages? The browser says so in `Origin` (sent on every
 * cross-origin request and on same-origin POSTs) and `Sec-Fetch-Site`; a request carrying neither
 * is refused, so a page elsewhere can never drive a write with the user's cookies.
 */
export interface OriginCheck {
  ok: boolean;
  reason?: string;
}

/** The origins this server answers as: the Host header's, a trusted proxy's forwarded host, LATTICE_LENS_PUBLIC_URL's. */
export function ownOrigins(url: URL, headers: Headers, extra: readonly string[] = []): Set<string> {
  const out = new Set<string>([url.origin, ...extra]);
  const host = headers.get("host");
  if (host) {
    out.add(`http://${host}`);
    out.add(`https://${host}`);
  }
  return out;
}

export function checkSameOrigin(headers: Headers, origins: Set<string>): OriginCheck {
  const origin = headers.get("origin");
  const site = headers.get("sec-fetch-site");
  if (origin && origin !== "null") {
    return origins.has(origin)
      ? { ok: true }
      : { ok: false, reason: `cross-origin write refused: Origin ${origin} is not this site` };
  }
  if (site) {
    return site === "same-origin"
      ? { ok: true }
      : { ok: false, reason: `cross-site write refused: Sec-Fetch-Site is ${site}` };
  }
  return {
    ok: false,
    reason: "write refused: no Origin or Sec-Fetch-Site header to show it comes from this site",
  };
}
