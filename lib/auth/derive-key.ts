import { hkdfSync } from "node:crypto";

/** A 32-byte key for one purpose from the session secret, so one secret never keys two things. */
export function deriveKey(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, "lattice-lens", purpose, 32));
}
