"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessage, sendJson } from "./post-json";
import styles from "./reports.module.css";

interface TestResult {
  destination: string;
  ok: boolean;
  detail: string;
}

/** Run now, send a test, pause/resume, edit, delete (after a confirmation naming what goes). */
export function ReportActions({
  id,
  name,
  paused,
  runCount,
}: {
  id: string;
  name: string;
  paused: boolean;
  runCount: number;
}) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string; results?: TestResult[] } | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function act(label: string, url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown) {
    setBusy(label);
    setNote(null);
    try {
      const r = await sendJson(url, method, body);
      if (!r.ok) {
        setNote({ ok: false, text: errorMessage(r.data, `${label} failed (HTTP ${r.status})`) });
        return null;
      }
      return r.data;
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className={styles.actions} data-testid="report-actions">
      <button
        type="button"
        className="btn"
        disabled={!!busy}
        onClick={async () => {
          if (await act("Run now", `/api/reports/${id}/run`, "POST", {})) {
            setNote({ ok: true, text: "Run queued" });
            router.refresh();
          }
        }}
      >
        {busy === "Run now" ? "Queuing…" : "Run now"}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!!busy}
        onClick={async () => {
          const data = (await act("Send a test", `/api/reports/${id}/test`, "POST", {})) as {
            results: TestResult[];
          } | null;
          if (data) {
            const ok = data.results.every((x) => x.ok);
            setNote({
              ok,
              text: ok ? "Test sent to every destination" : "Test failed for some destinations",
              results: data.results,
            });
          }
        }}
      >
        {busy === "Send a test" ? "Sending…" : "Send a test"}
      </button>
      <button
        type="button"
        className="btn"
        disabled={!!busy}
        onClick={async () => {
          if (await act(paused ? "Resume" : "Pause", `/api/reports/${id}/pause`, "POST", { paused: !paused }))
            router.refresh();
        }}
      >
        {paused ? "Resume" : "Pause"}
      </button>
      <Link className="btn" href={`/reports/${id}/edit`}>
        Edit
      </Link>
      {!confirming ? (
        <button type="button" className="btn" disabled={!!busy} onClick={() => setConfirming(true)}>
          Delete…
        </button>
      ) : (
        <span role="alertdialog" aria-label={`Delete ${name}?`} className={styles.confirm}>
          Delete “{name}” and its {runCount} run{runCount === 1 ? "" : "s"} and files?{" "}
          <button
            type="button"
            className={`btn ${styles.danger}`}
            disabled={!!busy}
            onClick={async () => {
              setBusy("Delete");
              const r = await sendJson(`/api/reports/${id}`, "DELETE");
              setBusy(null);
              if (!r.ok)
                return setNote({ ok: false, text: errorMessage(r.data, `Delete failed (HTTP ${r.status})`) });
              setConfirming(false);
              router.refresh();
            }}
          >
            Delete
          </button>{" "}
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      )}
      {note && (
        <div role="status" className={note.ok ? "small" : `small ${styles.bad}`}>
          {note.text}
          {note.results && (
            <ul>
              {note.results.map((r) => (
                <li key={r.destination}>
                  <code>{r.destination}</code>: {r.ok ? "ok" : "failed"} — {r.detail}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
