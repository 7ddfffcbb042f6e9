import type { Metadata } from "next";
import { SetupReportView } from "@/components/setup/setup-report-view";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PageHead } from "@/components/ui/page-head";
import { isAppError } from "@/lib/errors";
import { runSetupCheck } from "@/lib/setup/run-setup-check";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Setup" };

/** Readiness of the configured accounts: the same module as `npm run doctor`. */
export default async function SetupPage() {
  let report: Awaited<ReturnType<typeof runSetupCheck>> | undefined;
  let error: { code: string; message: string } | undefined;
  try {
    report = await runSetupCheck();
  } catch (e) {
    if (isAppError(e)) error = { code: e.code, message: e.message };
    else {
      console.error("Setup check failed", e);
      error = {
        code: "internal",
        message: "The setup check failed unexpectedly; the server log has the details.",
      };
    }
  }
  return (
    <>
      <PageHead
        title="Setup"
        subtitle="Per account and region: credentials, denied reads, and the logs and monitors the views need, with the commands that add them."
      />
      {report ? (
        <SetupReportView report={report} />
      ) : (
        <ErrorPanel title="The setup check could not run" code={error?.code} message={error?.message ?? ""} />
      )}
    </>
  );
}
