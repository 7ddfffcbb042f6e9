import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogTable } from "@/components/audit/audit-log-table";
import { AutoRefresh } from "@/components/reports/auto-refresh";
import { ReportActions } from "@/components/reports/report-actions";
import styles from "@/components/reports/reports.module.css";
import { RunsTable } from "@/components/reports/runs-table";
import { PageHead } from "@/components/ui/page-head";
import { readAudit } from "@/lib/audit/audit-log";
import { reportsRuntime } from "@/lib/reports/reports-runtime";
import { listReportDtos, listRunDtos } from "@/lib/reports/reports-service";
import { formatWall } from "@/lib/reports/time-zone";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const selected = typeof sp.report === "string" ? sp.report : undefined;
  const rt = reportsRuntime();
  const reports = listReportDtos(rt);
  const runs = new Map(reports.map((r) => [r.id, listRunDtos(rt, r.id, r.id === selected ? 50 : 5)]));
  const active = [...runs.values()].some((rs) =>
    rs.some((r) => r.status === "queued" || r.status === "running"),
  );
  const failing = reports.filter((r) => r.lastRun?.status === "failed");

  return (
    <>
      <PageHead
        title="Reports"
        subtitle="Saved views exported on a schedule as PDF, CSV, PNG or JSON, and delivered to folders, email or webhooks"
      />
      <AutoRefresh active={active} />
      {failing.length > 0 && (
        <section className="panel panel-error" role="alert" data-testid="failing-reports">
          <h2>
            {failing.length} report{failing.length === 1 ? "" : "s"} failed on the last run
          </h2>
          <ul>
            {failing.map((r) => (
              <li key={r.id}>
                <a href={`#report-${r.id}`}>{r.name}</a>: {r.lastRun?.error}
              </li>
            ))}
          </ul>
        </section>
      )}
      {reports.length === 0 && (
        <section className="panel">
          <p>
            No reports yet. Open any view (<Link href="/cost">Cost</Link>,{" "}
            <Link href="/findings">Findings</Link>, a configuration…) and choose{" "}
            <strong>Schedule this view…</strong> in the header.
          </p>
        </section>
      )}
      {reports.map((r) => {
        const zoned = (iso: string) => `${formatWall(Date.parse(iso), r.timeZone)}`;
        const last = r.lastRun;
        return (
          <section
            key={r.id}
            id={`report-${r.id}`}
            className={`panel${last?.status === "failed" ? ` ${styles.failed}` : ""}`}
            aria-labelledby={`title-${r.id}`}
            data-report={r.id}
          >
            <h2 id={`title-${r.id}`}>
              {r.name} {r.paused && <span className="badge badge-neutral">paused</span>}
            </h2>
            <dl className={styles.facts}>
              <dt>View</dt>
              <dd>
                <Link href={r.url}>{r.viewTitle}</Link> <code className="small">{r.url}</code>
              </dd>
              <dt>Formats</dt>
              <dd>{r.formats.map((f) => f.toUpperCase()).join(", ")}</dd>
              <dt>Schedule</dt>
              <dd>{r.scheduleText}</dd>
              <dt>Next run</dt>
              <dd data-testid="next-run">
                {r.nextRunAt ? `${zoned(r.nextRunAt)} ${r.timeZone}` : "— (paused)"}
              </dd>
              <dt>Last status</dt>
              <dd data-testid="last-status">
                {last ? (
                  <>
                    <span
                      className={`badge badge-${last.status === "succeeded" ? "ok" : last.status === "failed" ? "bad" : "pending"}`}
                    >
                      {last.status}
                    </span>{" "}
                    <span className="small muted">{last.period.label}</span>
                  </>
                ) : (
                  <span className="muted">never run</span>
                )}
              </dd>
              <dt>Deliver to</dt>
              <dd>
                {r.destinations
                  .map((d) => (d.kind === "email" ? `email ${d.to.join(", ")}` : `${d.kind} ${d.name}`))
                  .join(" · ")}
                {r.notifyFailures && <span className="muted"> · failures to webhook {r.notifyFailures}</span>}
              </dd>
            </dl>
            <ReportActions id={r.id} name={r.name} paused={r.paused} runCount={runs.get(r.id)?.length ?? 0} />
            <h3>
              History{" "}
              {r.id !== selected && (
                <Link className="small" href={`/reports?report=${r.id}#report-${r.id}`}>
                  (all runs)
                </Link>
              )}
            </h3>
            <RunsTable runs={runs.get(r.id) ?? []} formatTime={(iso) => `${zoned(iso)}`} />
          </section>
        );
      })}
      <section className="panel" aria-labelledby="audit-log">
        <h2 id="audit-log">Audit log</h2>
        <AuditLogTable entries={readAudit(50)} />
      </section>
    </>
  );
}
