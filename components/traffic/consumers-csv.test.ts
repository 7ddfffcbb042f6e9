import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/export/to-csv";
import { consumersCsv } from "./consumers-csv";
import { fixtureReport } from "./fixtures";

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
