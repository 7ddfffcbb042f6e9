import { describe, expect, it } from "vitest";
import { evaluateReadiness } from "./readiness";

const ok = { accountId: "111111111111", region: "us-east-1", reachable: true };
const down = {
  accountId: "222222222222",
  region: "eu-west-1",
  reachable: false,
  reason: "connect ECONNREFUSED",
};

describe("evaluateReadiness", () => {
  it("ready: config valid, a discovery succeeded, a source answered (others listed)", () => {
    const r = evaluateReadiness(undefined, {
      lastSuccessAt: "2026-12-04T00:00:00Z",
      sources: [ok, down],
      inFlight: false,
    });
    expect(r.ready).toBe(true);
    expect(r.checks.find((c) => c.name === "sources")!.detail).toContain(
      "222222222222/eu-west-1 (connect ECONNREFUSED)",
    );
  });
  it.each([
    [
      "an invalid config",
      "lattice-lens.config.json: regions must list at least one region",
      { lastSuccessAt: "t", sources: [ok], inFlight: false },
      "config",
    ],
    ["the first discovery still running", undefined, { sources: [], inFlight: true }, "discovery"],
    [
      "a failed first discovery",
      undefined,
      { sources: [], inFlight: false, lastError: "no credentials" },
      "discovery",
    ],
    ["no source reachable", undefined, { lastSuccessAt: "t", sources: [down], inFlight: false }, "sources"],
  ])("not ready with %s", (_label, problem, status, failing) => {
    const r = evaluateReadiness(problem, status);
    expect(r.ready).toBe(false);
    expect(r.checks.filter((c) => !c.ok).map((c) => c.name)).toContain(failing);
  });
});
