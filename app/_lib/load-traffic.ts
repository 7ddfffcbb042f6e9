import "server-only";
import { withAlarms } from "@/lib/alarms/with-alarms";
import { isAppError } from "@/lib/errors";
import { getConfigurationTraffic } from "@/lib/flows/get-configuration-traffic";
import { getEndpointTraffic } from "@/lib/flows/get-endpoint-traffic";
import { getEstateTraffic } from "@/lib/flows/get-estate-traffic";
import { getGatewayTraffic } from "@/lib/flows/get-gateway-traffic";
import { resolveRange, TimeRangeError } from "@/lib/links/time-range";
import type { Inventory } from "@/lib/schemas/inventory";
import type { EstateTraffic, TrafficReport, TrafficSubjectKind } from "@/lib/schemas/traffic";

export type Loaded<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

function failure(e: unknown, what: string): { ok: false; error: { code: string; message: string } } {
  if (e instanceof TimeRangeError) return { ok: false, error: { code: "bad_request", message: e.message } };
  if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } };
  console.error(`${what} failed`, e);
  return {
    ok: false,
    error: { code: "internal", message: `${what} failed unexpectedly; the server log has the details.` },
  };
}

const dal = {
  configuration: getConfigurationTraffic,
  gateway: getGatewayTraffic,
  endpoint: getEndpointTraffic,
} as const;

/**
 * A subject's traffic for the page's first paint (the client takes over from there). Errors are
 * returned, not thrown: a traffic failure must not take the rest of the detail page down.
 */
export async function loadTraffic(
  kind: TrafficSubjectKind,
  id: string,
  w: { from: string; to: string },
  alarm?: string,
): Promise<Loaded<TrafficReport>> {
  try {
    // Validate here so a bad URL window is a sentence under the picker, not an exception.
    resolveRange(w.from, w.to, Date.now());
    return { ok: true, data: await withAlarms(await dal[kind](id, w), kind, id, alarm) };
  } catch (e) {
    return failure(e, "Traffic");
  }
}

export async function loadEstateTraffic(w: { from: string; to: string }): Promise<Loaded<EstateTraffic>> {
  try {
    return { ok: true, data: await getEstateTraffic(w) };
  } catch (e) {
    return failure(e, "Estate traffic");
  }
}

/** Names of configurations, endpoints and gateways by id, for links in traffic tables. */
export function resourceNames(inv: Inventory): Record<string, string> {
  const names: Record<string, string> = {};
  for (const list of [inv.resourceConfigurations, inv.endpoints, inv.gateways] as Array<
    Array<{ id: string; name?: string }>
  >)
    for (const r of list) if (r.name) names[r.id] = r.name;
  return names;
}

export function accountNames(inv: Inventory): Record<string, string> {
  return Object.fromEntries(inv.accounts.filter((a) => a.name).map((a) => [a.accountId, a.name as string]));
}
