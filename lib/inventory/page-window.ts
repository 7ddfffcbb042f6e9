/** The page sizes a list table offers; any other whole number from 1 to `maxPageSize` is allowed in the URL. */
export const pageSizes = [25, 50, 100, 200] as const;
export const defaultPageSize = 50;
/** Above this a page is as slow to render as the unpaged table was (issue 16). */
export const maxPageSize = 500;

/** A `size` URL value: a whole number 1..maxPageSize, or undefined (ignored, the default applies). */
export function parsePageSize(raw: string): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= maxPageSize ? n : undefined;
}

/** A `page` URL value: a whole number from 1, or undefined. */
export function parsePageNumber(raw: string): number | undefined {
  if (!/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

export interface PageWindow {
  /** 1-based page shown, clamped into 1..pages (a bookmarked page 9 of a table now 3 pages long shows page 3). */
  page: number;
  pages: number;
  /** 1-based first and last row shown; 0 and 0 when there are no rows. */
  from: number;
  to: number;
  total: number;
}

export function pageWindow(total: number, page: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Math.min(Math.max(1, page), pages);
  if (total === 0) return { page: 1, pages: 1, from: 0, to: 0, total };
  return { page: p, pages, from: (p - 1) * size + 1, to: Math.min(p * size, total), total };
}
