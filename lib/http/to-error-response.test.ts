import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "./to-error-response";

describe("toErrorResponse", () => {
  it.each([
    [
      new AppError("bad_request", 'Invalid parameter "region"', { field: "region" }),
      400,
      "bad_request",
      "region",
    ],
    [new AppError("aws_credentials", "No credentials"), 401, "aws_credentials", undefined],
    [new AppError("aws_throttled", "Slow down"), 429, "aws_throttled", undefined],
    [
      new AppError("invalid_config", "Config: accounts must list at least one account"),
      500,
      "invalid_config",
      undefined,
    ],
  ])("AppError %#", async (err, status, code, field) => {
    const res = toErrorResponse(err);
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ error: { code, message: err.message, field } });
  });

  it("maps a ZodError to 400 naming the field", async () => {
    const parsed = z.object({ region: z.string() }).safeParse({ region: 1 });
    const res = toErrorResponse(parsed.error);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "bad_request", field: "region" });
    expect(body.error.message).toContain("region");
  });

  it("hides anything else behind a generic 500", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = toErrorResponse(new TypeError("secret stack at /srv/x.js:1"));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text).error.code).toBe("internal");
    log.mockRestore();
  });
});
