/**
 * `npm run scheduler`: the report scheduler without the web server, for a data folder
 * (LATTICE_LENS_DATA, default ./.data) whose server runs elsewhere or with LATTICE_LENS_SCHEDULER=off.
 * Renders through the app at --base-url (or LATTICE_LENS_BASE_URL). Only one scheduler works a data
 * folder at a time: this one waits while another holds the lock. SIGINT/SIGTERM stop it cleanly.
 *
 *   npm run scheduler -- --base-url http://127.0.0.1:3000 [--tick-ms 5000]
 */
import { loadReportsConfig } from "@/lib/config/load-config";
import { Renderer } from "@/lib/reports/render-artifacts";
import { Scheduler } from "@/lib/reports/scheduler";
import { dataDir } from "@/lib/store/data-dir";
import { closeDatabases, openDatabase } from "@/lib/store/open-database";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const baseUrl = arg("base-url") ?? process.env.LATTICE_LENS_BASE_URL;
if (!baseUrl) {
  console.error(
    "[scheduler] give the app's URL: --base-url http://127.0.0.1:3000 (or LATTICE_LENS_BASE_URL)",
  );
  process.exit(2);
}
const dir = dataDir();
const scheduler = new Scheduler(
  { db: openDatabase(dir), dataDir: dir, baseUrl, loadConfig: loadReportsConfig, renderer: new Renderer() },
  { tickMs: Number(arg("tick-ms") ?? 5000), log: (m) => console.log(`[scheduler] ${m}`) },
);
scheduler.start();
console.log(`[scheduler] watching ${dir}, rendering through ${baseUrl}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void scheduler.stop().then(() => {
      closeDatabases();
      process.exit(0);
    });
  });
}
// Keep the process alive (the scheduler's own timers are unref'd so tests can exit).
setInterval(() => undefined, 60_000);
