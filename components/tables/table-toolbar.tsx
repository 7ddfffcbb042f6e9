"use client";

import { facetValues } from "@/lib/inventory/filter-rows";
import type { BaseRow } from "@/lib/inventory/table-rows";
import { MultiSelect } from "./multi-select";
import { useSlashFocus } from "./use-slash-focus";

export type TableFilter = "account" | "region" | "type" | "status";

/** What a filter control changes in the URL; null clears the parameter. */
export interface FilterPatch {
  q?: string | null;
  account?: string[] | null;
  region?: string[] | null;
  type?: string | null;
  status?: string | null;
}

export interface TableToolbarProps {
  /** Every row, unfiltered: the drop-downs offer every value there is. */
  rows: readonly BaseRow[];
  noun: string;
  filters: readonly TableFilter[];
  accountNames: Record<string, string>;
  q: string;
  accounts: string[];
  regions: string[];
  type: string;
  status: string;
  ignored: string[];
  matching: number;
  onFilter: (patch: FilterPatch) => void;
  onClear: () => void;
}

/** Search, the filter drop-downs, "Clear filters", ignored URL parameters and "N of M noun". */
export function TableToolbar(p: TableToolbarProps) {
  const search = useSlashFocus();
  const filtered = p.q !== "" || p.accounts.length > 0 || p.regions.length > 0 || !!p.type || !!p.status;
  const facet = (key: "accountId" | "region" | "type" | "status") => facetValues(p.rows, key);
  return (
    <div className="toolbar">
      <label>
        <span className="sr-only">Search {p.noun}</span>
        <input
          ref={search}
          type="search"
          placeholder={`Search ${p.noun} (name, id, ARN, IP…)`}
          aria-keyshortcuts="/"
          title="Press / to search"
          value={p.q}
          onChange={(e) => p.onFilter({ q: e.target.value || null })}
        />
      </label>
      {p.filters.includes("account") && (
        <MultiSelect
          label="Account"
          allLabel="All accounts"
          options={facet("accountId").map((a) => ({
            value: a,
            label: p.accountNames[a] ? `${a} (${p.accountNames[a]})` : a,
          }))}
          selected={p.accounts}
          onChange={(v) => p.onFilter({ account: v.length ? v : null })}
        />
      )}
      {p.filters.includes("region") && (
        <MultiSelect
          label="Region"
          allLabel="All regions"
          options={facet("region").map((r) => ({ value: r, label: r }))}
          selected={p.regions}
          onChange={(v) => p.onFilter({ region: v.length ? v : null })}
        />
      )}
      {p.filters.includes("type") && (
        <label>
          Type
          <select value={p.type} onChange={(e) => p.onFilter({ type: e.target.value || null })}>
            <option value="">All</option>
            {facet("type").map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      )}
      {p.filters.includes("status") && (
        <label>
          Status
          <select value={p.status} onChange={(e) => p.onFilter({ status: e.target.value || null })}>
            <option value="">All</option>
            {facet("status").map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      )}
      {filtered && (
        <button type="button" className="btn btn-link" onClick={p.onClear}>
          Clear filters
        </button>
      )}
      {p.ignored.length > 0 && (
        <span className="badge badge-pending" role="status">
          Ignored invalid URL parameters: {p.ignored.join(", ")}
        </span>
      )}
      <span className="spacer" />
      <span className="result-count" aria-live="polite">
        <span className="num">{p.matching}</span> of <span className="num">{p.rows.length}</span> {p.noun}
      </span>
    </div>
  );
}
