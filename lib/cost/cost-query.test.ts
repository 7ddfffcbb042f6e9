import { describe, expect, it } from "vitest";
import { parseCostQuery } from "./cost-query";

const now = Date.parse("2026-11-28T13:00:00Z");
const parse = (qs: string) => parseCostQuery(new URLSearchParams(qs), now);

describe("parseCostQuery", () => {
  it("defaults: the current UTC month, the last 24 h, most expensive first", () => {
    const r = parse("");
    expect(r.ok && r.query.month).toBe("2026-11");
    expect(r.ok && r.query.window.from).toBe("now-24h");
    expect(r.ok && r.query.window.end - r.query.window.start).toBe(86_400_000);
    expect(r.ok && r.query.format).toBe("json");
  });
  it("reads month, window, config, sort and format", () => {
    const r = parse("month=2026-10&window=now-7d&config=rcfg-0a27e0f02a6ca6b0c&sort=-saving&format=csv");
    expect(r).toMatchObject({
      ok: true,
      query: {
        month: "2026-10",
        config: "rcfg-0a27e0f02a6ca6b0c",
        sort: { key: "saving", desc: true },
        format: "csv",
      },
    });
  });
  it.each([
    { qs: "month=2026-13", parameter: "month" },
    { qs: "month=nov", parameter: "month" },
    { qs: "month=2026-12", parameter: "month" },
    { qs: "window=yesterday", parameter: "window" },
    { qs: "window=now-5m", parameter: "window" },
    { qs: "window=now-60d", parameter: "window" },
    { qs: "config=orders", parameter: "config" },
    { qs: "sort=color", parameter: "sort" },
    { qs: "format=xml", parameter: "format" },
    { qs: "from=now-1h", parameter: "from" },
  ])("$qs is rejected naming $parameter", ({ qs, parameter }) => {
    const r = parse(qs);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.parameter).toBe(parameter);
      expect(r.message).toContain(parameter);
    }
  });
});
