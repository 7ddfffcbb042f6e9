/** Port ranges as resource configurations write them ("80", "1-65535") and interval arithmetic over them. */

export type PortInterval = [from: number, to: number];

export const allPorts: PortInterval = [0, 65535];

/** "80" → [80, 80]; "1-65535" → [1, 65535]; anything else → undefined (reported, not guessed). */
export function parsePortRange(range: string): PortInterval | undefined {
  const m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5}))?\s*$/.exec(range);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > 65535 || to > 65535 || from > to) return undefined;
  return [from, to];
}

export function formatPortInterval([from, to]: PortInterval): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** Sorted, merged union of intervals. */
export function mergeIntervals(intervals: PortInterval[]): PortInterval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: PortInterval[] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The parts of `wanted` not covered by `covered`. */
export function uncoveredPorts(wanted: PortInterval[], covered: PortInterval[]): PortInterval[] {
  const cover = mergeIntervals(covered);
  const out: PortInterval[] = [];
  for (const [from, to] of mergeIntervals(wanted)) {
    let cursor = from;
    for (const [cf, ct] of cover) {
      if (ct < cursor || cf > to) continue;
      if (cf > cursor) out.push([cursor, cf - 1]);
      cursor = Math.max(cursor, ct + 1);
      if (cursor > to) break;
    }
    if (cursor <= to) out.push([cursor, to]);
  }
  return out;
}
