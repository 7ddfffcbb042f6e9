import { describe, expect, it } from "vitest";
import { findMachineToken, presentedToken } from "./machine-token";

const tokens = [
  { name: "sns", token: "sns-token-0123456789abcdef", route: "/api/alarms/resolve" },
  { name: "bot", token: "bot-token-0123456789abcdef", route: "/api/alarms/resolve" },
];

describe("machine tokens", () => {
  it("reads Bearer and Basic (password) credentials", () => {
    expect(presentedToken("Bearer abc")).toBe("abc");
    expect(presentedToken(`Basic ${Buffer.from("sns:pw-1").toString("base64")}`)).toBe("pw-1");
    expect(presentedToken("Basic !!!")).toBeUndefined();
    expect(presentedToken("Digest x")).toBeUndefined();
    expect(presentedToken(null)).toBeUndefined();
  });

  it("finds the matching token only", () => {
    expect(findMachineToken("bot-token-0123456789abcdef", tokens)?.name).toBe("bot");
    expect(findMachineToken("bot-token-0123456789abcdeX", tokens)).toBeUndefined();
    expect(findMachineToken("", tokens)).toBeUndefined();
  });
});
