/**
 * Short-lived tokens for the report renderer's headless Chromium: it opens print routes as itself,
 * never with a user's session. Accepted only from loopback (checked where requests are
 * authenticated) and only for reads. The key is shared by every process using the same data
 * folder (the server and `npm run scheduler`): derived from LATTICE_LENS_SESSION_SECRET when set,
 * else a random key file created in the data folder (mode 0600).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { deriveKey } from "./derive-key";

export const RENDER_TOKEN_HEADER = "x-lattice-lens-render-token";
const AUDIENCE = "lattice-lens-render";
export const RENDER_TOKEN_TTL_SECONDS = 300;

export function dataFolder(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.LATTICE_LENS_DATA ?? ".data");
}

const keys = new Map<string, Uint8Array>();

export function renderTokenKey(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const secret = env.LATTICE_LENS_SESSION_SECRET;
  if (secret) return deriveKey(secret, "render-token");
  const file = path.join(dataFolder(env), "render-token.key");
  const known = keys.get(file);
  if (known) return known;
  let hex: string;
  try {
    hex = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    hex = randomBytes(32).toString("hex");
    try {
      writeFileSync(file, hex, { mode: 0o600, flag: "wx" });
    } catch {
      hex = readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
  const key = new Uint8Array(Buffer.from(hex, "hex"));
  keys.set(file, key);
  return key;
}

interface RenderClaims {
  aud: string;
  exp: number;
}

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");
const mac = (body: string, key: Uint8Array) => createHmac("sha256", key).update(body).digest();

/**
 * A token for the renderer; send it as the RENDER_TOKEN_HEADER header on every request of one
 * render. Synchronous (an HMAC over a small JSON body) so the one function that adds the
 * renderer's headers stays synchronous.
 */
export function issueRenderToken(
  env: NodeJS.ProcessEnv = process.env,
  ttlSeconds = RENDER_TOKEN_TTL_SECONDS,
): string {
  const claims: RenderClaims = { aud: AUDIENCE, exp: Math.floor(Date.now() / 1000) + ttlSeconds };
  const body = b64(JSON.stringify(claims));
  return `${body}.${b64(mac(body, renderTokenKey(env)))}`;
}

export function verifyRenderToken(token: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const [body, sig, extra] = token.split(".");
  if (!body || !sig || extra !== undefined) return false;
  const expected = mac(body, renderTokenKey(env));
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  try {
    const claims = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as RenderClaims;
    return claims.aud === AUDIENCE && typeof claims.exp === "number" && claims.exp > Date.now() / 1000;
  } catch {
    return false;
  }
}
