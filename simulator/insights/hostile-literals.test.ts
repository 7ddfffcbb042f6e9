import { describe, expect, it } from "vitest";
import { type InsightsEvent, InsightsQueryError, parseInsightsQuery, runInsightsQuery } from "./index";

/**
 * The product's query builder puts user-supplied values into string literals (escaping `\` and
 * `"`). Whatever a value holds, the engine must read it as one literal: a `|`, an escaped quote,
 * a newline or a would-be command inside it never starts a new command.
 */

/** What the product's stringLiteral() does: escape backslash and double quote. */
const quote = (v: string) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

const events: InsightsEvent[] = [
  'eni-1" | stats count(*) by srcAddr | filter "1"="1',
  "10.0.0.1 | limit 1",
  'a\\" | display @message',
  "trailing backslash \\",
  "line\nbreak | limit 1",
  "it's",
  "# not a comment | limit 1",
  "plain",
].map((message, i) => ({
  timestamp: Date.UTC(2026, 10, 28, 9, 0, i),
  message,
  logStream: "s",
  logGroup: "g",
}));

describe("hostile string literals", () => {
  for (const value of events.map((e) => e.message)) {
    it(`${JSON.stringify(value)} stays one literal and matches exactly itself`, () => {
      const q = `filter @message = ${quote(value)} | fields @message`;
      const parsed = parseInsightsQuery(q);
      expect(parsed.commands.map((c) => c.kind)).toEqual(["filter", "fields"]);
      const r = runInsightsQuery(parsed, events);
      expect(r.rows.map((x) => x["@message"])).toEqual([value]);
      expect(r.statistics.recordsMatched).toBe(1);
    });
  }

  it("inside in [...] lists, like and function arguments", () => {
    const values = events.slice(0, 5).map((e) => e.message);
    const q = `filter @message in [${values.map(quote).join(", ")}] and not @message like ${quote("| limit 1 |")} and not strcontains(@message, ${quote('" or "x"="x')}) | stats count(*) as n`;
    expect(parseInsightsQuery(q).commands.map((c) => c.kind)).toEqual(["filter", "stats"]);
    expect(runInsightsQuery(q, events).rows).toEqual([{ n: "5" }]);
  });

  it("single-quoted literals with escaped single quotes", () => {
    const r = runInsightsQuery("filter @message = 'it\\'s' | fields @message", events);
    expect(r.rows.map((x) => x["@message"])).toEqual(["it's"]);
    expect(parseInsightsQuery(`filter @message = 'say "hi" | limit 1'`).commands).toHaveLength(1);
  });

  it("a raw newline inside a literal is part of it, not a command break", () => {
    const r = runInsightsQuery('filter @message = "line\nbreak | limit 1" | fields @message', events);
    expect(r.rows.map((x) => x["@message"])).toEqual(["line\nbreak | limit 1"]);
  });

  it("a | inside a regex or a backtick field name does not split commands", () => {
    expect(
      parseInsightsQuery("filter @message like /limit 1|stats/ | fields `a|b`").commands.map((c) => c.kind),
    ).toEqual(["filter", "fields"]);
    expect(runInsightsQuery("filter @message =~ /^10\\.0\\.0\\.1 \\| limit/", events).rows).toHaveLength(1);
  });

  it("a literal that is not closed is an error, never a shorter query", () => {
    for (const q of [
      'filter @message = "eni-1\\" | limit 1',
      "filter @message = 'x\\' | limit 1",
      'filter a = "\\',
    ]) {
      expect(() => parseInsightsQuery(q)).toThrow(InsightsQueryError);
    }
  });

  it("an unescaped quote in a value ends the literal and the rest is a syntax error, not a new command", () => {
    // A value with a stray quote that escaped the builder: refused, rather than run as more commands.
    expect(() => parseInsightsQuery('filter interfaceId = "eni-1" x" | limit 1')).toThrow(InsightsQueryError);
  });
});
