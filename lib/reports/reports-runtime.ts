/**
 * The reports runtime of this process (database, data folder, the app's loopback URL, renderer)
 * and its scheduler, kept on globalThis: Next.js loads instrumentation and route handlers as
 * separate bundles, and both must reach the same scheduler to "run now".
 */
import { loadReportsConfig } from "@/lib/config/load-config";
import { dataDir } from "@/lib/store/data-dir";
import { openDatabase } from "@/lib/store/open-database";
import type { ReportsRuntime } from "./execute-run";
import { Renderer } from "./render-artifacts";
import { Scheduler } from "./scheduler";

interface Held {
  runtime?: ReportsRuntime;
  scheduler?: Scheduler;
}

const held = globalThis as typeof globalThis & { __latticeLensReports?: Held };

function state(): Held {
  held.__latticeLensReports ??= {};
  return held.__latticeLensReports;
}

/** Where this server answers on loopback: LATTICE_LENS_BASE_URL, else 127.0.0.1 on PORT. */
export function selfBaseUrl(): string {
  return process.env.LATTICE_LENS_BASE_URL || `http://127.0.0.1:${process.env.PORT || 3000}`;
}

export function reportsRuntime(): ReportsRuntime {
  const s = state();
  s.runtime ??= {
    db: openDatabase(dataDir()),
    dataDir: dataDir(),
    baseUrl: selfBaseUrl(),
    loadConfig: loadReportsConfig,
    renderer: new Renderer(),
  };
  return s.runtime;
}

/** Starts the in-server scheduler unless LATTICE_LENS_SCHEDULER=off (it waits for the lock if another holds it). */
export function startServerScheduler(): void {
  if (process.env.LATTICE_LENS_SCHEDULER === "off") return;
  const s = state();
  if (s.scheduler) return;
  s.scheduler = new Scheduler(reportsRuntime());
  s.scheduler.start();
}

export function kickScheduler(): void {
  state().scheduler?.kick();
}
