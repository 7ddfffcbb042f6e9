"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type {
  ReportDestination,
  ReportFormat,
  ReportInput,
  ReportSchedule,
} from "@/lib/reports/report-definition";
import { parseViewUrl } from "@/lib/reports/report-views";
import type { WindowSpec } from "@/lib/reports/report-window";
import { errorMessage, sendJson } from "./post-json";
import styles from "./reports.module.css";

export interface DestinationChoicesDto {
  folders: string[];
  webhooks: string[];
  email: boolean;
}

const FORMAT_LABELS: Record<ReportFormat, string> = {
  pdf: "PDF (the page as printed)",
  csv: "CSV (every table, one file each)",
  png: "PNG (charts and the graph)",
  json: "JSON (the view's API data)",
};
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const MONTH_DAYS = Array.from({ length: 28 }, (_, i) => i + 1);
const RELATIVE = ["now-1h", "now-6h", "now-24h", "now-7d"];
const CALENDAR: Record<string, string> = {
  "previous-day": "Previous day",
  "previous-week": "Previous week (Monday to Monday)",
  "previous-month": "Previous month",
  "month-to-date": "Month to date",
};

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

function zones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf("timeZone");
  } catch {
    return ["UTC", "Europe/Berlin", "America/New_York"];
  }
}

function windowKey(w: WindowSpec | undefined): string {
  if (!w) return "";
  return w.kind === "relative" ? `relative:${w.from}` : `calendar:${w.period}`;
}

function windowFromKey(k: string): WindowSpec | undefined {
  const [kind, value] = k.split(":");
  if (kind === "relative" && value) return { kind: "relative", from: value };
  if (kind === "calendar" && value) return { kind: "calendar", period: value as "previous-day" };
  return undefined;
}

