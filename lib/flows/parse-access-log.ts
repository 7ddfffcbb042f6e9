/**
 * One resource access log event (a JSON object per TCP connection) → a typed connection.
 * Tolerant by design: unknown fields are ignored, optional ones may be missing, and a line that
 * is not a usable record is skipped and counted, never thrown.
 */
import { ACCESS_LOG_FIELDS as F } from "./access-log-fields";

export interface IpPort {
  ip: string;
  port: number;
}

export interface AccessLogConnection {
  /** Epoch milliseconds. */
  time: number;
  resourceConfigurationArn: string;
  serviceNetworkArn?: string;
  serviceNetworkResourceAssociationId?: string;
  vpcEndpointId?: string;
  sourceVpcArn?: string;
  source?: IpPort;
  destination?: IpPort;
  gateway?: IpPort;
  resource?: IpPort;
}

export type AccessLogSkipReason = "not-json" | "no-timestamp" | "no-configuration";

/** Parses `10.0.0.1:443` and `[2001:db8::1]:443`. */
export function parseIpPort(value: unknown): IpPort | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\[?([0-9a-fA-F:.]+?)\]?:(\d{1,5})$/.exec(value.trim());
  if (!m) return undefined;
  const port = Number(m[2]);
  return port <= 65535 ? { ip: m[1]!, port } : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

export function parseAccessLog(
  line: string,
): { ok: true; connection: AccessLogConnection } | { ok: false; reason: AccessLogSkipReason } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, reason: "not-json" };
  const r = raw as Record<string, unknown>;
  const time = Date.parse(String(r[F.timestamp] ?? ""));
  if (Number.isNaN(time)) return { ok: false, reason: "no-timestamp" };
  const resourceConfigurationArn = str(r[F.resourceConfigurationArn]);
  if (!resourceConfigurationArn) return { ok: false, reason: "no-configuration" };
  return {
    ok: true,
    connection: {
      time,
      resourceConfigurationArn,
      serviceNetworkArn: str(r[F.serviceNetworkArn]),
      serviceNetworkResourceAssociationId: str(r[F.serviceNetworkResourceAssociationId]),
      vpcEndpointId: str(r[F.vpcEndpointId]),
      sourceVpcArn: str(r[F.sourceVpcArn]),
      source: parseIpPort(r[F.sourceIpPort]),
      destination: parseIpPort(r[F.destinationIpPort]),
      gateway: parseIpPort(r[F.gatewayIpPort]),
      resource: parseIpPort(r[F.resourceIpPort]),
    },
  };
}
