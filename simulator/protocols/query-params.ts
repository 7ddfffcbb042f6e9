/**
 * Decoding of AWS query-protocol forms (EC2, STS): flattened lists `Key.N` and
 * filters `Filter.N.Name` / `Filter.N.Value.M`, all 1-based.
 */

export type QueryParams = URLSearchParams;

export interface QueryFilter {
  name: string;
  values: string[];
}

/** `Prefix.1`, `Prefix.2`, … in index order (gaps tolerated). */
export function listParam(params: QueryParams, prefix: string): string[] {
  const found: Array<[number, string]> = [];
  const re = new RegExp(`^${prefix.replace(/\./g, "\\.")}\\.(\\d+)$`);
  for (const [key, value] of params) {
    const m = re.exec(key);
    if (m) found.push([Number(m[1]), value]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

export function filtersParam(params: QueryParams, prefix = "Filter"): QueryFilter[] {
  const byIndex = new Map<number, QueryFilter>();
  const re = new RegExp(`^${prefix}\\.(\\d+)\\.(Name|Value\\.(\\d+))$`);
  const values = new Map<number, Array<[number, string]>>();
  for (const [key, value] of params) {
    const m = re.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    if (!byIndex.has(i)) byIndex.set(i, { name: "", values: [] });
    if (m[2] === "Name") byIndex.get(i)!.name = value;
    else values.set(i, [...(values.get(i) ?? []), [Number(m[3]), value]]);
  }
  return [...byIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([i, f]) => ({
      name: f.name,
      values: (values.get(i) ?? []).sort((a, b) => a[0] - b[0]).map(([, v]) => v),
    }));
}
