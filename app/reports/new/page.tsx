import type { Metadata } from "next";
import { ReportForm } from "@/components/reports/report-form";
import { PageHead } from "@/components/ui/page-head";
import { parseViewUrl } from "@/lib/reports/report-views";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { destinationOptions } from "@/lib/reports/reports-service";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Schedule a view" };

export default async function NewReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const sp = await searchParams;
  const url = typeof sp.url === "string" && sp.url.startsWith("/") ? sp.url : "/";
  const choices = await destinationOptions(reportsRuntime());
  const view = parseViewUrl(url);
  return (
    <>
      <PageHead title="Schedule this view" subtitle={view.ok ? `${view.view.title}: ${url}` : url} />
      <ReportForm initial={{ url, name: view.ok ? view.view.title : "" }} choices={choices} />
    </>
  );
}
