/** Links within /cost that change one piece of URL state and keep the rest. Pure. */
export type CostParams = Partial<Record<"month" | "window" | "config" | "sort", string>>;

export function costHref(current: CostParams, change: CostParams, path = "/cost"): string {
  const next = { ...current, ...change };
  const qs = new URLSearchParams();
  for (const key of ["month", "window", "config", "sort"] as const) {
    const v = next[key];
    if (v) qs.set(key, v);
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

/** Clicking a sorted column flips it; another column sorts descending first for figures, ascending for text. */
export function nextSort(current: string | undefined, key: string, textual: boolean): string {
  const effective = current || "-projected";
  if (effective === key) return `-${key}`;
  if (effective === `-${key}`) return key;
  return textual ? key : `-${key}`;
}
