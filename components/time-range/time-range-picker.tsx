"use client";

import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { formatInZone } from "@/lib/links/display-zone";
import { PRESETS } from "@/lib/links/time-range";
import { useDisplayZone } from "../time/use-display-zone";
import { formatStep } from "../traffic/format-traffic";
import styles from "./time-range.module.css";
import { useNow } from "./use-now";
import { useTimeRange } from "./use-time-range";
import {
  checkWindow,
  fromDatetimeLocal,
  MAX_WINDOW_MS,
  toDatetimeLocal,
  windowLabel,
  zoomOut,
} from "./window-edits";

/**
 * Grafana-style window picker: presets, a relative/any-expression form (`now-6h`, ISO) and an
 * absolute UTC form. Everything lands in `from`/`to` in the URL; invalid input is explained, never
 * silently clamped.
 */
export function TimeRangePicker({ step }: { /** Bucket size of the data shown, seconds. */ step?: number }) {
  const [{ from, to }, setRange] = useTimeRange();
  const [zone] = useDisplayZone();
  const now = useNow();
  const id = useId();
  const details = useRef<HTMLDetailsElement>(null);
  const [relFrom, setRelFrom] = useState(from);
  const [relTo, setRelTo] = useState(to);
  const [absFrom, setAbsFrom] = useState("");
  const [absTo, setAbsTo] = useState("");
  const [error, setError] = useState<string | null>(null);

  const check = now === null ? null : checkWindow(from, to, now);
  const range = check?.ok ? check.range : null;

  // Re-seed the forms from the URL whenever the window changes (Back/Forward, brush, preset).
  useEffect(() => {
    setRelFrom(from);
    setRelTo(to);
    setError(null);
  }, [from, to]);
  useEffect(() => {
    if (!range) return;
    setAbsFrom(toDatetimeLocal(range.start));
    setAbsTo(toDatetimeLocal(range.end));
  }, [range?.start, range?.end, range]);

  const apply = (f: string, t: string) => {
    const c = checkWindow(f, t, Date.now());
    if (!c.ok) {
      setError(c.message);
      return;
    }
    setError(null);
    void setRange({ from: f, to: t });
    details.current?.removeAttribute("open");
  };
  const onRelative = (e: FormEvent) => {
    e.preventDefault();
    apply(relFrom.trim(), relTo.trim());
  };
  const onAbsolute = (e: FormEvent) => {
    e.preventDefault();
    const f = fromDatetimeLocal(absFrom);
    const t = fromDatetimeLocal(absTo);
    if (!f || !t) {
      setError("Enter both a start and an end date and time (UTC).");
      return;
    }
    apply(f, t);
  };

  const label = windowLabel(from, to) ?? "Custom window";
  return (
    <div className={styles.picker}>
      <details ref={details} className={`multi ${styles.menu}`}>
        <summary aria-label={`Time window: ${label}. Change`}>
          <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden className={styles.clock}>
            <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
            <path
              d="M8 4.5V8l2.5 1.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
          </svg>
          {label}
        </summary>
        <div className={`multi-menu ${styles.panel}`}>
          <fieldset className={styles.presets}>
            <legend>Quick ranges</legend>
            {PRESETS.map((p) => (
              <button
                key={p.from}
                type="button"
                className={`btn btn-link ${p.from === from && to === "now" ? styles.current : ""}`}
                aria-pressed={p.from === from && to === "now"}
                onClick={() => apply(p.from, "now")}
              >
                {p.label}
              </button>
            ))}
          </fieldset>
          <div className={styles.forms}>
            <form onSubmit={onRelative} aria-labelledby={`${id}-rel`}>
              <h3 id={`${id}-rel`}>Relative or ISO</h3>
              <label>
                From
                <input
                  type="text"
                  value={relFrom}
                  onChange={(e) => setRelFrom(e.target.value)}
                  placeholder="now-6h"
                  spellCheck={false}
                  aria-describedby={`${id}-help`}
                />
              </label>
              <label>
                To
                <input
                  type="text"
                  value={relTo}
                  onChange={(e) => setRelTo(e.target.value)}
                  placeholder="now"
                  spellCheck={false}
                  aria-describedby={`${id}-help`}
                />
              </label>
              <p id={`${id}-help`} className="dim small">
                <code>now</code>, <code>now-15m</code>, <code>now-6h</code>, <code>now-7d</code> or{" "}
                <code>2026-11-28T09:00:00Z</code>
              </p>
              <button type="submit" className="btn">
                Apply
              </button>
            </form>
            <form onSubmit={onAbsolute} aria-labelledby={`${id}-abs`}>
              <h3 id={`${id}-abs`}>Absolute (UTC)</h3>
              <label>
                From (UTC)
                <input type="datetime-local" value={absFrom} onChange={(e) => setAbsFrom(e.target.value)} />
              </label>
              <label>
                To (UTC)
                <input type="datetime-local" value={absTo} onChange={(e) => setAbsTo(e.target.value)} />
              </label>
              <p className="dim small">Times are UTC, not your browser&apos;s zone.</p>
              <button type="submit" className="btn">
                Apply
              </button>
            </form>
          </div>
          {error && (
            <p role="alert" className={styles.error}>
              {error}
            </p>
          )}
        </div>
      </details>
      <button
        type="button"
        className="btn"
        disabled={!range || (range.end - range.start) * 2 > MAX_WINDOW_MS}
        onClick={() => {
          if (!range || now === null) return;
          const z = zoomOut(range, now);
          apply(z.from, z.to);
        }}
        title="Double the window around its centre"
      >
        Zoom out
      </button>
      <span className={styles.resolved} aria-live="polite">
        {check && !check.ok ? (
          <span className="failure" role="alert">
            Invalid window in the URL: {check.message}
          </span>
        ) : range ? (
          <>
            <span className="num">
              {formatInZone(range.start, zone).replace(/ \S+$/, "")} → {formatInZone(range.end, zone)}
            </span>
            {step !== undefined && <span className="dim"> · {formatStep(step)} buckets</span>}
            {range.live && <span className="badge badge-ok">Live · refresh 60 s</span>}
          </>
        ) : (
          <span className="dim">Resolving window…</span>
        )}
      </span>
    </div>
  );
}
