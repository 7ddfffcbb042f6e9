import { describe, expect, it } from "vitest";
import { parseTopologyQuery } from "./topology-query";

describe("parseTopologyQuery", () => {
  it("accepts the documented parameters, lists comma-separated or repeated", () => {
    const r = parseTopologyQuery(
      new URLSearchParams(
        "from=now-6h&to=now&account=111111111111&region=us-east-1&focus=rcfg-1&expand=account:2,sn:sn-1&expand=vpc:vpc-1",
      ),
    );
    expect(r).toEqual({
      ok: true,
      query: {
        from: "now-6h",
        to: "now",
        account: "111111111111",
        region: "us-east-1",
        focus: "rcfg-1",
        expand: ["account:2", "sn:sn-1", "vpc:vpc-1"],
        collapse: [],
        aggregate: "auto",
      },
    });
  });

  it.each([
    ["from=yesterday", "from"],
    ["to=later", "to"],
    ["account=123", "account"],
    ["region=mars", "region"],
    ["expand=a%20b", "expand"],
    ["aggregate=maybe", "aggregate"],
  ])("%s → 400 naming %s", (qs, parameter) => {
    const r = parseTopologyQuery(new URLSearchParams(qs));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.parameter).toBe(parameter);
      expect(r.message).toMatch(new RegExp(`^${parameter}:`));
    }
  });
});
