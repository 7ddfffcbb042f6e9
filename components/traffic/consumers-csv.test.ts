import { describe, expect, it } from "vitest";
import { consumersCsv, csvField, toCsv } from "./consumers-csv";
import { fixtureReport } from "./fixtures";

describe("csvField", () => {
  it("quotes commas, quotes and newlines; doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(42)).toBe("42");
  });
  it("neutralises spreadsheet formulas in text, not in numbers", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe("-5");
  });
});

describe("consumersCsv", () => {
  it("has a header and one CRLF line per consumer with raw numbers", () => {
    const csv = consumersCsv(fixtureReport.consumers);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^account,vpc,endpoint,pattern,/);
    expect(lines[1]).toContain(
      "222222222222,vpc-0payments,vpce-68644f520c9a05e13,Resource endpoint (PrivateLink)",
    );
    expect(lines[1]).toContain(",50000000,9000000,41000000,900,14,49500000,14");
    // No estimate: empty trailing fields, not 0.
    expect(lines[2]!.endsWith(",366,0,,")).toBe(true);
    expect(toCsv([["a"]])).toBe("a\r\n");
  });
});
