/** guardWrite's role check against a probe route handler, called in-process with the identity proxy.ts forwards. */
import { describe, expect, it } from "vitest";
import { type Identity, localIdentity } from "@/lib/auth/identity";
import { encodeIdentity, IDENTITY_HEADER } from "@/lib/auth/identity-header";
import { guardWrite, readJsonBody } from "./guard-write";
import { toErrorResponse } from "./to-error-response";

async function probe(req: Request): Promise<Response> {
  try {
    const who = await guardWrite(req, { methods: ["POST", "DELETE"] });
    return Response.json({ who: who?.id, body: await readJsonBody(req) }, { status: 201 });
  } catch (e) {
    return toErrorResponse(e);
  }
}

const viewer: Identity = {
  id: "bob",
  email: "bob@corp.example",
  name: "Bob",
  groups: [],
  role: "viewer",
  via: "oidc",
};
const call = async (who: Identity) => {
  const res = await probe(
    new Request("http://lens.test/api/reports", {
      method: "POST",
      headers: {
        host: "lens.test",
        origin: "http://lens.test",
        "content-type": "application/json",
        [IDENTITY_HEADER]: encodeIdentity(who),
      },
      body: '{"a":1}',
    }),
  );
  return { status: res.status, body: await res.json() };
};

describe("guardWrite roles", () => {
  it("an editor writes and the route learns who", async () => {
    expect(await call(localIdentity)).toEqual({ status: 201, body: { who: "local", body: { a: 1 } } });
  });
  it("a viewer is refused with 403 naming the role", async () => {
    const r = await call(viewer);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toContain("editor role needed: bob@corp.example is a viewer");
  });
});
