/**
 * Next.js calls register() once when a server starts: validate the config file then, not on first
 * page, start the first discovery so the first page is warm and /api/ready can turn ready, and
 * start the report scheduler (one per data folder: it waits while another holds the lock).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { configProblemAtStart } = await import("./lib/config/load-config");
  const { logger } = await import("./lib/log/logger");
  const log = logger();
  const problem = await configProblemAtStart();
  // Reports run whatever the AWS side's state: a broken config fails their runs visibly.
  try {
    const { startServerScheduler } = await import("./lib/reports/reports-runtime");
    startServerScheduler();
  } catch (e) {
    log.error({ err: e instanceof Error ? e.message : String(e) }, "report scheduler not started");
  }
  if (problem) {
    log.error({ problem }, `configuration error: ${problem}`);
    log.error("pages show this error until the file is fixed; it is read again on the next request.");
    return;
  }
  const { getInventory } = await import("./lib/discovery/get-inventory");
  getInventory()
    .then((inv) =>
      log.info(
        { awsCalls: inv.stats.awsCalls, durationMs: inv.stats.durationMs, warnings: inv.warnings.length },
        "boot discovery done",
      ),
    )
    .catch((e: unknown) =>
      log.warn({ err: e instanceof Error ? e.message : String(e) }, "boot discovery failed"),
    );
}
