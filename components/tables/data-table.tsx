"use client";

import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { facetValues, filterRows, parseSort, sortRows } from "@/lib/inventory/filter-rows";
import type { BaseRow } from "@/lib/inventory/table-rows";
import { MultiSelect } from "./multi-select";
import { useTableQuery } from "./use-table-query";

const pageSize = 500;

export interface DataTableProps<T extends BaseRow> {
  rows: T[];
  columns: ColumnDef<T>[];
  /** Plural noun for counts and empty states: "configurations". */
  noun: string;
  filters: Array<"account" | "region" | "type" | "status">;
  accountNames?: Record<string, string>;
  /** Column meta: which columns are numeric (right-aligned). */
  numeric?: string[];
}

/**
 * A list table: filtering and sorting are the pure lib/inventory helpers over URL state;
 * TanStack renders (manual sorting, so the URL stays the single source of truth).
 */
export function DataTable<T extends BaseRow>({
  rows,
  columns,
  noun,
  filters,
  accountNames = {},
  numeric = [],
}: DataTableProps<T>) {
  const [query, setQuery] = useTableQuery();
  const columnIds = columns.map((c) => c.id ?? "");
  const parsedSort = parseSort(query.sort);
  // A bookmarked URL can outlive a column rename: say what is ignored rather than show a silent mismatch.
  const sort = parsedSort && columnIds.includes(parsedSort.key) ? parsedSort : undefined;
  const validAccounts = query.account.filter((a) => /^\d{12}$/.test(a));
  const ignored = [
    ...query.account.filter((a) => !validAccounts.includes(a)).map((a) => `account=${a}`),
    ...(parsedSort && !sort ? [`sort=${query.sort}`] : []),
  ];

  // "/" focuses the search box, as in Grafana and GitHub.
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== "/" || e.metaKey || e.ctrlKey || e.altKey) return;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
  const effectiveSort = sort ? query.sort : undefined;
  const accountKey = validAccounts.join(",");
  const visible = useMemo(
    () =>
      sortRows(
        filterRows(rows, { ...query, account: accountKey ? accountKey.split(",") : [] }),
        effectiveSort,
      ),
    [rows, query, accountKey, effectiveSort],
  );
  // Thousands of rows are fine to filter but slow to put in the DOM: render a page, offer the rest.
  // A print (a PDF report) has every row: paper has no "show more".
  const print = useSearchParams().get("print") === "1";
  const [limit, setLimit] = useState(print ? Number.POSITIVE_INFINITY : pageSize);
  const shown = useMemo(() => visible.slice(0, limit), [visible, limit]);

  // TanStack only sorts columns with an accessor; every column id is a row key, so derive one.
  const sortable = useMemo(
    () =>
      columns.map((c) => ({
        accessorFn: (row: T) => (row as unknown as Record<string, unknown>)[c.id ?? ""],
        ...c,
      })) as ColumnDef<T>[],
    [columns],
  );

  const table = useReactTable({
    data: shown,
    columns: sortable,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableMultiSort: false,
    state: { sorting: sort ? [{ id: sort.key, desc: sort.desc }] : [] },
    onSortingChange: (updater) => {
      const current = sort ? [{ id: sort.key, desc: sort.desc }] : [];
      const next = typeof updater === "function" ? updater(current) : updater;
      const first = next[0];
      void setQuery({ sort: first ? `${first.desc ? "-" : ""}${first.id}` : null });
    },
    getRowId: (row) => `${row.accountId}/${row.region}/${row.id}`,
  });

  const filtered =
    query.q !== "" || query.account.length > 0 || query.region.length > 0 || !!query.type || !!query.status;
  const clear = () => void setQuery({ q: null, account: null, region: null, type: null, status: null });
  const facet = (key: "accountId" | "region" | "type" | "status") => facetValues(rows, key);

  return (
    <>
      <div className="toolbar">
        <label>
          <span className="sr-only">Search {noun}</span>
          <input
            ref={search}
            type="search"
            placeholder={`Search ${noun} (name, id, ARN, IP…)`}
            aria-keyshortcuts="/"
            title="Press / to search"
            value={query.q}
            onChange={(e) => void setQuery({ q: e.target.value || null })}
          />
        </label>
        {filters.includes("account") && (
          <MultiSelect
            label="Account"
            allLabel="All accounts"
            options={facet("accountId").map((a) => ({
              value: a,
              label: accountNames[a] ? `${a} (${accountNames[a]})` : a,
            }))}
            selected={validAccounts}
            onChange={(v) => void setQuery({ account: v.length ? v : null })}
          />
        )}
        {filters.includes("region") && (
          <MultiSelect
            label="Region"
            allLabel="All regions"
            options={facet("region").map((r) => ({ value: r, label: r }))}
            selected={query.region}
            onChange={(v) => void setQuery({ region: v.length ? v : null })}
          />
        )}
        {filters.includes("type") && (
          <label>
            Type
            <select value={query.type} onChange={(e) => void setQuery({ type: e.target.value || null })}>
              <option value="">All</option>
              {facet("type").map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
        )}
        {filters.includes("status") && (
          <label>
            Status
            <select value={query.status} onChange={(e) => void setQuery({ status: e.target.value || null })}>
              <option value="">All</option>
              {facet("status").map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        )}
        {filtered && (
          <button type="button" className="btn btn-link" onClick={clear}>
            Clear filters
          </button>
        )}
        {ignored.length > 0 && (
          <span className="badge badge-pending" role="status">
            Ignored invalid URL parameters: {ignored.join(", ")}
          </span>
        )}
        <span className="spacer" />
        <span className="result-count" aria-live="polite">
          <span className="num">{visible.length}</span> of <span className="num">{rows.length}</span> {noun}
        </span>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const dir = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className={numeric.includes(h.column.id) ? "n" : undefined}
                      aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
                    >
                      {h.column.getCanSort() ? (
                        <button
                          type="button"
                          className="sort-btn"
                          onClick={h.column.getToggleSortingHandler()}
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span className="sort-ind" aria-hidden="true">
                            {dir === "asc" ? "▲" : dir === "desc" ? "▼" : ""}
                          </span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell, i) => {
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  const cls = numeric.includes(cell.column.id) ? "n" : undefined;
                  return i === 0 ? (
                    <th key={cell.id} scope="row" className={cls}>
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={cls}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {visible.length > shown.length && (
          <div className="empty">
            Showing the first <span className="num">{shown.length}</span> of{" "}
            <span className="num">{visible.length}</span> —{" "}
            <button type="button" className="btn btn-link" onClick={() => setLimit(visible.length)}>
              show all
            </button>{" "}
            or narrow the search.
          </div>
        )}
        {rows.length === 0 ? (
          <div className="empty">
            <strong>No {noun} in the watched accounts and regions</strong>
            Discovery found none. If you expected some, check the configured accounts and regions and the
            warnings on the overview.
          </div>
        ) : visible.length === 0 ? (
          <div className="empty">
            <strong>
              No {noun} match these filters —{" "}
              <button type="button" className="btn btn-link" onClick={clear}>
                clear filters
              </button>
            </strong>
          </div>
        ) : null}
      </div>
    </>
  );
}
