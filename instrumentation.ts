/**
 * Next.js calls register() once when a server starts: validate the config file then, not on first
 * page, and start the first discovery so the first page is warm and /api/ready can turn ready.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configProblemAtStart } = await import("./lib/config/load-config");
  const { logger } = await import("./lib/log/logger");
  const log = logger();
  const problem = await configProblemAtStart();
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
