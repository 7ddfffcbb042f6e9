/**
 * Month-to-date bytes come from traffic queries limited to 7-day windows: split the span into
 * closed 7-day chunks (cacheable, never re-scanned) and sum what they return. Pure.
 */
import type { ConsumerTraffic, EstateTraffic, TrafficTotals } from "@/lib/schemas/traffic";

/** Traffic windows may be at most this long (lib/flows MAX_TRAFFIC_WINDOW_MS). */
export const MAX_SPAN_MS = 7 * 86_400_000;

/** Traffic windows must be at least a minute: a shorter tail is left out (under a minute of bytes). */
const MIN_SPAN_MS = 60_000;

export function monthToDateSpans(
  start: number,
  end: number,
  max = MAX_SPAN_MS,
): Array<{ from: string; to: string }> {
  const spans: Array<{ from: string; to: string }> = [];
  for (let t = start; end - t >= MIN_SPAN_MS; t += max) {
    spans.push({ from: new Date(t).toISOString(), to: new Date(Math.min(end, t + max)).toISOString() });
  }
  return spans;
}

function addTotals(a: TrafficTotals | null, b: TrafficTotals | null): TrafficTotals | null {
  if (a === null) return b;
  if (b === null) return a;
  return {
    bytes: a.bytes + b.bytes,
    bytesToResource: a.bytesToResource + b.bytesToResource,
    bytesFromResource: a.bytesFromResource + b.bytesFromResource,
    connections: a.connections + b.connections,
    rejects: a.rejects + b.rejects,
    packets: a.packets !== undefined && b.packets !== undefined ? a.packets + b.packets : undefined,
  };
}

/** Sums chunks: totals and consumers (by key) per configuration; sources and warnings of the last chunk win. */
export function mergeEstateTraffic(chunks: EstateTraffic[]): EstateTraffic | null {
  const [first, ...rest] = chunks;
  if (!first) return null;
  const byId = new Map(first.configurations.map((c) => [c.id, { ...c, consumers: [...c.consumers] }]));
  for (const chunk of rest) {
    for (const c of chunk.configurations) {
      const prev = byId.get(c.id);
      if (!prev) {
        byId.set(c.id, { ...c, consumers: [...c.consumers] });
        continue;
      }
      const consumers = new Map<string, ConsumerTraffic>(prev.consumers.map((x) => [x.key, x]));
      for (const x of c.consumers) {
        const p = consumers.get(x.key);
        consumers.set(x.key, p ? { ...p, ...(addTotals(p, x) as TrafficTotals) } : x);
      }
      byId.set(c.id, {
        ...prev,
        totals: addTotals(prev.totals, c.totals),
        consumers: [...consumers.values()],
        sources: c.sources,
      });
    }
  }
  const last = chunks[chunks.length - 1]!;
  return {
    ...last,
    window: { ...last.window, from: first.window.from, start: first.window.start },
    configurations: [...byId.values()],
    warnings: chunks.flatMap((c) => c.warnings),
    scannedBytes: chunks.reduce((n, c) => n + c.scannedBytes, 0),
  };
}
