import { expect, type Page, test } from "@playwright/test";
import { type AuthStack, authPorts, startAuthStack } from "./auth-stack";
import { startOidcProvider, type TestProvider } from "./oidc-provider";
import secrets from "./test-secrets.json";

let idp: TestProvider;
let lens: AuthStack;

test.beforeAll(async () => {
  idp = await startOidcProvider(authPorts.idp, {
    id: "lattice-lens",
    secret: secrets.LATTICE_LENS_OIDC_CLIENT_SECRET,
    redirectUri: `http://127.0.0.1:${authPorts.app}/auth/callback`,
  });
  lens = await startAuthStack(
    "oidc",
    "oidc",
    {
      oidc: {
        issuer: idp.issuer,
        clientId: "lattice-lens",
        clientSecret: { env: "LATTICE_LENS_OIDC_CLIENT_SECRET" },
        allowHttpIssuer: true,
      },
      viewers: { domains: ["corp.example"] },
      editors: { emails: ["editor@corp.example"] },
      machineTokens: [
        { name: "sns", token: { env: "LATTICE_LENS_ALARM_TOKEN" }, route: "/api/alarms/resolve" },
      ],
    },
    authPorts.app,
  );
});

test.afterAll(async () => {
  await lens?.stop();
  await idp?.close();
});

async function signIn(page: Page, email: string, path: string) {
  await page.goto(`${lens.url}${path}`);
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible({ timeout: 3000 }).catch(() => false)) await consent.click();
}

test("sign in lands on the URL first asked for, shows the overview, and signs out", async ({ page }) => {
  await signIn(page, "editor@corp.example", "/?from=now-6h");
  await expect(page).toHaveURL(`${lens.url}/?from=now-6h`);
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText("editor");
  const cookies = await page.context().cookies(lens.url);
  const session = cookies.find((c) => c.name === "ll_session");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);
  const me = await page.request.get(`${lens.url}/api/me`);
  expect(await me.json()).toMatchObject({ email: "editor@corp.example", role: "editor", via: "oidc" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Signed out" })).toBeVisible();
  expect((await page.request.get(`${lens.url}/api/me`)).status()).toBe(401);
});

test("a deep link (an alarm's) survives sign-in", async ({ page }) => {
  await signIn(page, "viewer@corp.example", "/findings?severity=critical");
  await expect(page).toHaveURL(`${lens.url}/findings?severity=critical`);
});

test("a viewer reads but cannot write (403 naming the role)", async ({ page }) => {
  await signIn(page, "viewer@corp.example", "/");
  await expect(page.getByTestId("user-role")).toHaveText("viewer");
  const res = await page.request.post(`${lens.url}/api/reports`, {
    headers: { origin: lens.url, "content-type": "application/json" },
    data: { url: "/cost", formats: ["csv"] },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toContain("editor role needed");
  await expect(page.getByRole("button", { name: /Schedule this view/ })).toHaveCount(0);
  // The refused write is in the audit log: who, what, when, status.
  const audit = await (await page.request.get(`${lens.url}/api/audit?limit=20`)).json();
  expect(audit.entries).toContainEqual(
    expect.objectContaining({
      who: expect.objectContaining({ email: "viewer@corp.example", role: "viewer", via: "oidc" }),
      action: "POST /api/reports",
      status: 403,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    }),
  );
});

test("without a session: the API answers 401, pages go to the provider, health stays open", async ({
  request,
}) => {
  const api = await request.get(`${lens.url}/api/inventory`);
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe("unauthenticated");
  const page = await request.get(`${lens.url}/cost`, { maxRedirects: 0 });
  expect(page.status()).toBe(302);
  expect(new URL(page.headers().location!, lens.url).href).toBe(`${lens.url}/auth/sign-in?returnTo=%2Fcost`);
  expect((await request.get(`${lens.url}/api/health`)).ok()).toBe(true);
});

test("a machine token works on its one route only, and skips only the same-origin check", async ({
  request,
}) => {
  const bearer = { authorization: `Bearer ${secrets.LATTICE_LENS_ALARM_TOKEN}` };
  const elsewhere = await request.get(`${lens.url}/api/inventory`, { headers: bearer });
  expect(elsewhere.status()).toBe(403);
  expect((await elsewhere.json()).error.message).toContain("scoped to POST /api/alarms/resolve");
  const challenge = await request.post(`${lens.url}/api/alarms/resolve`, { data: {} });
  expect(challenge.status()).toBe(401);
  expect(challenge.headers()["www-authenticate"]).toContain("Basic");
  // Authenticated and past the write rule (no Origin): whatever the resolver then says is not an auth refusal.
  const resolved = await request.post(`${lens.url}/api/alarms/resolve`, { headers: bearer, data: {} });
  expect([401, 403]).not.toContain(resolved.status());
});

test("no secret reaches the browser: not in the built bundle, not in any page or script served", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { readdirSync, readFileSync, statSync } = await import("node:fs");
  const path = await import("node:path");
  const values = Object.values(secrets);
  const awsKey = /\b(AKIA|ASIA)[0-9A-Z]{16}\b|aws_secret_access_key/;
  const offending: string[] = [];
  const check = (where: string, text: string) => {
    if (awsKey.test(text)) offending.push(`${where}: AWS key pattern`);
    for (const v of values) if (text.includes(v)) offending.push(`${where}: a secret setting's value`);
  };
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = path.join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  const files = walk(path.resolve(__dirname, "..", ".next", "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) check(f, readFileSync(f, "latin1"));

  const served: string[] = [];
  page.on("response", async (r) => {
    if (!r.url().startsWith(lens.url)) return;
    const body = await r.text().catch(() => "");
    served.push(r.url());
    check(r.url(), body + JSON.stringify(r.headers()));
  });
  await signIn(page, "editor@corp.example", "/");
  for (const p of ["/cost", "/topology", "/findings", "/configurations"]) {
    await page.goto(`${lens.url}${p}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 60_000 });
  }
  expect(served.length).toBeGreaterThan(20);
  expect(offending).toEqual([]);
});
