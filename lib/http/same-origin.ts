/**
 * Is a state-changing request from our own pages? Browsers say where a request comes from in
 * `Sec-Fetch-Site` and `Origin` (both sent on every cross-site POST, PUT and DELETE), so a page
 * elsewhere can never drive a write with the user's cookies. A request with neither header is
 * not from a browser (the CLI, a script, a test) and carries no ambient credentials to abuse; it
 * still needs its own sign-in and role.
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
  // "none": the user started it (a bookmark, the address bar), not another site.
  if (site && site !== "same-origin" && site !== "none") {
    return { ok: false, reason: `cross-site write refused: Sec-Fetch-Site is ${site}` };
  }
  if (origin !== null && !origins.has(origin)) {
    return { ok: false, reason: `cross-origin write refused: Origin ${origin} is not this site` };
  }
  return { ok: true };
}
