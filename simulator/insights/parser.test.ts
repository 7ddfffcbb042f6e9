import { describe, expect, it } from "vitest";
import { InsightsQueryError } from "./insights-query-error";
import { parseInsightsQuery } from "./parser";
import type { Command, Expr } from "./types";

function commands(q: string): Command[] {
  return parseInsightsQuery(q).commands;
}

function errorOf(q: string): InsightsQueryError {
  try {
    parseInsightsQuery(q);
  } catch (e) {
    if (e instanceof InsightsQueryError) return e;
    throw e;
  }
  throw new Error(`expected ${JSON.stringify(q)} not to compile`);
}

/** The query text an error points at. */
function pointedAt(q: string): string {
  const { start, end } = errorOf(q).location;
  return q.slice(start, end);
}

describe("parseInsightsQuery: commands", () => {
  it("fields with system fields, aliases and expressions", () => {
    const [c] = commands(
      "fields @timestamp, @message, @logStream, @log, srcAddr as src, bytes / packets as avg",
    );
    expect(c?.kind).toBe("fields");
    if (c?.kind !== "fields") return;
    expect(c.items.map((i) => i.name)).toEqual([
      "@timestamp",
      "@message",
      "@logStream",
      "@log",
      "src",
      "avg",
    ]);
    expect(c.items.map((i) => i.aliased)).toEqual([false, false, false, false, true, true]);
    expect(c.items[5]?.expr.kind).toBe("binary");
  });

  it("names an unaliased expression by its text", () => {
    const [c] = commands("fields bytes/packets");
    expect(c?.kind === "fields" && c.items[0]?.name).toBe("bytes/packets");
  });

  it("display", () => {
    const [c] = commands("display srcAddr, dstAddr");
    expect(c?.kind === "display" && c.items.map((i) => i.name)).toEqual(["srcAddr", "dstAddr"]);
  });

  it("filter: comparisons, in, not in, like, =~, functions, boolean logic and parentheses", () => {
    const [c] = commands(
      `filter (dstPort = 22 or dstPort >= 1024) and not action != "ACCEPT" and interfaceId in ["eni-a", 'eni-b'] and srcAddr not in ["10.0.0.1"] and @message like "REJECT" and @message like /SKIP|NO/ and dstAddr =~ /^10\\./ and isIpv4InSubnet(srcAddr, "10.0.0.0/8") and ispresent(bytes) and bytes < 10 and bytes <= 10 and bytes > -1`,
    );
    expect(c?.kind).toBe("filter");
    const kinds: string[] = [];
    const walk = (e: Expr): void => {
      kinds.push(
        e.kind === "binary" || e.kind === "match" || e.kind === "unary" ? `${e.kind}:${e.op}` : e.kind,
      );
      if (e.kind === "binary") {
        walk(e.left);
        walk(e.right);
      } else if (e.kind === "unary") walk(e.operand);
      else if (e.kind === "match" || e.kind === "in") walk(e.subject);
    };
    if (c?.kind === "filter") walk(c.expr);
    for (const k of [
      "binary:or",
      "binary:=",
      "binary:>=",
      "unary:not",
      "binary:!=",
      "in",
      "match:like",
      "match:=~",
      "call",
      "binary:<",
      "binary:<=",
      "binary:>",
    ])
      expect(kinds).toContain(k);
  });

  it("not binds tighter than and, and tighter than or", () => {
    const [c] = commands("filter a = 1 or b = 2 and not c = 3");
    if (c?.kind !== "filter" || c.expr.kind !== "binary") throw new Error("not a binary filter");
    expect(c.expr.op).toBe("or");
    expect(c.expr.right.kind === "binary" && c.expr.right.op).toBe("and");
  });

  it("backtick field names and keywords in any case", () => {
    const [c] = commands("FILTER `log-status` = 'OK' AND `my field` IN [1, 2]");
    expect(c?.kind).toBe("filter");
    if (c?.kind !== "filter" || c.expr.kind !== "binary" || c.expr.left.kind !== "binary")
      throw new Error("shape");
    expect(c.expr.left.left).toMatchObject({ kind: "field", name: "log-status" });
  });

  it("parse with a glob", () => {
    const [c] = commands('parse @message "* * *" as a, b, c');
    expect(c).toMatchObject({ kind: "parse", glob: "* * *", names: ["a", "b", "c"] });
  });

  it("parse with a regex and named groups (a / after a field is a pattern here, not a division)", () => {
    const [c] = commands("parse @message /(?<src>\\S+) (?<dst>\\S+)/");
    expect(c).toMatchObject({
      kind: "parse",
      regex: { source: "(?<src>\\S+) (?<dst>\\S+)", flags: "" },
      names: ["src", "dst"],
    });
  });

  it("translates a leading (?i) into the i flag", () => {
    const [c] = commands("filter @message like /(?i)reject/");
    expect(c?.kind === "filter" && c.expr.kind === "match" && c.expr.pattern).toMatchObject({
      source: "reject",
      flags: "i",
    });
  });

  it("stats: aggregates, default names, aliases, by with bin", () => {
    const [c] = commands(
      "stats sum(bytes) as bytes, count(*), count(srcAddr), avg(packets), min(bytes), max(bytes), count_distinct(srcAddr) by bin(5m), dstAddr as d",
    );
    if (c?.kind !== "stats") throw new Error("not stats");
    expect(c.aggregates.map((a) => a.name)).toEqual([
      "bytes",
      "count(*)",
      "count(srcAddr)",
      "avg(packets)",
      "min(bytes)",
      "max(bytes)",
      "count_distinct(srcAddr)",
    ]);
    expect(c.groups.map((g) => g.name)).toEqual(["bin(5m)", "d"]);
    expect(c.groups[0]?.expr).toMatchObject({
      kind: "call",
      name: "bin",
      args: [{ kind: "duration", ms: 300_000 }],
    });
  });

  it("bin periods in s, m, h and d", () => {
    for (const [p, ms] of [
      ["30s", 30_000],
      ["5m", 300_000],
      ["1h", 3_600_000],
      ["1d", 86_400_000],
    ] as const) {
      const [c] = commands(`stats count(*) by bin(${p})`);
      expect(c?.kind === "stats" && c.groups[0]?.expr).toMatchObject({ args: [{ ms }] });
    }
  });

  it("sort, limit, dedup", () => {
    expect(commands("sort bytes desc, srcAddr asc, dstAddr")[0]).toMatchObject({
      kind: "sort",
      keys: [
        { name: "bytes", descending: true },
        { name: "srcAddr", descending: false },
        { name: "dstAddr", descending: false },
      ],
    });
    expect(commands("limit 15")[0]).toMatchObject({ kind: "limit", count: 15 });
    expect(commands("dedup srcAddr, dstAddr")[0]).toMatchObject({ kind: "dedup" });
  });

  it("# comments run to the end of the line, but not inside literals", () => {
    const cs = commands(
      '# top talkers\nfilter action = "#REJECT" # only rejects\n| stats count(*) by srcAddr # per source',
    );
    expect(cs.map((c) => c.kind)).toEqual(["filter", "stats"]);
    expect(cs[0]?.kind === "filter" && cs[0].expr.kind === "binary" && cs[0].expr.right).toMatchObject({
      value: "#REJECT",
    });
  });

  it("a whole pipeline, with spans per command", () => {
    const q = "filter protocol=17 | stats count(*) by srcAddr | sort `count(*)` desc | limit 3";
    const cs = commands(q);
    expect(cs.map((c) => c.kind)).toEqual(["filter", "stats", "sort", "limit"]);
    expect(cs.map((c) => q.slice(c.span.start, c.span.end))).toEqual([
      "filter protocol=17",
      "stats count(*) by srcAddr",
      "sort `count(*)` desc",
      "limit 3",
    ]);
  });
});

