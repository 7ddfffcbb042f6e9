import { exportSPKI, generateKeyPair, importSPKI, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { AlbKeySource } from "./alb-token";
import { authConfigSchema } from "./auth-config-schema";
import { buildAuthSettings } from "./auth-settings";
import { type AuthRequest, authenticate } from "./authenticate";
import type { AuthMode } from "./identity";
import { issueRenderToken } from "./render-token";
import { sessionCookie } from "./session";

const SECRET = "x".repeat(40);
const env = {
  LATTICE_LENS_SESSION_SECRET: SECRET,
  ALARM_TOKEN: "alarm-token-0123456789",
} as unknown as NodeJS.ProcessEnv;
const ALB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/lens/50dc6c495c0c9188";

function settings(mode: AuthMode, auth: unknown) {
  return buildAuthSettings(mode, authConfigSchema.parse(auth), env);
}

const base = {
  viewers: { domains: ["corp.example"] },
  editors: { emails: ["alice@corp.example"] },
  machineTokens: [{ name: "sns", token: { env: "ALARM_TOKEN" }, route: "/api/alarms/resolve" }],
};
const oidc = settings("oidc", {
  ...base,
  oidc: { issuer: "https://idp.example", clientId: "lens", clientSecret: "client-secret-0123456789" },
});
const proxy = settings("proxy", { ...base, proxy: { trustedAddresses: ["10.0.0.0/24"] } });

const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
const pem = await exportSPKI(publicKey);
const albKeys: AlbKeySource = async (kid, region) => {
  if (kid !== "k-1" || region !== "eu-west-1") throw new Error("no such key");
  return importSPKI(pem, "ES256");
};
const alb = settings("proxy", {
  ...base,
  proxy: { trustedAddresses: ["10.0.0.0/24"], source: "alb", albArn: ALB_ARN },
});

function req(
  path: string,
  o: { method?: string; headers?: Record<string, string>; peer?: string } = {},
): AuthRequest {
  return {
    method: o.method ?? "GET",
    url: new URL(path, "http://lens.test"),
    headers: new Headers(o.headers),
    peer: o.peer,
  };
}
const run = (r: AuthRequest, s = oidc) => authenticate(r, s, { albKeySource: albKeys, env });

describe("authenticate: none", () => {
  const none = buildAuthSettings("none", undefined, env);
  it("serves loopback (and an unknown peer: `next dev`) as the local editor", async () => {
    expect(await run(req("/", { peer: "127.0.0.1" }), none)).toMatchObject({
      kind: "allow",
      identity: { role: "editor", via: "local" },
    });
    expect(await run(req("/"), none)).toMatchObject({ kind: "allow" });
  });
  it("refuses a non-loopback peer; none-i-know serves it", async () => {
    expect(await run(req("/", { peer: "10.0.0.5" }), none)).toMatchObject({ kind: "deny", status: 403 });
    const iKnow = buildAuthSettings("none-i-know", undefined, env);
    expect(await run(req("/", { peer: "10.0.0.5" }), iKnow)).toMatchObject({ kind: "allow" });
  });
});

describe("authenticate: oidc", () => {
  it("lets public paths through", async () => {
    for (const p of ["/api/health", "/api/ready", "/auth/sign-in", "/_next/static/chunks/a.js"]) {
      expect(await run(req(p))).toEqual({ kind: "public" });
    }
  });
  it("sends a page request without a session to sign in; an API request gets 401", async () => {
    expect(await run(req("/configurations/rcfg-1?from=now-6h"))).toMatchObject({
      kind: "deny",
      status: 401,
      signIn: true,
    });
    const api = await run(req("/api/inventory"));
    expect(api).toMatchObject({ kind: "deny", status: 401, code: "unauthenticated", signIn: false });
  });
  it("reads the session and decides the role from the current lists", async () => {
    const cookie = async (email: string) =>
      (await sessionCookie({ sub: email, email, name: email, groups: [] }, SECRET, 1, false)).split(";")[0]!;
    expect(await run(req("/", { headers: { cookie: await cookie("alice@corp.example") } }))).toMatchObject({
      kind: "allow",
      identity: { role: "editor", via: "oidc", email: "alice@corp.example" },
    });
    expect(await run(req("/", { headers: { cookie: await cookie("bob@corp.example") } }))).toMatchObject({
      identity: { role: "viewer" },
    });
    expect(await run(req("/", { headers: { cookie: await cookie("eve@evil.example") } }))).toMatchObject({
      kind: "deny",
      status: 403,
    });
  });
  it("refuses everything with 503 when the settings have a problem", async () => {
    const broken = settings("oidc", { ...base });
    expect(broken.problem).toContain("auth.oidc");
    expect(await run(req("/"), broken)).toMatchObject({ kind: "deny", status: 503 });
  });
});

describe("authenticate: machine tokens", () => {
  const bearer = { authorization: "Bearer alarm-token-0123456789" };
  it("are accepted on their one route, POST only", async () => {
    expect(await run(req("/api/alarms/resolve", { method: "POST", headers: bearer }))).toMatchObject({
      kind: "allow",
      identity: { via: "machine-token", role: "viewer" },
    });
    expect(await run(req("/api/inventory", { headers: bearer }))).toMatchObject({
      kind: "deny",
      status: 403,
    });
    expect(await run(req("/api/alarms/resolve", { method: "GET", headers: bearer }))).toMatchObject({
      kind: "deny",
      status: 403,
    });
  });
  it("as SNS sends them: Basic, after a challenge", async () => {
    const challenged = await run(req("/api/alarms/resolve", { method: "POST" }));
    expect(challenged).toMatchObject({
      kind: "deny",
      status: 401,
      challenge: expect.stringContaining("Basic"),
    });
    const basic = `Basic ${Buffer.from("sns:alarm-token-0123456789").toString("base64")}`;
    expect(
      await run(req("/api/alarms/resolve", { method: "POST", headers: { authorization: basic } })),
    ).toMatchObject({
      kind: "allow",
    });
  });
});

describe("authenticate: render tokens", () => {
  it("are accepted from loopback for reads only", async () => {
    const token = issueRenderToken(env);
    const h = { "x-lattice-lens-render-token": token };
    expect(await run(req("/cost", { headers: h, peer: "127.0.0.1" }))).toMatchObject({
      kind: "allow",
      identity: { via: "render-token", role: "viewer" },
    });
    expect(await run(req("/cost", { headers: h, peer: "10.0.0.7" }))).toMatchObject({
      kind: "deny",
      status: 403,
    });
    expect(await run(req("/cost", { headers: h }))).toMatchObject({ kind: "deny", status: 403 });
    expect(await run(req("/api/reports", { method: "POST", headers: h, peer: "127.0.0.1" }))).toMatchObject({
      kind: "deny",
      status: 403,
    });
    expect(
      await run(req("/cost", { headers: { "x-lattice-lens-render-token": `${token}x` }, peer: "127.0.0.1" })),
    ).toMatchObject({ kind: "deny", status: 401 });
  });
  it("expire", async () => {
    const token = issueRenderToken(env, 1);
    await new Promise((r) => setTimeout(r, 2100));
    expect(
      await run(req("/cost", { headers: { "x-lattice-lens-render-token": token }, peer: "127.0.0.1" })),
    ).toMatchObject({
      kind: "deny",
      status: 401,
    });
  });
});

describe("authenticate: proxy (oauth2-proxy)", () => {
  const headers = {
    "x-forwarded-email": "bob@corp.example",
    "x-forwarded-user": "bob",
    "x-forwarded-groups": "a, b",
  };
  it("takes the identity from a trusted proxy", async () => {
    expect(await run(req("/", { headers, peer: "10.0.0.9" }), proxy)).toMatchObject({
      kind: "allow",
      identity: {
        id: "bob",
        email: "bob@corp.example",
        groups: ["a", "b"],
        role: "viewer",
        via: "oauth2-proxy",
      },
    });
  });
  it("refuses the same headers from anywhere else, naming them", async () => {
    const d = await run(req("/", { headers, peer: "10.0.1.9" }), proxy);
    expect(d).toMatchObject({ kind: "deny", status: 403 });
    expect(d.kind === "deny" && d.reason).toContain("x-forwarded-email");
    expect(await run(req("/", { headers }), proxy)).toMatchObject({ kind: "deny", status: 403 });
  });
  it("401 without identity headers", async () => {
    expect(await run(req("/", { peer: "10.0.0.9" }), proxy)).toMatchObject({ kind: "deny", status: 401 });
    expect(await run(req("/", { peer: "10.0.1.9" }), proxy)).toMatchObject({ kind: "deny", status: 401 });
  });
});

describe("authenticate: proxy (ALB)", () => {
  const token = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({
        alg: "ES256",
        kid: "k-1",
        signer: ALB_ARN,
        client: "lens",
        typ: "JWT",
        ...header,
      })
      .setIssuer("https://idp.example")
      .setExpirationTime("2m")
      .sign(privateKey);
  const call = async (t: string, peer = "10.0.0.3") =>
    run(req("/", { headers: { "x-amzn-oidc-data": t }, peer }), alb);

  it("verifies the ALB's signature with the regional key and reads email and groups", async () => {
    const d = await call(await token({ sub: "s-1", email: "alice@corp.example", groups: ["x"] }));
    expect(d).toMatchObject({
      kind: "allow",
      identity: { id: "s-1", role: "editor", via: "alb", groups: ["x"] },
    });
  });
  it("refuses another signer, another key, an expired token, and untrusted peers", async () => {
    const other = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/other/1";
    expect(await call(await token({ sub: "s" }, { signer: other }))).toMatchObject({
      kind: "deny",
      status: 401,
    });
    expect(await call(await token({ sub: "s" }, { kid: "k-2" }))).toMatchObject({
      kind: "deny",
      status: 401,
    });
    const { privateKey: wrong } = await generateKeyPair("ES256");
    const forged = await new SignJWT({ sub: "s", email: "alice@corp.example" })
      .setProtectedHeader({ alg: "ES256", kid: "k-1", signer: ALB_ARN })
      .setExpirationTime("2m")
      .sign(wrong);
    expect(await call(forged)).toMatchObject({ kind: "deny", status: 401 });
    const expired = await new SignJWT({ sub: "s" })
      .setProtectedHeader({ alg: "ES256", kid: "k-1", signer: ALB_ARN })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 600)
      .sign(privateKey);
    expect(await call(expired)).toMatchObject({ kind: "deny", status: 401 });
    expect(await call(await token({ sub: "s" }), "192.0.2.1")).toMatchObject({ kind: "deny", status: 403 });
  });
  it("accepts the ALB's padded base64url segments", async () => {
    const { sign, KeyObject } = await import("node:crypto");
    const b64 = (o: object) =>
      Buffer.from(JSON.stringify(o)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
    let input = "";
    for (let pad = 0; !input.includes("=") && pad < 4; pad++) {
      input = `${b64({ alg: "ES256", kid: "k-1", signer: ALB_ARN })}.${b64({ sub: "s", email: "bob@corp.example", exp: Math.floor(Date.now() / 1000) + 60, p: "x".repeat(pad) })}`;
    }
    expect(input).toContain("=");
    const sig = sign("sha256", Buffer.from(input), {
      key: KeyObject.from(privateKey as CryptoKey),
      dsaEncoding: "ieee-p1363",
    });
    expect(await call(`${input}.${sig.toString("base64url")}`)).toMatchObject({
      kind: "allow",
      identity: { role: "viewer" },
    });
  });
});
