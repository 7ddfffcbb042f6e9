/**
 * The stack the browser benchmarks run against: the simulator with a generated estate
 * (`simulator/main.ts --generate N`) and the built app (`next start`) on loopback, with a config
 * naming every generated account, as the demo does. Shared by bench:topology and bench:tables.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateScenario } from "@/simulator/scenario/generate-scenario";

export const root = path.resolve(__dirname, "..");
const host = "127.0.0.1";
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

export interface Stack {
  /** The app's base URL. */
  app: string;
  simUrl: string;
  /** The generated scenario's account ids, in order. */
  accountIds: string[];
  stop(): Promise<void>;
}

export function requireBuild(): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("no production build: run `npm run build` first");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, host, () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    child.once("exit", () => r());
    child.kill("SIGTERM");
  });
}

/** Starts the simulator with `n` configurations and the app; `fixedPorts` honours PORT and SIM_PORT. */
export async function startStack(n: number, fixedPorts = false): Promise<Stack> {
  const scenario = generateScenario(n);
  const dir = mkdtempSync(path.join(tmpdir(), "lattice-lens-bench-"));
  writeFileSync(
    path.join(dir, "credentials"),
    scenario.accounts
      .map(
        (a, i) =>
          `[b-${a.id}]\naws_access_key_id=${a.accessKeyIds?.[0] ?? `AKIABENCH${i}`}\naws_secret_access_key=x\n`,
      )
      .join(""),
  );
  writeFileSync(
    path.join(dir, "config.json"),
    JSON.stringify({
      accounts: scenario.accounts.map((a) => ({ id: a.id, name: a.name, profile: `b-${a.id}` })),
      regions: scenario.regions,
      inventoryTtlSeconds: 600,
    }),
  );
  const simPort = fixedPorts && process.env.SIM_PORT ? Number(process.env.SIM_PORT) : await freePort();
  const appPort = fixedPorts && process.env.PORT ? Number(process.env.PORT) : await freePort();
  const simUrl = `http://${host}:${simPort}`;
  const app = `http://${host}:${appPort}`;
  const sim = spawn(
    bin("tsx"),
    ["simulator/main.ts", "--generate", String(n), "--port", String(simPort), "--host", host],
    { cwd: root, stdio: "ignore" },
  );
  let next: ChildProcess | undefined;
  const stop = async () => {
    if (next) await stopChild(next);
    await stopChild(sim);
  };
  try {
    await waitFor(`${simUrl}/_sim/health`, 60_000);
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const k of ["AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"])
      delete env[k];
    next = spawn(bin("next"), ["start", "--port", String(appPort), "--hostname", host], {
      cwd: root,
      stdio: "ignore",
      env: {
        ...env,
        AWS_ENDPOINT_URL: simUrl,
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "credentials"),
        AWS_CONFIG_FILE: path.join(dir, "aws-config"),
        AWS_REGION: scenario.regions[0],
        AWS_EC2_METADATA_DISABLED: "true",
        LATTICE_LENS_CONFIG: path.join(dir, "config.json"),
        NEXT_TELEMETRY_DISABLED: "1",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
    });
    await waitFor(`${app}/api/health`, 60_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { app, simUrl, accountIds: scenario.accounts.map((a) => a.id), stop };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
