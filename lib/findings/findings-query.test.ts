import { describe, expect, it } from "vitest";
import type { Finding } from "./finding";
import { filterFindings, parseFindingsQuery } from "./findings-query";

describe("parseFindingsQuery", () => {
  it.each<[string, object]>([
    ["", { ok: true, query: { account: [], region: [], severity: [] } }],
    [
      "account=111111111111&account=222222222222&region=us-east-1&severity=critical&severity=info",
      {
        ok: true,
        query: {
          account: ["111111111111", "222222222222"],
          region: ["us-east-1"],
          severity: ["critical", "info"],
        },
      },
    ],
    [
      "severity=critical,warning",
      { ok: true, query: { account: [], region: [], severity: ["critical", "warning"] } },
    ],
    ["severity=", { ok: true, query: { account: [], region: [], severity: [] } }],
    ["severity=high", { ok: false, parameter: "severity" }],
    ["account=123", { ok: false, parameter: "account" }],
    ["region=mars", { ok: false, parameter: "region" }],
    ["sev=critical", { ok: false, parameter: "sev" }],
  ])("%j", (qs, expected) => {
    expect(parseFindingsQuery(new URLSearchParams(qs))).toMatchObject(expected);
  });

  it("quotes the bad value", () => {
    const r = parseFindingsQuery(new URLSearchParams("severity=info&severity=high"));
    expect(r).toMatchObject({
      ok: false,
      message: 'Invalid severity "high": must be critical, warning or info.',
    });
  });
});

describe("filterFindings", () => {
  const f = (severity: Finding["severity"], accountId: string, region = "us-east-1"): Finding => ({
    id: `${severity}${accountId}`,
    rule: "r",
    severity,
    status: "failing",
    resources: [{ kind: "gateway", id: "rgw", accountId, region }],
    evidence: { summary: "", details: {} },
    fix: "",
  });
  const all = [f("critical", "1"), f("warning", "2"), f("info", "1", "eu-west-1")];
  it.each<[object, string[]]>([
    [{}, ["critical1", "warning2", "info1"]],
    [{ severity: ["critical", "info"] }, ["critical1", "info1"]],
    [{ account: ["1"] }, ["critical1", "info1"]],
    [{ region: ["eu-west-1"] }, ["info1"]],
  ])("%j", (query, ids) => expect(filterFindings(all, query).map((x) => x.id)).toEqual(ids));
});
