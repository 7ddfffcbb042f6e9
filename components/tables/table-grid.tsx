"use client";

import { flexRender, type Table } from "@tanstack/react-table";

/**
 * The <table> itself: a sort button in each sortable column header (with aria-sort), the first
 * cell of a row as its row header. Renders the table's current row model, so a page, not the list.
 */
export function TableGrid<T>({ table, numeric }: { table: Table<T>; numeric: readonly string[] }) {
  return (
    <table>
      <thead>
        {table.getHeaderGroups().map((hg) => (
          <tr key={hg.id}>
            {hg.headers.map((h) => {
              const dir = h.column.getIsSorted();
              const header = flexRender(h.column.columnDef.header, h.getContext());
              return (
                <th
                  key={h.id}
                  scope="col"
                  className={numeric.includes(h.column.id) ? "n" : undefined}
                  aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : undefined}
                >
                  {h.column.getCanSort() ? (
                    <button type="button" className="sort-btn" onClick={h.column.getToggleSortingHandler()}>
                      {header}
                      <span className="sort-ind" aria-hidden="true">
                        {dir === "asc" ? "▲" : dir === "desc" ? "▼" : ""}
                      </span>
                    </button>
                  ) : (
                    header
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
  );
}
