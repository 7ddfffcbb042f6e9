/**
 * The traffic route handlers: query validation (400 naming the parameter), unknown ids (404),
 * and a subject with no source answering 200 with totals null — no AWS needed for any of these.
 */
import { describe, expect, it, vi } from "vitest";
import { GET as configurationGET } from "@/app/api/configurations/[id]/traffic/route";
import { GET as endpointGET } from "@/app/api/endpoints/[id]/traffic/route";
import { GET as gatewayGET } from "@/app/api/gateways/[id]/traffic/route";
import { GET as estateGET } from "@/app/api/traffic/route";
import { inventoryWith } from "@/lib/findings/test-builders";

vi.mock("@/lib/discovery/get-inventory", () => ({
  getInventory: vi.fn(async () =>
    inventoryWith((inv) => {
      // The configuration's gateway is gone: no source can answer for it.
      inv.resourceConfigurations[0]!.gatewayId = "rgw-gone";
      inv.gateways = [];
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
}));

const call = (handler: typeof configurationGET, path: string, id: string) =>
  handler(new Request(`http://localhost${path}`), { params: Promise.resolve({ id }) });

describe("traffic routes", () => {
  it.each([
    ["from=yesterday", "from"],
    ["to=2026-13-40T00:00:00Z", "to"],
    ["from=now-8d", "from"],
    ["from=now&to=now-1h", "from"],
    ["step=7", "step"],
  ])("?%s → 400 naming %s", async (qs, field) => {
    const res = await call(configurationGET, `/api/configurations/rcfg-db/traffic?${qs}`, "rcfg-db");
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "bad_request", field });
  });

  it.each([
    [configurationGET, "configurations", "rcfg-nope"],
    [gatewayGET, "gateways", "rgw-nope"],
    [endpointGET, "endpoints", "vpce-nope"],
  ] as const)("unknown id → 404 JSON (%#)", async (handler, kind, id) => {
    const res = await call(handler, `/api/${kind}/${id}/traffic`, id);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("not_found");
  });

  it("a configuration with no source: 200, totals null, coverage missing", async () => {
    const res = await call(configurationGET, "/api/configurations/rcfg-db/traffic?from=now-1h", "rcfg-db");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totals).toBeNull();
    expect(body.sources).toEqual([expect.objectContaining({ kind: "gateway-flow-logs", status: "missing" })]);
  });

  it("the estate: bad window → 400; else every configuration listed, sourceless ones with totals null", async () => {
    expect((await estateGET(new Request("http://localhost/api/traffic?to=later"))).status).toBe(400);
    const res = await estateGET(new Request("http://localhost/api/traffic?from=now-6h"));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.configurations.length).toBeGreaterThan(0);
    for (const c of body.configurations) expect(c.totals).toBeNull();
  });
});
