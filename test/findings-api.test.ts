import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/findings/route";
import { inventoryWith } from "@/lib/findings/test-builders";

vi.mock("@/lib/discovery/get-inventory", () => ({
  getInventory: vi.fn(async () =>
    inventoryWith((inv) => {
      inv.resourceConfigurations[0]!.status = "CREATE_FAILED";
      inv.gateways[0]!.availabilityZones = ["us-east-1a"];
      inv.gateways[0]!.subnetIds = ["subnet-pa"];
      inv.gateways[0]!.enis = inv.gateways[0]!.enis.slice(0, 1);
    }),
  ),
}));

const get = (qs: string) => GET(new Request(`http://localhost/api/findings${qs}`));

describe("GET /api/findings", () => {
  it("returns findings, rule coverage, generatedAt and warnings", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual([
      "findings",
      "generatedAt",
      "inventoryGeneratedAt",
      "rules",
      "warnings",
    ]);
    expect(body.findings.map((f: { rule: string }) => f.rule)).toEqual([
      "failed-states",
      "gateway-single-az",
    ]);
    expect(body.rules.find((r: { id: string }) => r.id === "traffic-rejects")).toMatchObject({
      status: "unknown",
    });
  });

  it.each([
    ["?severity=warning", ["gateway-single-az"]],
    ["?severity=critical&severity=warning", ["failed-states", "gateway-single-az"]],
    ["?account=222222222222", []],
    ["?region=us-east-1&account=111111111111", ["failed-states", "gateway-single-az"]],
  ])("filters %s", async (qs, rules) => {
    const body = await (await get(qs)).json();
    expect(body.findings.map((f: { rule: string }) => f.rule)).toEqual(rules);
  });

  it.each([
    ["?severity=high", "severity"],
    ["?account=12", "account"],
    ["?region=moon-1", "region"],
    ["?foo=1", "foo"],
  ])("400 for %s naming %s", async (qs, field) => {
    const res = await get(qs);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "bad_request", field });
    expect(body.error.message).toContain(field);
  });
});
