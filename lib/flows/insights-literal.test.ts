import { describe, expect, it } from "vitest";
import {
  binPeriod,
  fieldName,
  InsightsLiteralError,
  listLiteral,
  numberLiteral,
  stringLiteral,
} from "./insights-literal";

/** A literal is safe when reading it back as a quoted string yields the original value and nothing follows. */
function readBack(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  let out = "";
  for (let i = 1; i < literal.length - 1; i++) {
    const c = literal[i]!;
    if (c === "\\") {
      out += literal[++i];
      continue;
    }
    // An unescaped quote inside would end the literal early: the value escaped into the query.
    expect(c).not.toBe('"');
    out += c;
  }
  return out;
}

describe("stringLiteral", () => {
  const hostile = [
    'eni-1" | stats count(*) by srcAddr | filter "1"="1',
    "10.0.0.1 | limit 1",
    "`@message`",
    'a\\" | display @message',
    "trailing backslash \\",
    "",
  ];
  for (const value of hostile) {
    it(`keeps ${JSON.stringify(value)} inside one literal`, () => {
      expect(readBack(stringLiteral(value))).toBe(value);
    });
  }

  for (const value of ["line\nbreak", "carriage\rreturn", "nul\u0000", "tab\there"]) {
    it(`refuses control characters in ${JSON.stringify(value)}`, () => {
      expect(() => stringLiteral(value)).toThrow(InsightsLiteralError);
    });
  }
});

describe("listLiteral", () => {
  it("quotes each value", () => expect(listLiteral(["eni-1", 'x"y'])).toBe('["eni-1", "x\\"y"]'));
  it("refuses an empty list", () => expect(() => listLiteral([])).toThrow(InsightsLiteralError));
});

describe("numberLiteral, fieldName, binPeriod", () => {
  it("numbers", () => {
    expect(numberLiteral(5432)).toBe("5432");
    expect(() => numberLiteral(Number.NaN)).toThrow(InsightsLiteralError);
  });
  it("field names", () => {
    expect(fieldName("dstPort")).toBe("dstPort");
    expect(fieldName("@timestamp")).toBe("@timestamp");
    for (const bad of ["a b", "x|y", "`x`", "a\nb", ""])
      expect(() => fieldName(bad)).toThrow(InsightsLiteralError);
  });
  it("bin periods", () => {
    expect(binPeriod("5m")).toBe("5m");
    for (const bad of ["5 m", "5m)", "1w", "m"]) expect(() => binPeriod(bad)).toThrow(InsightsLiteralError);
  });
});
