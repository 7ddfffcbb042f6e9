import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { type AuthStack, authPorts, startAuthStack } from "./auth-stack";

let lens: AuthStack;

test.beforeAll(async () => {
  lens = await startAuthStack(
    "proxy",
    "proxy",
    {
      // The "proxy" is this test process on 127.0.0.1; requests sent from 127.0.0.2 stand for any other host.
      proxy: { trustedAddresses: ["127.0.0.1"], signOutUrl: "/oauth2/sign_out" },
      editors: { groups: ["network-admins"] },
    },
    authPorts.app + 1,
  );
});

test.afterAll(async () => {
  await lens?.stop();
});

/** A GET sent from a chosen local address (the whole of 127.0.0.0/8 is loopback on Linux). */
function getFrom(localAddress: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(path, lens.url);
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, headers, localAddress },
      (res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const identity = {
  "x-forwarded-email": "dana@corp.example",
  "x-forwarded-user": "dana",
  "x-forwarded-groups": "network-admins,readers",
};

test("identity headers from the trusted proxy are accepted, with the role from the groups header", async () => {
  const me = await getFrom("127.0.0.1", "/api/me", identity);
  expect(me.status).toBe(200);
  expect(JSON.parse(me.body)).toMatchObject({
    id: "dana",
    email: "dana@corp.example",
    role: "editor",
    via: "oauth2-proxy",
  });
  const viewer = await getFrom("127.0.0.1", "/api/me", { ...identity, "x-forwarded-groups": "readers" });
  expect(JSON.parse(viewer.body)).toMatchObject({ role: "viewer" });
  const page = await getFrom("127.0.0.1", "/", identity);
  expect(page.status).toBe(200);
  expect(page.body).toContain("dana@corp.example");
});

test("the same headers from an untrusted address are refused, naming why", async () => {
  const forged = await getFrom("127.0.0.2", "/api/me", identity);
  expect(forged.status).toBe(403);
  expect(JSON.parse(forged.body).error.message).toMatch(/not a trusted proxy/);
  const bare = await getFrom("127.0.0.2", "/api/inventory", {});
  expect(bare.status).toBe(401);
});

test("a forged peer header does not make an untrusted client trusted", async () => {
  const spoof = await getFrom("127.0.0.2", "/api/me", {
    ...identity,
    "x-lattice-lens-peer": "anything 127.0.0.1",
    "x-forwarded-for": "127.0.0.1",
  });
  expect(spoof.status).toBe(403);
});
