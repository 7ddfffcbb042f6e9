/**
 * CSRF on every write route, the list generated from the app/api tree so a new route cannot be
 * forgotten: each exported POST/PUT/PATCH/DELETE refuses a cross-origin or cross-site request
 * and a non-JSON body, both at the request interception (proxy.ts, before any route runs) and in
 * the route itself (guardWrite, its second check). Handlers are called in-process; the refusal
 * comes before any store or AWS call, so none is needed.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_KEY_ENV, peerHeaderValue } from "@/lib/auth/peer";
import { proxy } from "@/proxy";

const root = path.resolve(__dirname, "..");
const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;
/**
 * Write methods that change nothing and so carry no CSRF risk, each with its reason. The alarm
 * resolver answers a redirect to a view (its form is on /alarms; SNS and chat bots post to it with
 * a bearer token, which is exempt from the same-origin check by design — issue 14).
 */
const EXEMPT: Record<string, string> = {
  "POST /api/alarms/resolve": "resolves an alarm to a link; no state changes",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** /api/reports/[id]/run → /api/reports/rpt-x/run */
const urlPath = (file: string) =>
  `/${path.relative(path.join(root, "app"), path.dirname(file))}`.replace(/\[[^\]]+\]/g, "rpt-csrf");

interface WriteRoute {
  key: string;
  path: string;
  method: (typeof WRITES)[number];
  handler: (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
}

const writeRoutes: WriteRoute[] = [];
const KEY = "csrf-test-peer-key";
const saved = { ...process.env };

beforeAll(async () => {
  process.env[PEER_KEY_ENV] = KEY;
  process.env.LATTICE_LENS_CONFIG = "test/fixtures/does-not-exist.json";
  delete process.env.LATTICE_LENS_AUTH;
  for (const file of routeFiles(path.join(root, "app", "api"))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of WRITES) {
      if (typeof mod[method] !== "function") continue;
      const p = urlPath(file);
      writeRoutes.push({
        key: `${method} ${p}`,
        path: p,
        method,
        handler: mod[method] as WriteRoute["handler"],
      });
    }
  }
});
afterAll(() => {
  process.env = { ...saved };
});

const ATTACKS: { name: string; headers: Record<string, string>; status: number; says: RegExp }[] = [
  {
    name: "another origin",
    headers: { origin: "http://evil.example", "content-type": "application/json" },
    status: 403,
    says: /evil\.example/,
  },
  {
    name: "a cross-site fetch",
    headers: { "sec-fetch-site": "cross-site", "content-type": "application/json" },
    status: 403,
    says: /cross-site/,
  },
  {
    name: "a same-site sibling",
    headers: { "sec-fetch-site": "same-site", "content-type": "application/json" },
    status: 403,
    says: /same-site/,
  },
  {
    name: "a forged HTML form (another origin, text/plain)",
    headers: { origin: "http://evil.example", "content-type": "text/plain" },
    status: 403,
    says: /evil\.example/,
  },
];

function request(r: WriteRoute, headers: Record<string, string>): NextRequest {
  const h = new Headers(headers);
  h.set("host", "127.0.0.1:3000");
  h.set("x-lattice-lens-peer", peerHeaderValue(KEY, "127.0.0.1"));
  return new NextRequest(new URL(r.path, "http://127.0.0.1:3000"), {
    method: r.method,
    headers: h,
    body: r.method === "DELETE" ? undefined : '{"name":"csrf"}',
  });
}

describe("every write route under app/api", () => {
  it("is found, and only the documented ones are exempt", () => {
    const keys = writeRoutes.map((r) => r.key).sort();
    // The reports API alone has create, update, delete, pause, run and test.
    expect(keys.length).toBeGreaterThanOrEqual(7);
    expect(keys).toContain("POST /api/reports");
    expect(keys).toContain("DELETE /api/reports/rpt-csrf");
    for (const k of Object.keys(EXEMPT)) expect(keys).toContain(k);
  });

  it.each(ATTACKS)("refuses $name at the interception and in the route", async (attack) => {
    const checked: string[] = [];
    for (const r of writeRoutes) {
      if (EXEMPT[r.key]) continue;
      const atProxy = await proxy(request(r, attack.headers));
      expect(atProxy.status, `${r.key} at proxy.ts`).toBe(attack.status);
      expect((await atProxy.json()).error.message, r.key).toMatch(attack.says);
      const inRoute = await r.handler(request(r, attack.headers), {
        params: Promise.resolve({ id: "rpt-csrf" }),
      });
      expect(inRoute.status, `${r.key} in the route`).toBe(attack.status);
      checked.push(r.key);
    }
    expect(checked.length).toBe(writeRoutes.length - Object.keys(EXEMPT).length);
  });

  it("a same-origin write with a body that is not JSON is refused with 415 by the route", async () => {
    for (const r of writeRoutes) {
      if (EXEMPT[r.key] || r.method === "DELETE") continue;
      const res = await r.handler(
        request(r, { origin: "http://127.0.0.1:3000", "content-type": "application/x-www-form-urlencoded" }),
        { params: Promise.resolve({ id: "rpt-csrf" }) },
      );
      expect(res.status, r.key).toBe(415);
    }
  });
});