/** Create or edit a report; destinations are picked from the names in the config file, never typed. */
export function ReportForm({
  id,
  initial,
  choices,
}: {
  id?: string;
  initial: Partial<ReportInput> & { url: string };
  choices: DestinationChoicesDto;
}) {
  const router = useRouter();
  const [name, setName] = useState(initial.name ?? "");
  const [url, setUrl] = useState(initial.url);
  const [formats, setFormats] = useState<ReportFormat[]>(initial.formats ?? ["pdf", "csv"]);
  const [schedule, setSchedule] = useState<ReportSchedule>(
    initial.schedule ?? { kind: "daily", at: "08:00" },
  );
  const [timeZone, setTimeZone] = useState(initial.timeZone ?? browserZone());
  const [win, setWin] = useState(windowKey(initial.window));
  const initialDest = initial.destinations ?? [{ kind: "folder", name: choices.folders[0] ?? "data-folder" }];
  const [folders, setFolders] = useState<string[]>(
    initialDest.flatMap((d) => (d.kind === "folder" ? [d.name] : [])),
  );
  const [webhooks, setWebhooks] = useState<string[]>(
    initialDest.flatMap((d) => (d.kind === "webhook" ? [d.name] : [])),
  );
  const [emails, setEmails] = useState(
    initialDest.flatMap((d) => (d.kind === "email" ? d.to : [])).join(", "),
  );
  const [notifyFailures, setNotifyFailures] = useState(initial.notifyFailures ?? "");
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const view = useMemo(() => parseViewUrl(url.trim()), [url]);
  const windowKind = view.ok ? view.view.window : "none";
  const zoneList = useMemo(zones, []);

  const toggle = <T,>(list: T[], v: T, on: boolean) =>
    on ? [...new Set([...list, v])] : list.filter((x) => x !== v);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(null);
    const to = emails
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const destinations: ReportDestination[] = [
      ...folders.map((n) => ({ kind: "folder" as const, name: n })),
      ...webhooks.map((n) => ({ kind: "webhook" as const, name: n })),
      ...(to.length ? [{ kind: "email" as const, to }] : []),
    ];
    const body = {
      name,
      url: url.trim(),
      formats,
      schedule,
      timeZone,
      ...(windowKind !== "none" && win ? { window: windowFromKey(win) } : {}),
      destinations,
      ...(notifyFailures ? { notifyFailures } : {}),
      paused: initial.paused ?? false,
    };
    const r = await sendJson(id ? `/api/reports/${id}` : "/api/reports", id ? "PUT" : "POST", body);
    setSaving(false);
    if (!r.ok) {
      const err = (r.data as { error?: { field?: string } } | null)?.error;
      setError({ field: err?.field, message: errorMessage(r.data, `Saving failed (HTTP ${r.status})`) });
      return;
    }
    const saved = r.data as { id: string };
    router.push(`/reports?report=${saved.id}`);
    router.refresh();
  }

  return (
    <form className={`panel ${styles.form}`} onSubmit={submit} aria-label={id ? "Edit report" : "New report"}>
      {error && (
        <div role="alert" className="panel panel-error" data-testid="form-error">
          {error.message}
        </div>
      )}
      <label>
        Name
        <input type="text" required value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      </label>
      <label>
        View (a page of this app, with its filters)
        <input type="text" required value={url} onChange={(e) => setUrl(e.target.value)} className="mono" />
      </label>
      <p className="small muted">
        {view.ok ? `${view.view.title} view` : view.message}
        {view.ok && windowKind === "month" && " · priced by AWS's UTC billing month, whatever the time zone"}
      </p>
      <fieldset>
        <legend>Formats</legend>
        {(Object.keys(FORMAT_LABELS) as ReportFormat[]).map((f) => (
          <label key={f} className={styles.check}>
            <input
              type="checkbox"
              checked={formats.includes(f)}
              onChange={(e) => setFormats(toggle(formats, f, e.target.checked))}
            />
            {FORMAT_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Schedule</legend>
        <label>
          Repeat
          <select
            value={schedule.kind}
            onChange={(e) => {
              const kind = e.target.value;
              const at = schedule.kind === "cron" ? "08:00" : schedule.at;
              setSchedule(
                kind === "cron"
                  ? { kind: "cron", cron: "0 8 * * 1" }
                  : kind === "weekly"
                    ? { kind: "weekly", day: "monday", at }
                    : kind === "monthly"
                      ? { kind: "monthly", day: 1, at }
                      : { kind: "daily", at },
              );
            }}
          >
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
            <option value="monthly">Monthly</option>
            <option value="cron">Cron expression</option>
          </select>
        </label>
        {schedule.kind === "weekly" && (
          <label>
            On
            <select
              value={schedule.day}
              onChange={(e) => setSchedule({ ...schedule, day: e.target.value as "monday" })}
            >
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {d[0]!.toUpperCase() + d.slice(1)}
                </option>
              ))}
            </select>
          </label>
        )}
        {schedule.kind === "monthly" && (
          <label>
            On day
            <select
              value={String(schedule.day)}
              onChange={(e) =>
                setSchedule({ ...schedule, day: e.target.value === "last" ? "last" : Number(e.target.value) })
              }
            >
              {MONTH_DAYS.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
              <option value="last">last day</option>
            </select>
          </label>
        )}
        {schedule.kind === "cron" ? (
          <label>
            Cron (minute hour day month weekday)
            <input
              type="text"
              className="mono"
              value={schedule.cron}
              onChange={(e) => setSchedule({ kind: "cron", cron: e.target.value })}
            />
          </label>
        ) : (
          <label>
            At
            <input
              type="time"
              value={schedule.at}
              onChange={(e) => setSchedule({ ...schedule, at: e.target.value })}
              required
            />
          </label>
        )}
        <label>
          Time zone
          <input
            list="report-zones"
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            required
          />
          <datalist id="report-zones">
            {zoneList.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </label>
      </fieldset>
      {windowKind !== "none" && (
        <fieldset>
          <legend>Window{windowKind === "month" ? " (which billing month)" : ""}</legend>
          <select value={win} onChange={(e) => setWin(e.target.value)} aria-label="Window">
            <option value="">
              {windowKind === "month" ? "Month to date (default)" : "The view's own, else the last 24 hours"}
            </option>
            {windowKind === "traffic" &&
              RELATIVE.map((r) => (
                <option key={r} value={`relative:${r}`}>
                  Last {r.slice(4)} before the run
                </option>
              ))}
            {Object.entries(CALENDAR)
              .filter(([k]) => windowKind === "month" || k === "previous-day" || k === "previous-week")
              .map(([k, label]) => (
                <option key={k} value={`calendar:${k}`}>
                  {label} in {timeZone}
                </option>
              ))}
          </select>
        </fieldset>
      )}
      <fieldset>
        <legend>Deliver to</legend>
        {choices.folders.map((f) => (
          <label key={f} className={styles.check}>
            <input
              type="checkbox"
              checked={folders.includes(f)}
              onChange={(e) => setFolders(toggle(folders, f, e.target.checked))}
            />
            Folder <code>{f}</code>
          </label>
        ))}
        {choices.webhooks.map((w) => (
          <label key={w} className={styles.check}>
            <input
              type="checkbox"
              checked={webhooks.includes(w)}
              onChange={(e) => setWebhooks(toggle(webhooks, w, e.target.checked))}
            />
            Webhook <code>{w}</code>
          </label>
        ))}
        {choices.email ? (
          <label>
            Email to (comma-separated)
            <input
              type="text"
              value={emails}
              onChange={(e) => setEmails(e.target.value)}
              placeholder="finops@example.com"
            />
          </label>
        ) : (
          <p className="small muted">Email needs reports.smtp in the config file.</p>
        )}
        {choices.webhooks.length > 0 && (
          <label>
            Tell a webhook about failures
            <select value={notifyFailures} onChange={(e) => setNotifyFailures(e.target.value)}>
              <option value="">No</option>
              {choices.webhooks.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <p>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? "Saving…" : id ? "Save changes" : "Create report"}
        </button>
      </p>
    </form>
  );
}
