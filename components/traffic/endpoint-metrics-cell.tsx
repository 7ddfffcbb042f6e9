import { metricLabel, seriesForConsumer } from "@/lib/metrics/endpoint-metric-series";
import type { ConsumerTraffic, EndpointMetrics } from "@/lib/schemas/traffic";
import { formatMetricValue } from "./format-metric-value";

/** A consumer's endpoint metrics over the window, where its endpoint ENIs have no flow logs. */
export function EndpointMetricsCell({
  consumer,
  metrics,
}: {
  consumer: ConsumerTraffic;
  metrics: EndpointMetrics[];
}) {
  const m = consumer.endpointId ? metrics.find((x) => x.endpointId === consumer.endpointId) : undefined;
  if (consumer.endpointEstimate)
    return (
      <td className="n">
        <span className="dim" title="The endpoint ENIs' flow logs cover this consumer (previous column)">
          —
        </span>
      </td>
    );
  const series = m ? seriesForConsumer(m.series, m.endpointId, consumer.resourceConfigurationId) : [];
  return (
    <td className="n small" data-testid="consumer-endpoint-metrics">
      {series.length === 0 ? (
        <span className="dim" title="AWS/VpcLattice lists no metrics for this consumer">
          —
        </span>
      ) : (
        series.map((s) => (
          <span key={s.key} className="cell-sub" title={`${s.metricName}, sum over the window`}>
            {metricLabel(s.metricName)}: <span className="num">{formatMetricValue(s.metricName, s.sum)}</span>
          </span>
        ))
      )}
    </td>
  );
}
