/**
 * Property tests (fast-check, fixed seeds) over every API route, handlers called in-process:
 * whatever the query string and route segment, no response is a 5xx, and every 4xx names what
 * was wrong (`error.field` is the parameter, or for an unknown id the 404 names the id).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as audit } from "@/app/api/audit/route";
import { GET as configurationTraffic } from "@/app/api/configurations/[id]/traffic/route";
import { GET as cost } from "@/app/api/cost/route";
import { GET as endpointTraffic } from "@/app/api/endpoints/[id]/traffic/route";
import { GET as findings } from "@/app/api/findings/route";
import { GET as gatewayTraffic } from "@/app/api/gateways/[id]/traffic/route";
import { GET as health } from "@/app/api/health/route";
import { GET as inventory } from "@/app/api/inventory/route";
import { GET as me } from "@/app/api/me/route";
import { GET as paths } from "@/app/api/paths/route";
import { GET as topology } from "@/app/api/topology/route";
import { GET as traffic } from "@/app/api/traffic/route";
import { inventoryWith } from "@/lib/findings/test-builders";

vi.mock("@/lib/discovery/get-inventory", () => ({
  getInventory: vi.fn(async () =>
    inventoryWith((inv) => {
      // No traffic source anywhere: the routes answer from the inventory alone, no AWS.
      inv.gateways = [];
      inv.flowLogs = [];
    }),
  ),
}));
vi.mock("@/lib/config/load-config", () => ({
  loadConfig: vi.fn(async () => ({
    accounts: [],
    regions: ["us-east-1"],
    inventoryTtlSeconds: 60,
    concurrency: 1,
  })),
  configProblemAtStart: vi.fn(async () => undefined),
  DEFAULT_CONFIG_FILE: "lattice-lens.config.json",
}));

const RUNS = 150;

type Handler = (req: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
interface RouteCase {
  path: string;
  handler: Handler;
  params: string[];
  /** Valid-looking values, mixed with hostile ones. */
  samples: string[];
  segment?: string[];
}

const TIMES = [
  "now",
  "now-6h",
  "now-7d",
  "now-8d",
  "2026-11-28T12:00:00Z",
  "2026-13-40T00:00:00Z",
  "yesterday",
  "",
];
const routes: RouteCase[] = [
  {
    path: "/api/inventory",
    handler: inventory as Handler,
    params: ["account", "region", "refresh"],
    samples: ["111111111111", "us-east-1", "1", "true", "12"],
  },
  {
    path: "/api/findings",
    handler: findings as Handler,
    params: ["account", "region", "severity"],
    samples: ["critical", "warning", "111111111111", "us-east-1"],
  },
  {
    path: "/api/cost",
    handler: cost as Handler,
    params: ["month", "window", "config", "sort", "format"],
    samples: ["2026-11", "2026-13", "now-24h", "csv", "json", "rcfg-db", "cost", "-cost"],
  },
  {
    path: "/api/topology",
    handler: topology as Handler,
    params: ["from", "to", "account", "region", "focus", "expand", "collapse", "aggregate"],
    samples: [...TIMES, "auto", "on", "off", "rcfg-db"],
  },
  { path: "/api/traffic", handler: traffic as Handler, params: ["from", "to"], samples: TIMES },
  ...(
    [
      ["configurations", configurationTraffic, ["rcfg-db", "rcfg-nope"]],
      ["gateways", gatewayTraffic, ["rgw-a", "rgw-nope"]],
      ["endpoints", endpointTraffic, ["vpce-1", "vpce-nope"]],
    ] as const
  ).map(([kind, handler, ids]) => ({
    path: `/api/${kind}/[id]/traffic`,
    handler: handler as Handler,
    params: ["from", "to", "step"],
    samples: [...TIMES, "60", "300", "7", "-1", "1e9"],
    segment: [...ids],
  })),
  {
    path: "/api/audit",
    handler: audit as Handler,
    params: ["limit"],
    samples: ["1", "100", "1000", "1001", "0", "-5", "2.5"],
  },
  {
    path: "/api/paths",
    handler: paths as Handler,
    params: ["consumer", "target", "from", "to"],
    samples: [
      ...TIMES,
      "vpc-cons",
      "vpce-res",
      "rcfg-db",
      "rcfg-nope",
      "10.0.1.50",
      "db.example.com",
      "vpc-nope",
    ],
  },
  { path: "/api/me", handler: me as Handler, params: [], samples: [] },
  { path: "/api/health", handler: health as Handler, params: [], samples: [] },
];

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "%",
    "%00",
    "../../etc/passwd",
    "<script>",
    "' OR 1=1 --",
    '"',
    "\u0000",
    "🙂",
    "9".repeat(400),
    "-",
    "NaN",
    "Infinity",
  ),
);

const counts = { tried: 0, failures: 0 };
afterAll(() => console.log(`route fuzz: ${counts.tried} inputs tried, ${counts.failures} failures`));

describe.each(routes)("$path", (route) => {
  it(`no 5xx, every 4xx names the parameter (${RUNS} inputs)`, async () => {
    const value = fc.oneof(fc.constantFrom(...(route.samples.length ? route.samples : ["x"])), text);
    const name = fc.oneof(
      fc.constantFrom(...(route.params.length ? route.params : ["x"])),
      fc.string({ maxLength: 12 }),
    );
    const query = fc.array(fc.tuple(name, value), { maxLength: 5 });
    const segment = route.segment ? fc.oneof(fc.constantFrom(...route.segment), text) : fc.constant("");
    await fc.assert(
      fc.asyncProperty(query, segment, async (pairs, id) => {
        counts.tried++;
        const qs = new URLSearchParams(pairs).toString();
        const path = route.path.replace("[id]", encodeURIComponent(id));
        const res = await route.handler(new Request(`http://localhost${path}${qs ? `?${qs}` : ""}`), {
          params: Promise.resolve({ id }),
        });
        try {
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            const body = (await res.json()) as { error: { field?: string; message: string } };
            if (res.status === 404) expect(body.error.message).toContain(id);
            else if (route.path === "/api/me") expect(body.error.message).toMatch(/signed in/);
            else {
              expect(body.error.field, body.error.message).toBeTypeOf("string");
              expect([...pairs.map(([k]) => k), ...route.params]).toContain(body.error.field);
            }
          }
        } catch (e) {
          counts.failures++;
          throw e;
        }
      }),
      { seed: 1414, numRuns: RUNS },
    );
  }, 120_000);
});
