import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { guardWrite } from "./guard-write";

function req(method: string, headers: Record<string, string>) {
  return new Request("http://127.0.0.1:3000/api/reports", { method, headers });
}

async function statusOf(r: Request, methods = ["POST", "DELETE"]): Promise<number> {
  try {
    await guardWrite(r, { methods });
    return 200;
  } catch (e) {
    return (e as AppError).status;
  }
}

const json = { "content-type": "application/json", host: "127.0.0.1:3000" };

describe("guardWrite", () => {
  it.each([
    [
      "same-origin JSON",
      req("POST", { ...json, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }),
      200,
    ],
    ["a client that is not a browser (no Origin)", req("POST", json), 200],
    ["cross-site fetch", req("POST", { ...json, "sec-fetch-site": "cross-site" }), 403],
    ["same-site but another origin", req("POST", { ...json, "sec-fetch-site": "same-site" }), 403],
    ["another Origin", req("POST", { ...json, origin: "https://evil.example" }), 403],
    ["a form post (text/plain)", req("POST", { "content-type": "text/plain", host: "127.0.0.1:3000" }), 415],
    ["no content type", req("POST", { host: "127.0.0.1:3000" }), 415],
    [
      "a DELETE needs no body",
      req("DELETE", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }),
      200,
    ],
    ["a method the route does not take", req("PUT", json), 405],
  ])("%s → %d", async (_name, r, status) => {
    expect(await statusOf(r)).toBe(status);
  });
});
