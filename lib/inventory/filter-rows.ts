import type { BaseRow } from "./table-rows";

export interface TableQuery {
  q?: string;
  account?: string[];
  region?: string[];
  type?: string;
  status?: string;
  /** Column key, "-" prefix for descending: "name", "-status". */
  sort?: string;
}

/** Rows matching every filter; `q` is a case-insensitive substring over every string field. */
export function filterRows<T extends BaseRow>(rows: readonly T[], query: TableQuery): T[] {
  const q = query.q?.trim().toLowerCase();
  const accounts = query.account?.length ? new Set(query.account) : undefined;
  const regions = query.region?.length ? new Set(query.region) : undefined;
  return rows.filter((row) => {
    if (accounts && !accounts.has(row.accountId)) return false;
    if (regions && !regions.has(row.region)) return false;
    if (query.type && row.type !== query.type) return false;
    if (query.status && row.status !== query.status) return false;
    if (q) {
      return Object.values(row).some((v) => typeof v === "string" && v.toLowerCase().includes(q));
    }
    return true;
  });
}

export function parseSort(sort: string | undefined): { key: string; desc: boolean } | undefined {
  if (!sort || sort === "-") return undefined;
  return sort.startsWith("-") ? { key: sort.slice(1), desc: true } : { key: sort, desc: false };
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** Stable sort by a row key; numbers numerically, strings naturally ("rcfg-2" < "rcfg-10"), blanks last. */
export function sortRows<T extends BaseRow>(rows: readonly T[], sort: string | undefined): T[] {
  const s = parseSort(sort);
  if (!s) return [...rows];
  const dir = s.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = (a as unknown as Record<string, unknown>)[s.key];
    const y = (b as unknown as Record<string, unknown>)[s.key];
    const blankX = x === undefined || x === "";
    const blankY = y === undefined || y === "";
    if (blankX || blankY) return blankX === blankY ? 0 : blankX ? 1 : -1;
    if (typeof x === "number" && typeof y === "number") return (x - y) * dir;
    return collator.compare(String(x), String(y)) * dir;
  });
}

/** Distinct values of a field, sorted, for filter drop-downs. */
export function facetValues<T extends BaseRow>(
  rows: readonly T[],
  key: "accountId" | "region" | "type" | "status",
): string[] {
  const values = new Set<string>();
  for (const r of rows) {
    const v = r[key];
    if (v) values.add(v);
  }
  return [...values].sort(collator.compare);
}
