/**
 * Network Flow Monitor metrics (`AWS/NetworkFlowMonitor`) per monitor and minute, from the same
 * connections as the logs: DataTransferred is the bytes of the accepted connections that consumers
 * in the monitor's local resources (VPC or subnet) started that minute. Retransmissions, Timeouts
 * and RoundTripTime (µs) are drawn around a healthy baseline; inside an incident RTT and
 * retransmissions rise and HealthIndicator reads 1.
 *
 * Assumption (AWS does not document the values): every series carries `MeasurementSource =
 * INTER_VPC`, since Lattice resource traffic always leaves the consumer VPC.
 */
import type { NetworkFlowMonitor } from "../scenario/schema";
import { connectionsInMinute, MINUTE_MS } from "./connections";
import { hash32, rng } from "./random";
import type { ResolvedPath } from "./resolve-paths";
import type { TrafficModel } from "./traffic-model";

export const NFM_NAMESPACE = "AWS/NetworkFlowMonitor";
export const NFM_METRIC_NAMES = [
  "DataTransferred",
  "Retransmissions",
  "Timeouts",
  "RoundTripTime",
  "HealthIndicator",
] as const;
export type NfmMetricName = (typeof NFM_METRIC_NAMES)[number];
export const NFM_MEASUREMENT_SOURCE = "INTER_VPC";

export function monitorPaths(model: TrafficModel, m: NetworkFlowMonitor): ResolvedPath[] {
  const vpcs = new Set(m.localResources.filter((r) => r.type === "AWS::EC2::VPC").map((r) => r.identifier));
  const subnets = new Set(
    m.localResources.filter((r) => r.type === "AWS::EC2::Subnet").map((r) => r.identifier),
  );
  return model.paths.filter(
    (p) =>
      p.accountId === m.account &&
      p.region === m.region &&
      (vpcs.has(p.vpcId) || p.clientSubnets.some((s) => subnets.has(s.id))),
  );
}

export type NfmMinute = Record<NfmMetricName, number>;

/** The monitor's values for one minute, or undefined before it existed, when inactive, or in the future. */
export function nfmMinute(
  model: TrafficModel,
  m: NetworkFlowMonitor,
  paths: ResolvedPath[],
  minute: number,
  nowMs: number,
): NfmMinute | undefined {
  const t = minute * MINUTE_MS;
  if (
    m.status !== "ACTIVE" ||
    t < Date.parse(m.createdAt) ||
    t < model.historyStartMs ||
    t + MINUTE_MS > nowMs
  )
    return undefined;
  let bytes = 0;
  let conns = 0;
  for (const p of paths) {
    for (const c of connectionsInMinute(p, minute)) {
      if (c.rejected) continue;
      conns += 1;
      bytes += c.bytesToResource + c.bytesFromResource;
    }
  }
  const r = rng(hash32(`nfm/${m.account}/${m.region}/${m.name}`) ^ Math.imul(minute, 0x9e3779b1));
  const incident = m.incidents.find((i) => {
    const start = model.anchorMs - i.startMinutesAgo * MINUTE_MS;
    return t >= start && t < start + i.durationMinutes * MINUTE_MS;
  });
  const baseRetrans = Math.floor(conns * 0.05 * r() + (r() < 0.1 ? 1 : 0));
  const rtt = Math.round(600 + 400 * r());
  return {
    DataTransferred: bytes,
    Retransmissions: incident
      ? Math.round((baseRetrans + 1) * incident.retransmissionMultiplier)
      : baseRetrans,
    Timeouts: incident ? Math.max(1, Math.ceil(conns * 0.2)) : r() < 0.01 ? 1 : 0,
    RoundTripTime: incident ? Math.round(rtt * incident.roundTripTimeMultiplier) : rtt,
    HealthIndicator: incident ? 1 : 0,
  };
}
