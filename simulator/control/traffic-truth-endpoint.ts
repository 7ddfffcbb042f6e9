/**
 * `GET /_sim/truth/traffic?resourceConfigurationId=|gatewayId=|endpointId=&from=ISO&to=ISO`:
 * the model's true totals for a subject and window (see traffic/ground-truth.ts for the rule).
 * `to` defaults to now, `from` to 24 h before `to`.
 */
import { trafficTruth } from "../traffic/ground-truth";
import type { TrafficModel } from "../traffic/traffic-model";

export function trafficTruthResponse(
  model: TrafficModel,
  query: URLSearchParams,
  now: Date,
): { status: number; body: unknown } {
  const filter = {
    resourceConfigurationId: query.get("resourceConfigurationId") ?? undefined,
    gatewayId: query.get("gatewayId") ?? undefined,
    endpointId: query.get("endpointId") ?? undefined,
  };
  if (!filter.resourceConfigurationId && !filter.gatewayId && !filter.endpointId) {
    return { status: 400, body: { error: "give resourceConfigurationId, gatewayId or endpointId" } };
  }
  const toParam = query.get("to");
  const toMs = toParam ? Date.parse(toParam) : now.getTime();
  const fromParam = query.get("from");
  const fromMs = fromParam ? Date.parse(fromParam) : toMs - 86_400_000;
  if (Number.isNaN(toMs)) return { status: 400, body: { error: `to: not an ISO-8601 time: ${toParam}` } };
  if (Number.isNaN(fromMs))
    return { status: 400, body: { error: `from: not an ISO-8601 time: ${fromParam}` } };
  if (fromMs > toMs) return { status: 400, body: { error: "from must not be after to" } };
  return { status: 200, body: trafficTruth(model, filter, fromMs, toMs, now.getTime()) };
}
