import { expect, test } from "@playwright/test";
import { ids } from "../test/fixtures/default-scenario-facts";
import { expectHardened } from "./expect-hardened";

test("a page and an API route carry the security headers; nonces differ per response", async ({
  request,
}) => {
  const page = await request.get("/");
  const api = await request.get("/api/inventory");
  expect(page.ok() && api.ok()).toBe(true);
  expectHardened(page.headers());
  expectHardened(api.headers());
  const nonce = (h: Record<string, string>) => /'nonce-([^']+)'/.exec(h["content-security-policy"]!)?.[1];
  expect(nonce(page.headers())).not.toBe(nonce((await request.get("/")).headers()));
  // The page's scripts carry this response's nonce.
  expect(await page.text()).toContain(`nonce="${nonce(page.headers())}"`);
  expect(page.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("the print view the report renderer opens carries the same headers", async ({ request }) => {
  const print = await request.get("/cost?print=1");
  expect(print.ok()).toBe(true);
  expectHardened(print.headers());
  expect(print.headers()["content-type"]).toContain("text/html");
});

test("pages with charts and the graph run under the CSP without a violation", async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`/configurations/${ids.configurations.ordersPostgres}`);
  await expect(page.locator("canvas").first()).toBeVisible();
  await page.goto("/topology");
  await expect(page.locator('[aria-label="Topology graph"] canvas').first()).toBeVisible();
  // Hydration happened (client components are interactive): the nav responds.
  await page.getByRole("link", { name: "Findings" }).first().click();
  await expect(page).toHaveURL(/\/findings/);
  expect(violations).toEqual([]);
});

test("CSRF: a write from another origin or site is refused before any route runs", async ({ request }) => {
  for (const path of ["/api/reports", "/api/inventory"]) {
    const cross = await request.post(path, {
      headers: { origin: "http://evil.example", "content-type": "application/json" },
      data: {},
    });
    expect(cross.status()).toBe(403);
    expect((await cross.json()).error.message).toContain("evil.example");
    const site = await request.post(path, {
      headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      data: {},
    });
    expect(site.status()).toBe(403);
    expect((await site.json()).error.message).toContain("Sec-Fetch-Site is cross-site");
    const form = await request.post(path, {
      headers: { origin: "http://evil.example", "content-type": "text/plain" },
      data: "x",
    });
    expect(form.status()).toBe(403);
  }
  const patch = await request.fetch("/api/reports", {
    method: "PATCH",
    headers: { origin: "http://127.0.0.1" },
  });
  expect(patch.status()).toBe(405);
});

test("probes: /api/health is alive; /api/ready reports config, boot discovery and sources", async ({
  request,
}) => {
  expect(await (await request.get("/api/health")).json()).toEqual({ ok: true });
  await expect.poll(async () => (await request.get("/api/ready")).status(), { timeout: 60_000 }).toBe(200);
  const ready = await (await request.get("/api/ready")).json();
  expect(ready.ready).toBe(true);
  expect(ready.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
    ["config", true],
    ["discovery", true],
    ["sources", true],
  ]);
});
