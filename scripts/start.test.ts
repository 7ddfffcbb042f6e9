/** `npm start` refuses, in one line, to listen beyond loopback with sign-in off, or with a broken sign-in setup. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function start(env: Record<string, string>) {
  const r = spawnSync(tsx, ["scripts/start.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LATTICE_LENS_CONFIG: "test/fixtures/none.json",
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: r.status, lines: r.stderr.trim().split("\n").filter(Boolean) };
}

describe("npm start", () => {
  it.each(["0.0.0.0", "::"])("refuses HOST=%s with sign-in off, in one line naming what to set", (host) => {
    const r = start({ HOST: host, PORT: "0" });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      /refusing to listen on .* with sign-in off: set LATTICE_LENS_AUTH=oidc or proxy/,
    );
    expect(r.lines[0]).toContain("none-i-know");
  });

  it("HOSTNAME counts too", () => {
    expect(start({ HOSTNAME: "0.0.0.0", PORT: "0" }).status).toBe(1);
  });

  it("refuses an unknown mode and an oidc mode without its settings", () => {
    const unknown = start({ LATTICE_LENS_AUTH: "sso", PORT: "0" });
    expect(unknown.status).toBe(1);
    expect(unknown.lines[0]).toContain("LATTICE_LENS_AUTH must be one of none, none-i-know, oidc, proxy");
    const oidc = start({
      LATTICE_LENS_AUTH: "oidc",
      HOST: "0.0.0.0",
      PORT: "0",
      LATTICE_LENS_CONFIG: "test/fixtures/auth-oidc.config.json",
    });
    expect(oidc.status).toBe(1);
    expect(oidc.lines).toHaveLength(1);
    expect(oidc.lines[0]).toContain("LATTICE_LENS_SESSION_SECRET");
  });
});
