import { createHash } from "node:crypto";

/** Deterministic hex from a seed: derived ids must be stable across runs so tests and docs can name them. */
export function hashHex(seed: string, length: number): string {
  let out = "";
  let round = 0;
  while (out.length < length) {
    out += createHash("sha256").update(`${seed}#${round}`).digest("hex");
    round += 1;
  }
  return out.slice(0, length);
}
