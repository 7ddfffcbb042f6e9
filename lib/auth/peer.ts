/**
 * The client's socket address, as seen by our own HTTP server (scripts/start.ts), handed to the
 * request interception in a header that carries a per-process key. Next.js itself only offers
 * X-Forwarded-For, which any client can write; a header without the key (a client's forgery, or
 * a server started some other way) gives "unknown peer", which trusts nothing.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const PEER_HEADER = "x-lattice-lens-peer";
export const PEER_KEY_ENV = "LATTICE_LENS_PEER_KEY";

export function peerHeaderValue(key: string, address: string): string {
  return `${key} ${address}`;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** The peer address, or undefined when the header is missing or was not written by our server. */
export function readPeer(header: string | null, key: string | undefined): string | undefined {
  if (!header || !key) return undefined;
  const space = header.indexOf(" ");
  if (space <= 0) return undefined;
  return sameSecret(header.slice(0, space), key) ? header.slice(space + 1) : undefined;
}
