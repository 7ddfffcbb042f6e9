/**
 * `npm run doctor`: the setup check (lib/setup, the same module as the /setup page) as text.
 * Exits 1 when something blocks the core views (credentials that do not work, discovery reads
 * denied), 2 when the check itself cannot run (e.g. a bad config file), else 0.
 */
import { formatSetupText } from "@/lib/setup/format-setup-text";
import { runSetupCheck } from "@/lib/setup/run-setup-check";

runSetupCheck()
  .then((report) => {
    process.stdout.write(formatSetupText(report));
    process.exit(report.blocking ? 1 : 0);
  })
  .catch((e: unknown) => {
    process.stderr.write(`doctor: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
