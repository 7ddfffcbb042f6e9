import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { registerSecret } from "@/lib/auth/secret-values";
import { makeLogger, scrubSecrets } from "./logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: makeLogger(stream) };
}

describe("logger", () => {
  it("writes JSON lines and redacts credential fields", () => {
    const { lines, log } = capture();
    log.info(
      { req: { headers: { authorization: "Bearer abc", cookie: "ll_session=xyz", accept: "*/*" } } },
      "hello",
    );
    const line = JSON.parse(lines[0]!);
    expect(line.msg).toBe("hello");
    expect(line.req.headers).toEqual({ authorization: "[redacted]", cookie: "[redacted]", accept: "*/*" });
  });
  it("scrubs known secret values and access key ids anywhere in the line", () => {
    registerSecret("very-secret-client-value");
    const { lines, log } = capture();
    log.error({ err: new Error("token very-secret-client-value rejected for AKIAABCDEFGHIJKLMNOP") }, "oops");
    expect(lines[0]).not.toContain("very-secret-client-value");
    expect(lines[0]).not.toContain("AKIAABCDEFGHIJKLMNOP");
    expect(scrubSecrets("a=very-secret-client-value")).toBe("a=[redacted]");
  });
});
