"use client";

import { parseAsNativeArrayOf, parseAsString, useQueryStates } from "nuqs";
import { useTransition } from "react";
import { MultiSelect } from "@/components/tables/multi-select";
import { type Severity, severities } from "@/lib/findings/finding";
import styles from "./findings.module.css";
import { severityClass, severityLabel } from "./severity-badge";

/**
 * Severity, account and region filters in the URL (`?severity=&account=&region=`, repeatable).
 * Not shallow: the page filters on the server, so a change re-renders it.
 */
export function FindingsFilters({
  accounts,
  regions,
  counts,
  shown,
}: {
  accounts: Array<{ value: string; label: string }>;
  regions: string[];
  counts: Record<Severity, number>;
  shown: number;
}) {
  const [pending, startTransition] = useTransition();
  const [query, setQuery] = useQueryStates(
    {
      severity: parseAsNativeArrayOf(parseAsString),
      account: parseAsNativeArrayOf(parseAsString),
      region: parseAsNativeArrayOf(parseAsString),
    },
    { history: "replace", shallow: false, clearOnDefault: true, startTransition },
  );
  const toggle = (s: Severity) =>
    setQuery({
      severity: query.severity.includes(s) ? query.severity.filter((x) => x !== s) : [...query.severity, s],
    });
  return (
    <div className="toolbar" role="search" aria-label="Filter findings" aria-busy={pending}>
      {severities.map((s) => (
        <button
          key={s}
          type="button"
          className={`badge ${styles.toggle} ${severityClass[s]}`}
          aria-pressed={query.severity.length === 0 || query.severity.includes(s)}
          onClick={() => toggle(s)}
        >
          {severityLabel[s]} <span className="num">{counts[s]}</span>
        </button>
      ))}
      <MultiSelect
        label="Account"
        allLabel="All accounts"
        options={accounts}
        selected={query.account}
        onChange={(account) => setQuery({ account })}
      />
      <MultiSelect
        label="Region"
        allLabel="All regions"
        options={regions.map((r) => ({ value: r, label: r }))}
        selected={query.region}
        onChange={(region) => setQuery({ region })}
      />
      <span className="spacer" />
      {(query.severity.length > 0 || query.account.length > 0 || query.region.length > 0) && (
        <button
          type="button"
          className="btn btn-link"
          onClick={() => setQuery({ severity: [], account: [], region: [] })}
        >
          Clear filters
        </button>
      )}
      <span className="result-count" aria-live="polite">
        {pending ? "Updating…" : `${shown} finding${shown === 1 ? "" : "s"}`}
      </span>
    </div>
  );
}
