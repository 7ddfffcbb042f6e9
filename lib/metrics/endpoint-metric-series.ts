/**
 * Endpoint metrics as ListMetrics lists them, matched to endpoints by dimension VALUE (the vpce-
 * id), never by a metric or dimension name: AWS announced the metrics (aws-facts §0.1 item 4) but
 * their names are not in our references, so whatever exists is shown. Pure.
 */
import type { EndpointMetricSeries, MetricDimension } from "@/lib/schemas/traffic";

/** The namespace AWS named for Resource and ServiceNetwork endpoint metrics (2026-11-19). */
export const ENDPOINT_METRICS_NAMESPACE = "AWS/VpcLattice";

export interface ListedMetric {
  metricName: string;
  dimensions: MetricDimension[];
}

export function seriesKey(m: ListedMetric): string {
  const dims = [...m.dimensions].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [m.metricName, ...dims.map((d) => `${d.name}=${d.value}`)].join("|");
}

/** Listed metrics per endpoint id: those with a dimension whose value is the id. */
export function matchEndpointMetrics(
  listed: readonly ListedMetric[],
  endpointIds: ReadonlySet<string>,
): Map<string, ListedMetric[]> {
  const out = new Map<string, ListedMetric[]>();
  const seen = new Set<string>();
  for (const m of listed) {
    const key = seriesKey(m);
    if (seen.has(key)) continue;
    seen.add(key);
    for (const d of m.dimensions) {
      if (!endpointIds.has(d.value)) continue;
      out.set(d.value, [...(out.get(d.value) ?? []), m]);
      break;
    }
  }
  for (const list of out.values()) list.sort((a, b) => (seriesKey(a) < seriesKey(b) ? -1 : 1));
  return out;
}

/** The dimensions besides the endpoint's own, e.g. a configuration id: what tells two series of one metric apart. */
export function otherDimensions(
  series: { dimensions: MetricDimension[] },
  endpointId: string,
): MetricDimension[] {
  return series.dimensions.filter((d) => d.value !== endpointId);
}

/**
 * "BytesProcessed" → "Bytes processed": a display label from whatever name CloudWatch lists, so
 * no metric name is written down here.
 */
export function metricLabel(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .split(/\s+/);
  return words.map((w, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(w) ? w : w.toLowerCase())).join(" ");
}

/**
 * The series a consumer row shows for one metric: the one whose other dimensions are exactly the
 * row's configuration, else the endpoint-wide one (no other dimensions), else none.
 */
export function seriesForConsumer(
  series: readonly EndpointMetricSeries[],
  endpointId: string,
  resourceConfigurationId: string | undefined,
): EndpointMetricSeries[] {
  const byName = new Map<string, EndpointMetricSeries>();
  for (const s of series) {
    const other = otherDimensions(s, endpointId);
    const exact =
      resourceConfigurationId !== undefined &&
      other.length === 1 &&
      other[0]!.value === resourceConfigurationId;
    if (exact) byName.set(s.metricName, s);
    else if (other.length === 0 && !byName.has(s.metricName)) byName.set(s.metricName, s);
  }
  return [...byName.values()].sort((a, b) => (a.metricName < b.metricName ? -1 : 1));
}

/**
 * For a configuration subject: a series is relevant unless it names another configuration (by id
 * format, not by dimension name) — a service-network endpoint lists one per configuration it reaches.
 */
export function concernsConfigurations(ids: ReadonlySet<string>) {
  return (m: ListedMetric) => m.dimensions.every((d) => !d.value.startsWith("rcfg-") || ids.has(d.value));
}
