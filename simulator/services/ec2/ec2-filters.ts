/**
 * EC2 filter semantics: values of one filter are OR-ed, filters are AND-ed, `*` and `?` are
 * wildcards, `tag:Key` / `tag-key` match tags. Unknown filter names are rejected, as EC2 does.
 */
import type { QueryFilter } from "../../protocols/query-params";
import { invalidParameterValue } from "./ec2-errors";

export type FilterAccessor<T> = (item: T) => string | string[] | boolean | number | undefined;

function globToRegex(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

function matchesAny(actual: string[], wanted: string[]): boolean {
  return wanted.some((w) => {
    const re = globToRegex(w);
    return actual.some((a) => re.test(a));
  });
}

export function applyFilters<T>(
  items: T[],
  filters: QueryFilter[],
  accessors: Record<string, FilterAccessor<T>>,
  tags?: (item: T) => Record<string, string>,
): T[] {
  const predicates = filters.map((f): ((item: T) => boolean) => {
    if (f.name.startsWith("tag:") && tags) {
      const key = f.name.slice(4);
      return (item) => {
        const v = tags(item)[key];
        return v !== undefined && matchesAny([v], f.values);
      };
    }
    if (f.name === "tag-key" && tags) return (item) => matchesAny(Object.keys(tags(item)), f.values);
    const accessor = accessors[f.name];
    if (!accessor) throw invalidParameterValue(`The filter '${f.name}' is invalid`);
    return (item) => {
      const raw = accessor(item);
      if (raw === undefined) return false;
      const actual = (Array.isArray(raw) ? raw : [raw]).map(String);
      return matchesAny(actual, f.values);
    };
  });
  return items.filter((item) => predicates.every((p) => p(item)));
}

export function tagSet(tags: Record<string, string>): Array<{ key: string; value: string }> {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}
