import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "./to-csv";

describe("csvField", () => {
  it("quotes commas, quotes and newlines; doubles quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe("");
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
    expect(csvField(true)).toBe("true");
  });

  it.each([
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("http://evil.example","click")', '"\'=HYPERLINK(""http://evil.example"",""click"")"'],
  ])("neutralises the formula in text %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("leaves numbers as numbers, negative ones too", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField(0.25)).toBe("0.25");
  });
});

describe("toCsv", () => {
  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv([["a"]])).toBe("a\r\n");
    expect(
      toCsv([
        ["a", 1],
        ["=b", null],
      ]),
    ).toBe("a,1\r\n'=b,\r\n");
  });
});