describe("parseInsightsQuery: errors carry the location of the fault", () => {
  it("unknown command", () => {
    expect(pointedAt("filter a = 1 | frobnicate x")).toBe("frobnicate");
    expect(errorOf("frobnicate x").message).toMatch(/unknown command/);
  });

  it("unknown function", () => {
    expect(pointedAt('filter nosuch(srcAddr, "x")')).toBe("nosuch");
    expect(errorOf("stats median(bytes)").message).toMatch(/unknown function "median"/);
  });

  it("unterminated strings, in either quote", () => {
    const q = 'filter action = "ACCEPT | limit 1';
    expect(errorOf(q).location).toEqual({ start: 16, end: q.length });
    expect(errorOf("filter a = 'x").message).toMatch(/unterminated string/);
    expect(errorOf('filter a = "x\\"').message).toMatch(/unterminated string/);
  });

  it("unbalanced parentheses and brackets point at the opener", () => {
    const q = "filter (a = 1 and (b = 2)";
    expect(errorOf(q).location).toEqual({ start: 7, end: 8 });
    expect(pointedAt('filter a in ["x", "y"')).toBe("[");
    expect(pointedAt("stats sum(bytes by x")).toBe("(");
    expect(pointedAt("filter a = 1)")).toBe(")");
  });

  it("deep nesting is a compile error, not a stack overflow", () => {
    for (const q of [
      `filter ${"(".repeat(5000)}a${")".repeat(5000)}`,
      `filter ${"not ".repeat(5000)}a`,
      `fields ${"-".repeat(5000)}1`,
    ]) {
      expect(errorOf(q).message).toMatch(/nest deeper/);
    }
    expect(() => parseInsightsQuery(`filter ${"(".repeat(50)}a = 1${")".repeat(50)}`)).not.toThrow();
  });

  it("other faults", () => {
    expect(errorOf("").location).toEqual({ start: 0, end: 0 });
    expect(pointedAt("filter a = 1 |")).toBe("");
    expect(errorOf("filter a = 1 |").location.start).toBe(14);
    expect(pointedAt("filter a = 1 | | limit 3")).toBe("|");
    expect(pointedAt("limit 0")).toBe("0");
    expect(pointedAt("stats count(*) by bin(5w)")).toBe("5w");
    expect(pointedAt("stats bytes by srcAddr")).toBe("bytes");
    expect(pointedAt("filter sum(bytes) > 1")).toBe("sum");
    expect(pointedAt('parse @message "* *" as a')).toBe('"* *" as a');
    expect(pointedAt("filter a like /unterminated")).toBe("/unterminated");
    expect(pointedAt("filter a =~ /(/")).toBe("/(/");
    expect(pointedAt('filter isIpv4InSubnet(srcAddr, "10.0.0.0/33")')).toBe('"10.0.0.0/33"');
    expect(pointedAt("filter isIpv4InSubnet(srcAddr, dstAddr)")).toBe("dstAddr");
    expect(pointedAt("filter a ~ 1")).toBe("~");
    expect(pointedAt("filter /x/ = a")).toBe("/x/");
    expect(pointedAt("fields concat(/x/, a)")).toBe("/x/");
    expect(pointedAt("fields `unterminated")).toBe("`unterminated");
  });
});
