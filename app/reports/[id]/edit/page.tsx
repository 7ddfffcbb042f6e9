import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportForm } from "@/components/reports/report-form";
import { PageHead } from "@/components/ui/page-head";
import { isAppError } from "@/lib/errors";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { destinationOptions, getReportDto } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit report" };

export default async function EditReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const rt = reportsRuntime();
  let report: ReturnType<typeof getReportDto>;
  try {
    report = getReportDto(rt, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  return (
    <>
      <PageHead title={`Edit ${report.name}`} />
      <ReportForm id={id} initial={report} choices={await destinationOptions(rt)} />
    </>
  );
}
