/**
 * A second Lattice Lens server in a sign-in mode, for the auth specs: the same build and the same
 * simulator as the demo stack (playwright.config.ts starts that first), its own port, its own
 * config file with an `auth` section, started the way `npm start` starts it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import secrets from "./test-secrets.json";
import { e2eUrls } from "./urls";

const root = path.resolve(__dirname, "..");
const demoData = path.join(root, ".data", "demo");

export const authPorts = {
  app: Number(process.env.E2E_AUTH_PORT ?? e2eUrls.appPort + 10),
  idp: Number(process.env.E2E_IDP_PORT ?? e2eUrls.simPort + 10),
};

export interface AuthStack {
  url: string;
  logs: string[];
  stop(): Promise<void>;
}

export async function startAuthStack(
  name: string,
  mode: "oidc" | "proxy",
  auth: Record<string, unknown>,
  port: number,
): Promise<AuthStack> {
  const dir = path.join(root, ".data", `e2e-${name}`);
  mkdirSync(dir, { recursive: true });
  const demoConfig = JSON.parse(readFileSync(path.join(demoData, "lattice-lens.config.json"), "utf8"));
  const configPath = path.join(dir, "lattice-lens.config.json");
  writeFileSync(configPath, JSON.stringify({ ...demoConfig, auth }, null, 2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    AWS_ACCESS_KEY_ID: undefined,
    AWS_SECRET_ACCESS_KEY: undefined,
    AWS_PROFILE: undefined,
    AWS_ENDPOINT_URL: e2eUrls.sim,
    AWS_SHARED_CREDENTIALS_FILE: path.join(demoData, "credentials"),
    AWS_CONFIG_FILE: path.join(demoData, "config"),
    AWS_REGION: "us-east-1",
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    LATTICE_LENS_CONFIG: configPath,
    LATTICE_LENS_DATA: dir,
    LATTICE_LENS_DEMO: "1",
    LATTICE_LENS_AUTH: mode,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    HOST: "127.0.0.1",
  };
  const child: ChildProcess = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  child.stdout?.on("data", (d) => logs.push(String(d)));
  child.stderr?.on("data", (d) => logs.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${name} server exited: ${logs.join("")}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`the ${name} server did not start: ${logs.join("")}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
