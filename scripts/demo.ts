/**
 * `npm run demo`: the real product against the local AWS simulator.
 * Starts the simulator, writes a demo config (one AWS profile per simulated account, one account
 * reached by assuming a role, as real multi-account setups do), builds the app if its sources
 * changed, and starts it. Ctrl-C stops both; if either dies the other is stopped with a message.
 *
 * PORT (default 3000) sets the dashboard's port, SIM_PORT the simulator's (default: a free port),
 * HOST the address both listen on (default 127.0.0.1), SCENARIO another scenario file,
 * DEMO_DATA_DIR where the demo's config and simulated credentials go (default .data/demo), so a
 * second demo (the hostile-names e2e runs one) does not overwrite the first one's.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { newestSourceMtime } from "./newest-source-mtime";

const root = path.resolve(__dirname, "..");
const host = process.env.HOST ?? "127.0.0.1";
const appPort = Number(process.env.PORT ?? 3000);
const scenarioPath = path.resolve(root, process.env.SCENARIO ?? "simulator/scenario/default.scenario.json");
const dataDir = path.resolve(root, process.env.DEMO_DATA_DIR ?? path.join(".data", "demo"));
const children: ChildProcess[] = [];
let stopping = false;

interface ScenarioAccount {
  id: string;
  name: string;
  accessKeyIds?: string[];
}

function log(message: string) {
  console.log(`[demo] ${message}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  children.push(child);
  child.on("exit", (code, signal) => {
    if (stopping) return;
    log(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the demo.`);
    stopAll(1);
  });
  return child;
}

function stopAll(exitCode: number) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(exitCode), 1500).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null))).then(
    () => process.exit(exitCode),
  );
}

async function waitFor(url: string, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/** An INI section name from an account name, which is free text (and may be hostile in tests). */
const profileOf = (a: ScenarioAccount) => `demo-${a.name.replace(/[^\w-]+/g, "_")}`;

/** Profiles for every simulated account; the last consumer account is reached through AssumeRole. */
function writeDemoConfig(accounts: ScenarioAccount[], regions: string[]) {
  mkdirSync(dataDir, { recursive: true });
  const credentials = accounts
    .map(
      (a, i) =>
        `[${profileOf(a)}]\naws_access_key_id = ${a.accessKeyIds?.[0] ?? `AKIADEMO${i}`}\naws_secret_access_key = simulated\n`,
    )
    .join("\n");
  writeFileSync(path.join(dataDir, "credentials"), credentials);
  writeFileSync(
    path.join(dataDir, "config"),
    accounts.map((a) => `[profile ${profileOf(a)}]\nregion = ${regions[0]}\n`).join("\n"),
  );
  const base = accounts[0]!;
  const config = {
    accounts: accounts.map((a, i) =>
      i === accounts.length - 1 && accounts.length > 2
        ? {
            id: a.id,
            name: a.name,
            profile: profileOf(base),
            roleArn: `arn:aws:iam::${a.id}:role/LatticeLensReadOnly`,
          }
        : { id: a.id, name: a.name, profile: profileOf(a) },
    ),
    regions,
    inventoryTtlSeconds: 60,
  };
  const configPath = path.join(dataDir, "lattice-lens.config.json");
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  return configPath;
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  return newestSourceMtime(root) > statSync(buildId).mtimeMs;
}

async function main() {
  const scenario = JSON.parse(readFileSync(scenarioPath, "utf8")) as {
    accounts: ScenarioAccount[];
    regions: string[];
  };
  const simPort = process.env.SIM_PORT ? Number(process.env.SIM_PORT) : await freePort();
  const simUrl = `http://${host}:${simPort}`;
  const tsx = path.join(root, "node_modules", ".bin", "tsx");

  log(`starting the AWS simulator on ${simUrl}`);
  start(
    "the simulator",
    tsx,
    ["simulator/main.ts", "--port", String(simPort), "--host", host, "--scenario", scenarioPath],
    process.env,
  );
  await waitFor(`${simUrl}/_sim/health`, "the simulator", 30_000);

  const configPath = writeDemoConfig(scenario.accounts, scenario.regions);
  const next = path.join(root, "node_modules", ".bin", "next");
  if (needsBuild()) {
    log("building the dashboard (next build)…");
    const build = spawn(next, ["build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    children.push(build);
    const code = await new Promise<number | null>((r) => build.on("exit", r));
    children.splice(children.indexOf(build), 1);
    if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
  }

  // Only simulated credentials reach the app: drop any real ones from the environment.
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of [
    "AWS_PROFILE",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_ROLE_ARN",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
  ]) {
    delete env[key];
  }
  Object.assign(env, {
    AWS_ENDPOINT_URL: simUrl,
    AWS_SHARED_CREDENTIALS_FILE: path.join(dataDir, "credentials"),
    AWS_CONFIG_FILE: path.join(dataDir, "config"),
    AWS_REGION: scenario.regions[0],
    AWS_EC2_METADATA_DISABLED: "true",
    LATTICE_LENS_CONFIG: configPath,
    LATTICE_LENS_DEMO: "1",
    LATTICE_LENS_SIM_URL: simUrl,
    // Reports, runs and artifacts live beside the demo config; the renderer reaches the app here.
    LATTICE_LENS_DATA: process.env.LATTICE_LENS_DATA ?? dataDir,
    LATTICE_LENS_BASE_URL: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${appPort}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // This machine runs Node 20 by design; the SDK's notice about future Node 22 releases is noise here.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });
  // The same server as `npm start` (scripts/start.ts): listen address rule, peer address, request logs.
  Object.assign(env, { PORT: String(appPort), HOST: host });
  start("the dashboard", tsx, ["scripts/start.ts"], env);
  await waitFor(`http://${host}:${appPort}/api/health`, "the dashboard", 60_000);
  log(`Lattice Lens demo ready: http://${host}:${appPort}  (simulated AWS at ${simUrl}; Ctrl-C stops both)`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!stopping) log("stopping the dashboard and the simulator");
    stopAll(0);
  });
}
main().catch((e: unknown) => {
  log(`failed: ${e instanceof Error ? e.message : String(e)}`);
  stopAll(1);
});
