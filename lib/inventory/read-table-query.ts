import { parseSort, type TableQuery } from "./filter-rows";
import { defaultPageSize, parsePageNumber, parsePageSize } from "./page-window";

/** A list table's URL parameters as they arrive (nuqs strings; "" when absent). */
export interface RawTableQuery {
  q: string;
  account: string[];
  region: string[];
  type: string;
  status: string;
  sort: string;
  page: string;
  size: string;
}

export interface TableView {
  /** What filterRows and sortRows get: only valid accounts, and a sort only on a known column. */
  query: TableQuery;
  sort?: { key: string; desc: boolean };
  page: number;
  size: number;
  /** `name=value` of each parameter ignored as invalid: a bookmark can outlive a column or a page size. */
  ignored: string[];
}

export function readTableQuery(raw: RawTableQuery, columnIds: readonly string[]): TableView {
  const accounts = raw.account.filter((a) => /^\d{12}$/.test(a));
  const parsedSort = parseSort(raw.sort);
  const sort = parsedSort && columnIds.includes(parsedSort.key) ? parsedSort : undefined;
  const page = raw.page ? parsePageNumber(raw.page) : 1;
  const size = raw.size ? parsePageSize(raw.size) : defaultPageSize;
  return {
    query: { ...raw, account: accounts, sort: sort ? raw.sort : undefined },
    sort,
    page: page ?? 1,
    size: size ?? defaultPageSize,
    ignored: [
      ...raw.account.filter((a) => !accounts.includes(a)).map((a) => `account=${a}`),
      ...(parsedSort && !sort ? [`sort=${raw.sort}`] : []),
      ...(page === undefined ? [`page=${raw.page}`] : []),
      ...(size === undefined ? [`size=${raw.size}`] : []),
    ],
  };
}
