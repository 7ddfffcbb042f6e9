/**
 * Which log groups hold generated traffic and what each of their streams contains:
 * - flow logs: the ENIs a flow log covers (on the ENI, its subnet or its VPC), one stream per ENI
 *   named `<eni>-all`, in the flow log's format and aggregation interval;
 * - access logs: the configurations an access-log subscription covers (on the configuration or
 *   its parent, or on a service network with `serviceNetworkLogType` RESOURCE for connections that
 *   arrive through it), one stream per configuration named `resource-access-log/<rcfg id>` (assumed).
 */

import type { FlowLog } from "../scenario/schema";
import { cidrContains } from "../state/ipv4";
import type { SimState } from "../state/sim-state";
import { type FlowLogFormat, parseFlowLogFormat } from "./flow-log-format";
import type { EniFlowSource } from "./flow-records";
import type { ResolvedPath } from "./resolve-paths";

export type StreamSource =
  | {
      kind: "flow";
      name: string;
      eni: EniFlowSource;
      format: FlowLogFormat;
      trafficType: "ACCEPT" | "REJECT" | "ALL";
      createdMs: number;
    }
  | { kind: "access"; name: string; paths: ResolvedPath[]; createdMs: number };

export interface LogGroupSource {
  account: string;
  region: string;
  name: string;
  streams: StreamSource[];
}

/** The ENIs a flow log covers (on the ENI, its subnet or its VPC), each with the paths that use it. */
export function flowLogEniSources(state: SimState, paths: ResolvedPath[], fl: FlowLog): EniFlowSource[] {
  const out: EniFlowSource[] = [];
  for (const eni of state.enis) {
    if (eni.account !== fl.account || eni.region !== fl.region) continue;
    if (![eni.id, eni.subnetId, eni.vpcId].includes(fl.resourceId)) continue;
    const vpcCidr = state.vpcs.get(eni.vpcId)?.cidr;
    out.push({
      eni,
      paths: paths.filter((p) => p.gatewayEnis.includes(eni) || p.endpointEnis.includes(eni)),
      intervalSeconds: fl.maxAggregationInterval,
      vpcCidr: (ip) => (vpcCidr ? cidrContains(vpcCidr, ip) : false),
    });
  }
  return out;
}

/** The paths an access-log subscription covers, by configuration. */
export function subscriptionPaths(
  state: SimState,
  paths: ResolvedPath[],
  als: { resourceId: string; serviceNetworkLogType?: "SERVICE" | "RESOURCE" },
): ResolvedPath[] {
  const cfg = state.configurations.get(als.resourceId);
  return paths.filter((p) =>
    cfg
      ? p.configuration.id === cfg.id || p.configuration.parentId === cfg.id
      : als.serviceNetworkLogType === "RESOURCE" && p.serviceNetworkId === als.resourceId,
  );
}

export const groupKey = (account: string, region: string, name: string) => `${account}/${region}/${name}`;

export function buildLogSources(state: SimState, paths: ResolvedPath[]): Map<string, LogGroupSource> {
  const s = state.scenario;
  const groups = new Map<string, LogGroupSource>();
  const group = (account: string, region: string, name: string) => {
    const key = groupKey(account, region, name);
    let g = groups.get(key);
    if (!g) {
      g = { account, region, name, streams: [] };
      groups.set(key, g);
    }
    return g;
  };

  for (const fl of s.flowLogs) {
    // S3 flow logs deliver objects instead (traffic/s3-delivery.ts).
    if (fl.logGroupName === undefined) continue;
    const g = group(fl.account, fl.region, fl.logGroupName);
    const format = parseFlowLogFormat(fl.logFormat);
    for (const eni of flowLogEniSources(state, paths, fl)) {
      const name = `${eni.eni.id}-all`;
      // Several flow logs writing to one group share the ENI's stream: the first one wins.
      if (g.streams.some((st) => st.name === name)) continue;
      g.streams.push({
        kind: "flow",
        name,
        format,
        trafficType: fl.trafficType,
        createdMs: Date.parse(fl.createdAt),
        eni,
      });
    }
  }

  for (const als of s.accessLogSubscriptions) {
    const cfg = state.configurations.get(als.resourceId);
    const sn = state.serviceNetworks.get(als.resourceId);
    const owner = cfg ?? sn;
    // S3 and Firehose destinations hold no CloudWatch Logs streams.
    if (!owner || als.logGroupName === undefined) continue;
    const covered = subscriptionPaths(state, paths, als);
    const g = group(owner.account, owner.region, als.logGroupName);
    const byConfig = new Map<string, ResolvedPath[]>();
    for (const p of covered)
      byConfig.set(p.configuration.id, [...(byConfig.get(p.configuration.id) ?? []), p]);
    for (const [cfgId, ps] of byConfig) {
      const name = `resource-access-log/${cfgId}`;
      const existing = g.streams.find((st) => st.name === name);
      if (existing?.kind === "access") {
        for (const p of ps) if (!existing.paths.includes(p)) existing.paths.push(p);
      } else if (!existing)
        g.streams.push({ kind: "access", name, paths: ps, createdMs: Date.parse(als.createdAt) });
    }
  }
  for (const g of groups.values()) g.streams.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return groups;
}
