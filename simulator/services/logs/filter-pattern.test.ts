import { describe, expect, it } from "vitest";
import { compileFilterPattern } from "./filter-pattern";

const V2 =
  "2 111111111111 eni-0123456789abcdef0 10.10.1.5 10.10.1.50 40001 5432 6 12 9000 1795860000 1795860010 ACCEPT OK";
const REJECT =
  "2 111111111111 eni-0123456789abcdef0 10.20.1.5 10.20.1.30 40002 6379 6 3 180 1795860000 1795860010 REJECT OK";
const JSON_LINE = JSON.stringify({ vpcEndpointId: "vpce-1", protocol: "tcp", n: 7, nested: { a: "x" } });

describe("filter patterns", () => {
  it("matches everything when empty, terms, optional and excluded terms", () => {
    expect(compileFilterPattern(undefined)(V2)).toBe(true);
    expect(compileFilterPattern("")(V2)).toBe(true);
    expect(compileFilterPattern("ACCEPT 5432")(V2)).toBe(true);
    expect(compileFilterPattern("ACCEPT 6379")(V2)).toBe(false);
    expect(compileFilterPattern('"ACCEPT OK"')(V2)).toBe(true);
    expect(compileFilterPattern("?REJECT ?NODATA")(V2)).toBe(false);
    expect(compileFilterPattern("?REJECT ?NODATA")(REJECT)).toBe(true);
    expect(compileFilterPattern("eni -REJECT")(REJECT)).toBe(false);
  });

  it("matches space-delimited fields with comparisons, wildcards, || and ...", () => {
    const fields =
      "[version, account, eni, src, dst, sport, dport, proto, packets, bytes, start, end, action, status]";
    expect(compileFilterPattern(fields)(V2)).toBe(true);
    expect(compileFilterPattern(fields.replace("action", "action = REJECT"))(REJECT)).toBe(true);
    expect(compileFilterPattern(fields.replace("action", "action = REJECT"))(V2)).toBe(false);
    expect(compileFilterPattern(fields.replace("src,", "src = 10.10.*,"))(V2)).toBe(true);
    expect(compileFilterPattern(fields.replace("dport", "dport = 80 || dport = 5432"))(V2)).toBe(true);
    expect(compileFilterPattern(fields.replace("bytes", "bytes >= 400 && bytes < 1000"))(V2)).toBe(false);
    expect(compileFilterPattern("[..., action = ACCEPT, status]")(V2)).toBe(true);
    expect(compileFilterPattern("[version, ..., bytes > 5000, start, end, action, status]")(V2)).toBe(true);
    expect(compileFilterPattern("[a, b]")(V2)).toBe(false);
  });

  it("matches JSON property patterns", () => {
    expect(compileFilterPattern('{ $.vpcEndpointId = "vpce-1" }')(JSON_LINE)).toBe(true);
    expect(compileFilterPattern('{ $.vpcEndpointId = "vpce-*" && $.n > 5 }')(JSON_LINE)).toBe(true);
    expect(compileFilterPattern("{ $.n < 5 || $.nested.a = x }")(JSON_LINE)).toBe(true);
    expect(compileFilterPattern('{ $.protocol != "tcp" }')(JSON_LINE)).toBe(false);
    expect(compileFilterPattern('{ $.protocol = "tcp" }')(V2)).toBe(false);
  });
});
