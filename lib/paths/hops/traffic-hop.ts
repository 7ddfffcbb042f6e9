import type { ConsumerTraffic, TrafficReport } from "@/lib/schemas/traffic";
import { check, type HopContext, makeHop, missing } from "../hop-context";
import type { HopCheck } from "../path-types";

function consumerRow(report: TrafficReport, ctx: HopContext): ConsumerTraffic | undefined {
  const { route, consumer } = ctx;
  const key = route.endpoint?.id ?? consumer.vpcId;
  return report.consumers.find(
    (c) =>
      c.key === key &&
      (!c.resourceConfigurationId || c.resourceConfigurationId === route.config.id) &&
      (route.endpoint || c.serviceNetworkId === undefined || c.serviceNetworkId === route.serviceNetworkId),
  );
}

/**
 * Hop 8, what traffic says over the window: connections and REJECTs attributed to this route
 * (access logs joined with gateway-ENI flow logs), and the last bucket with connections. Traffic
 * is evidence: all attempts rejected fails the hop; no traffic or no source leaves it unknown
 * without making the route "cannot tell" (an idle path is not a broken one).
 */
export function trafficHop(ctx: HopContext) {
  const checks: HopCheck[] = [];
  const entry = ctx.traffic?.get(ctx.route.config.id);
  const evidence: Record<string, string | number | string[]> = {};
  if (!entry) {
    checks.push(
      missing("Traffic", "Traffic was not queried for this answer.", {
        what: "flow logs and resource access logs over the window",
        source: "the traffic query (Logs Insights: logs:StartQuery)",
      }),
    );
  } else if ("error" in entry) {
    checks.push(
      missing("Traffic", `Traffic could not be read: ${entry.error}`, {
        what: "flow logs and access logs",
        source: "logs:StartQuery / logs:GetQueryResults",
      }),
    );
  } else {
    const sources = entry.sources.map((s) => `${s.kind}: ${s.status}`);
    evidence.sources = sources;
    evidence.window = `${new Date(entry.window.start).toISOString()} – ${new Date(entry.window.end).toISOString()}`;
    const row = consumerRow(entry, ctx);
    const last = [...entry.series].reverse().find((p) => p.connections > 0);
    if (last) evidence.lastConnectionBucket = new Date(last.t).toISOString();
    if (entry.totals === null) {
      checks.push(
        missing("Traffic", "No flow logs or resource access logs cover this route.", {
          what: "flow logs on the gateway ENIs and resource access logs",
          source:
            "a flow log on the gateway's VPC/subnets and an access-log subscription on the configuration (or RESOURCE type on its network)",
        }),
      );
    } else if (!row || row.connections === 0) {
      checks.push(
        missing(
          "Traffic",
          "No connections from this route in the window: traffic neither confirms nor refutes it.",
          {
            what: "connections from this consumer",
            source: "resource access logs for the window",
          },
        ),
      );
    } else {
      evidence.connections = row.connections;
      evidence.rejects = row.rejects;
      evidence.bytes = row.bytes;
      const accepted = row.connections - row.rejects;
      checks.push(
        accepted > 0 && row.bytes === 0
          ? check(
              "Traffic",
              "fail",
              `${row.connections} connection(s) from this route were logged in the window, but no bytes moved: the gateway never established them.`,
            )
          : accepted > 0
            ? check(
                "Traffic",
                "pass",
                `${accepted} accepted connection(s)${row.rejects > 0 ? ` and ${row.rejects} REJECT(s)` : ""} from this route in the window${last ? `; last bucket with connections ${new Date(last.t).toISOString()}` : ""}.`,
              )
            : check(
                "Traffic",
                "fail",
                `All ${row.connections} connection attempt(s) from this route were REJECTed on the gateway ENIs in the window.`,
              ),
      );
    }
  }
  return makeHop(8, "traffic", checks, "Traffic confirms the route.", evidence);
}
