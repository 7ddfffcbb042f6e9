"use client";

import {
  type ColumnDef,
  getCoreRowModel,
  getPaginationRowModel,
  type PaginationState,
  type SortingState,
  type Updater,
  useReactTable,
} from "@tanstack/react-table";
import { useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { filterRows, sortRows } from "@/lib/inventory/filter-rows";
import { defaultPageSize, pageWindow } from "@/lib/inventory/page-window";
import { readTableQuery } from "@/lib/inventory/read-table-query";
import type { BaseRow } from "@/lib/inventory/table-rows";
import { TableEmpty } from "./table-empty";
import { TableGrid } from "./table-grid";
import { TablePager } from "./table-pager";
import { type FilterPatch, type TableFilter, TableToolbar } from "./table-toolbar";
import { useTableQuery } from "./use-table-query";

export interface DataTableProps<T extends BaseRow> {
  rows: T[];
  columns: ColumnDef<T>[];
  /** Plural noun for counts and empty states: "configurations". */
  noun: string;
  filters: TableFilter[];
  accountNames?: Record<string, string>;
  /** Column meta: which columns are numeric (right-aligned). */
  numeric?: string[];
}

const resolve = <S,>(updater: Updater<S>, current: S): S =>
  typeof updater === "function" ? (updater as (old: S) => S)(current) : updater;

/**
 * A list table: filtering and sorting are the pure lib/inventory helpers over ALL rows, from URL
 * state; TanStack renders one page of the result (manual sorting, controlled pagination, so the
 * URL stays the single source of truth). Thousands of rows filter in milliseconds but take
 * seconds in the DOM (issue 16), hence pages. A print (a PDF report) has every row: paper has no
 * next page.
 */
export function DataTable<T extends BaseRow>({
  rows,
  columns,
  noun,
  filters,
  accountNames = {},
  numeric = [],
}: DataTableProps<T>) {
  const [raw, setQuery] = useTableQuery();
  const print = useSearchParams().get("print") === "1";
  const columnIds = useMemo(() => columns.map((c) => c.id ?? ""), [columns]);
  const view = readTableQuery(raw, columnIds);
  const { q, account, region, type, status, sort: sortKey } = view.query;
  const accountKey = (account ?? []).join(",");
  const visible = useMemo(
    () =>
      sortRows(
        filterRows(rows, { q, account: accountKey ? accountKey.split(",") : [], region, type, status }),
        sortKey,
      ),
    [rows, q, accountKey, region, type, status, sortKey],
  );
  const win = pageWindow(visible.length, view.page, view.size);

  // TanStack only sorts columns with an accessor; every column id is a row key, so derive one.
  const sortable = useMemo(
    () =>
      columns.map((c) => ({
        accessorFn: (row: T) => (row as unknown as Record<string, unknown>)[c.id ?? ""],
        ...c,
      })) as ColumnDef<T>[],
    [columns],
  );
  const sorting: SortingState = view.sort ? [{ id: view.sort.key, desc: view.sort.desc }] : [];
  const pagination: PaginationState = { pageIndex: win.page - 1, pageSize: view.size };

  const table = useReactTable({
    data: visible,
    columns: sortable,
    getCoreRowModel: getCoreRowModel(),
    ...(print ? {} : { getPaginationRowModel: getPaginationRowModel() }),
    manualSorting: true,
    enableMultiSort: false,
    autoResetPageIndex: false,
    state: { sorting, pagination },
    // A new order starts at its first page: page 7 of another order is an arbitrary slice.
    onSortingChange: (updater) => {
      const first = resolve(updater, sorting)[0];
      void setQuery({ sort: first ? `${first.desc ? "-" : ""}${first.id}` : null, page: null });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      void setQuery({
        page: next.pageIndex > 0 ? String(next.pageIndex + 1) : null,
        size: next.pageSize !== defaultPageSize ? String(next.pageSize) : null,
      });
    },
    getRowId: (row) => `${row.accountId}/${row.region}/${row.id}`,
  });

  // Narrowing the list starts at its first page too.
  const onFilter = (patch: FilterPatch) => void setQuery({ ...patch, page: null });
  const clear = () => onFilter({ q: null, account: null, region: null, type: null, status: null });

  return (
    <>
      <TableToolbar
        rows={rows}
        noun={noun}
        filters={filters}
        accountNames={accountNames}
        q={raw.q}
        accounts={account ?? []}
        regions={raw.region}
        type={raw.type}
        status={raw.status}
        ignored={view.ignored}
        matching={visible.length}
        onFilter={onFilter}
        onClear={clear}
      />
      <div className="table-wrap">
        <TableGrid table={table} numeric={numeric} />
        <TableEmpty noun={noun} total={rows.length} matching={visible.length} onClear={clear} />
      </div>
      {!print && visible.length > 0 && (
        <TablePager
          noun={noun}
          win={win}
          size={view.size}
          onPage={(page) => table.setPageIndex(page - 1)}
          onSize={(size) => table.setPageSize(size)}
        />
      )}
    </>
  );
}
