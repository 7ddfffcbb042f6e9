import { describe, expect, it } from "vitest";
import { addressMatcher, isLoopbackAddress, listensOnlyOnLoopback, normalizeAddress } from "./addresses";

describe("addresses", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["0.0.0.0", false],
    ["::", false],
    ["10.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["169.254.169.254", false],
    ["not-an-ip", false],
  ])("isLoopbackAddress(%s) = %s", (a, expected) => {
    expect(isLoopbackAddress(a)).toBe(expected);
  });

  it("normalizes IPv4-mapped IPv6 and brackets", () => {
    expect(normalizeAddress("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("[::1]")).toBe("::1");
  });

  it("matches addresses and CIDRs of both families", () => {
    const m = addressMatcher(["10.0.0.0/8", "192.168.1.5", "fd00::/8"]);
    expect(m("10.20.30.40")).toBe(true);
    expect(m("::ffff:10.20.30.40")).toBe(true);
    expect(m("192.168.1.5")).toBe(true);
    expect(m("192.168.1.6")).toBe(false);
    expect(m("fd12::1")).toBe(true);
    expect(m("2001:db8::1")).toBe(false);
    expect(m("")).toBe(false);
  });

  it.each([
    ["127.0.0.1", true],
    ["localhost", true],
    ["::1", true],
    ["0.0.0.0", false],
    ["::", false],
  ])("listensOnlyOnLoopback(%s) = %s", async (host, expected) => {
    expect(await listensOnlyOnLoopback(host)).toBe(expected);
  });
});
