/**
 * Contiguous runs of buckets with rejects > 0, as [start, end) time ranges: the red bands drawn
 * behind every metric so a reject burst is visible whichever metric is selected.
 */
export function rejectAreas(
  series: ReadonlyArray<{ t: number; rejects: number }>,
  stepMs: number,
): Array<{ start: number; end: number; rejects: number }> {
  const out: Array<{ start: number; end: number; rejects: number }> = [];
  for (const p of series) {
    if (!(p.rejects > 0)) continue;
    const last = out[out.length - 1];
    if (last && last.end >= p.t) {
      last.end = p.t + stepMs;
      last.rejects += p.rejects;
    } else out.push({ start: p.t, end: p.t + stepMs, rejects: p.rejects });
  }
  return out;
}
