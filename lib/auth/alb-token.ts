/**
 * The ALB's `x-amzn-oidc-data` header: a JWT signed (ES256) by the load balancer, whose header
 * names the key (`kid`) and the signing ALB (`signer`, its ARN). The public key is served per
 * region at https://public-keys.auth.elb.<region>.amazonaws.com/<kid> as PEM; AWS asks the
 * application to check `signer` against its own ALB and verify the signature before trusting any
 * claim (docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html,
 * "User claims encoding and signature verification"). The key source is injectable for tests.
 */
import { decodeProtectedHeader, importSPKI, type JWTPayload, jwtVerify } from "jose";
import type { ProxyClaims } from "./proxy-headers";

export type AlbKey = Parameters<typeof jwtVerify>[1];
export type AlbKeySource = (kid: string, region: string) => Promise<AlbKey>;

const KID = /^[A-Za-z0-9-]{1,128}$/;

/** Keys from AWS's regional endpoint, cached per region and kid (they do not change). */
export function awsAlbKeySource(fetchImpl: typeof fetch = fetch): AlbKeySource {
  const cache = new Map<string, Promise<AlbKey>>();
  return (kid, region) => {
    const url = `https://public-keys.auth.elb.${region}.amazonaws.com/${kid}`;
    let key = cache.get(url);
    if (!key) {
      key = fetchImpl(url, { signal: AbortSignal.timeout(5000) }).then(async (res) => {
        if (!res.ok) throw new Error(`ALB public key ${kid}: HTTP ${res.status}`);
        return importSPKI(await res.text(), "ES256");
      });
      key.catch(() => cache.delete(url));
      cache.set(url, key);
    }
    return key;
  };
}

export function regionOfArn(arn: string): string {
  return arn.split(":")[3] ?? "";
}

export class AlbTokenError extends Error {}

/** ALBs base64url-encode with `=` padding, which some JWT parsers refuse; the signature covers the text as sent. */
function withoutPadding(token: string): string {
  return token
    .split(".")
    .map((part) => part.replace(/=+$/, ""))
    .join(".");
}

export async function verifyAlbToken(
  token: string,
  options: { albArn: string; keySource: AlbKeySource; groupsClaim: string; currentDate?: Date },
): Promise<ProxyClaims> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(withoutPadding(token));
  } catch {
    throw new AlbTokenError("x-amzn-oidc-data is not a JWT");
  }
  if (header.alg !== "ES256")
    throw new AlbTokenError(`x-amzn-oidc-data: algorithm ${String(header.alg)} is not ES256`);
  if (header.signer !== options.albArn) {
    throw new AlbTokenError(
      "x-amzn-oidc-data was not signed by the configured load balancer (auth.proxy.albArn)",
    );
  }
  if (typeof header.kid !== "string" || !KID.test(header.kid))
    throw new AlbTokenError("x-amzn-oidc-data has no usable kid");
  const key = await options.keySource(header.kid, regionOfArn(options.albArn)).catch((e: unknown) => {
    throw new AlbTokenError(`cannot fetch the ALB public key: ${(e as Error).message}`);
  });
  let payload: JWTPayload;
  try {
    payload = (await verifyPadded(token, key, options.currentDate)).payload;
  } catch (e) {
    throw new AlbTokenError(`x-amzn-oidc-data rejected: ${(e as Error).message}`);
  }
  const email = typeof payload.email === "string" ? payload.email : undefined;
  const sub = typeof payload.sub === "string" ? payload.sub : email;
  if (!sub) throw new AlbTokenError("x-amzn-oidc-data has neither sub nor email");
  const raw = payload[options.groupsClaim];
  const groups = Array.isArray(raw)
    ? raw.map(String)
    : typeof raw === "string"
      ? raw.split(/[\s,]+/).filter(Boolean)
      : [];
  const name = typeof payload.name === "string" ? payload.name : (email ?? sub);
  return { id: sub, email, name, groups };
}

/** jose verifies over the token's own text; padded segments are accepted as they come. */
async function verifyPadded(token: string, key: AlbKey, currentDate?: Date) {
  return jwtVerify(token, key, { algorithms: ["ES256"], currentDate, clockTolerance: 60 });
}
