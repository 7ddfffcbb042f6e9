"use client";

import { useQuery } from "@tanstack/react-query";
import { useQueryState } from "nuqs";
import type { TrafficReport } from "@/lib/schemas/traffic";
import { ViewAlarmsList } from "../alarms/view-alarms-list";
import { ApiError } from "../queries/fetch-json";
import { type TrafficSubject, trafficQuery } from "../queries/traffic-query";
import { TimeRangePicker } from "../time-range/time-range-picker";
import { useTimeRange } from "../time-range/use-time-range";
import { checkWindow } from "../time-range/window-edits";
import { ConsumersTable } from "./consumers-table";
import { CostFooter } from "./cost-footer";
import { CoverageBadges } from "./coverage-badges";
import { EndpointMetricsPanel } from "./endpoint-metrics-panel";
import { NfmHealthPanel } from "./nfm-health-panel";
import { QueryProgress } from "./query-progress";
import styles from "./traffic.module.css";
import { TrafficChart } from "./traffic-chart";
import { TrafficTotals } from "./traffic-totals";

export interface TrafficViewProps {
  subject: TrafficSubject & { name?: string };
  /** What the server rendered for `initialWindow`: first paint without a client round trip. */
  initial?: TrafficReport;
  initialWindow: { from: string; to: string };
  initialError?: { code: string; message: string };
  /** Resource id → name, for links in the consumers table. */
  names: Record<string, string>;
  accountNames: Record<string, string>;
}

/**
 * A subject's traffic section. The server renders the first window; after that this component
 * owns the data: TanStack Query refetches when `from`/`to` change and polls live windows, keeping
 * the previous answer on screen (dimmed) while Logs Insights works.
 */
export function TrafficView({
  subject,
  initial,
  initialWindow,
  initialError,
  names,
  accountNames,
}: TrafficViewProps) {
  const [{ from, to }, setRange] = useTimeRange();
  const [alarm] = useQueryState("alarm");
  const isInitial = from === initialWindow.from && to === initialWindow.to;
  const valid = checkWindow(from, to, Date.now()).ok;
  const query = useQuery({
    ...trafficQuery(subject, { from, to, alarm }),
    initialData: isInitial ? initial : undefined,
    // A server-side failure for this very window was just shown; don't repeat it on mount.
    enabled: valid && !(isInitial && initialError && !initial),
  });
  const report = query.data;
  const error =
    query.error instanceof ApiError || query.error instanceof Error
      ? {
          code: query.error instanceof ApiError ? query.error.code : "internal",
          message: query.error.message,
        }
      : isInitial && !report
        ? initialError
        : undefined;
  const title = subject.name ?? subject.id;
  const busy = query.isFetching;
  const nfm = report?.sources.find((s) => s.kind === "network-flow-monitor");
  const endpointMetricsSource = report?.sources.find((s) => s.kind === "endpoint-metrics");

  return (
    <div className={styles.view} aria-busy={busy}>
      <section className="panel" aria-labelledby="traffic-heading">
        <div className={styles.panelHead}>
          <h2 id="traffic-heading">Traffic</h2>
          <TimeRangePicker step={report?.window.step} />
        </div>
        <QueryProgress active={busy} />
        {!valid ? (
          <div role="alert" className={styles.error}>
            <span>
              <strong>No traffic shown:</strong> the time window in the URL is invalid (see above).
            </span>
            <button type="button" className="btn" onClick={() => void setRange({ from: null, to: null })}>
              Show the last 24 hours
            </button>
          </div>
        ) : (
          error && (
            <div role="alert" className={styles.error}>
              <span>
                <strong>Traffic could not be loaded:</strong> {error.message}{" "}
                <span className="dim small">
                  (<code>{error.code}</code>)
                </span>
                {report && <span className="dim small"> Showing the previous answer.</span>}
              </span>
              <button type="button" className="btn" onClick={() => void query.refetch()}>
                Retry
              </button>
            </div>
          )
        )}
        {report && valid ? (
          <div className={busy ? styles.dimmed : undefined}>
            {report.warnings.length > 0 && (
              <ul className={styles.warnings} aria-label="Traffic warnings">
                {report.warnings.map((w) => (
                  <li key={`${w.source}-${w.code}-${w.accountId ?? ""}-${w.region ?? ""}`}>
                    <span className="badge badge-pending">{w.source}</span> {w.message}
                    {w.accountId && (
                      <span className="dim">
                        {" "}
                        ({w.accountId}
                        {w.region && ` · ${w.region}`})
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <CoverageBadges sources={report.sources} />
            <TrafficTotals totals={report.totals} sources={report.sources} />
            <TrafficChart report={report} title={title} />
            {report.alarms && (
              <section className={styles.alarms} aria-labelledby="alarms-heading">
                <h3 id="alarms-heading">
                  Alarms <span className="count num">{report.alarms.length}</span>
                </h3>
                <ViewAlarmsList alarms={report.alarms} />
              </section>
            )}
          </div>
        ) : (
          !error &&
          valid && (
            <div className={styles.chartSkeleton} aria-hidden>
              <div className="skel" />
            </div>
          )
        )}
      </section>
      {report && valid && (
        <div className={busy ? styles.dimmed : undefined}>
          <ConsumersTable
            consumers={report.consumers}
            names={names}
            accountNames={accountNames}
            showConfiguration={subject.kind !== "configuration"}
            fileName={`${title}-consumers-${report.window.from}-${report.window.to}.csv`}
            noSource={report.totals === null}
            totalBytes={report.totals?.bytes ?? null}
            ambiguousBytes={report.totals?.ambiguousBytes}
            endpointMetrics={report.endpointMetrics}
          />
          {report.endpointMetrics && (
            <EndpointMetricsPanel
              metrics={report.endpointMetrics}
              source={endpointMetricsSource}
              window={report.window}
              names={names}
              showEndpoint={subject.kind !== "endpoint"}
            />
          )}
          <NfmHealthPanel health={report.health} source={nfm} window={report.window} />
          <CostFooter cost={report.cost} generatedAt={report.generatedAt} />
        </div>
      )}
    </div>
  );
}
