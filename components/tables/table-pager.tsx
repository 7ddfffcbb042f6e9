"use client";

import { defaultPageSize, type PageWindow, pageSizes } from "@/lib/inventory/page-window";

const count = new Intl.NumberFormat("en-US");

export interface TablePagerProps {
  noun: string;
  win: PageWindow;
  size: number;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

/**
 * "Showing 51–100 of 2,000", rows per page, and first / previous / page number / next / last.
 * Unavailable moves are aria-disabled rather than disabled, so a keyboard user on "Next" keeps
 * focus there when the last page arrives.
 */
export function TablePager({ noun, win, size, onPage, onSize }: TablePagerProps) {
  const sizes = (pageSizes as readonly number[]).includes(size)
    ? pageSizes
    : [...pageSizes, size].sort((a, b) => a - b);
  const move = (label: string, symbol: string, to: number, enabled: boolean) => (
    <button
      type="button"
      className="btn"
      aria-label={label}
      aria-disabled={!enabled}
      onClick={() => enabled && onPage(to)}
    >
      {symbol}
    </button>
  );
  const commit = (input: HTMLInputElement) => {
    const n = Math.trunc(Number(input.value));
    if (Number.isFinite(n) && n >= 1 && n !== win.page) onPage(Math.min(n, win.pages));
    else input.value = String(win.page);
  };
  return (
    <nav className="pager" aria-label={`Pages of ${noun}`}>
      <span className="pager-count" aria-live="polite">
        Showing{" "}
        <span className="num">
          {count.format(win.from)}–{count.format(win.to)}
        </span>{" "}
        of <span className="num">{count.format(win.total)}</span>
      </span>
      <span className="spacer" />
      {(win.total > pageSizes[0] || size !== defaultPageSize) && (
        <label>
          Rows per page
          <select value={size} onChange={(e) => onSize(Number(e.target.value))}>
            {sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      )}
      {win.pages > 1 && (
        <span className="pager-moves">
          {move("First page", "«", 1, win.page > 1)}
          {move("Previous page", "‹ Previous", win.page - 1, win.page > 1)}
          <label>
            Page
            <input
              key={win.page}
              type="number"
              inputMode="numeric"
              min={1}
              max={win.pages}
              defaultValue={win.page}
              onBlur={(e) => commit(e.currentTarget)}
              onKeyDown={(e) => {
                if (e.key === "Enter") commit(e.currentTarget);
              }}
            />
          </label>
          <span>
            of <span className="num">{count.format(win.pages)}</span>
          </span>
          {move("Next page", "Next ›", win.page + 1, win.page < win.pages)}
          {move("Last page", "»", win.pages, win.page < win.pages)}
        </span>
      )}
    </nav>
  );
}
