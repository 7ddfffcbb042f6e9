/**
 * Traffic aggregates the traffic-based rules read. Filled by the flow-log work (a later issue);
 * each part is optional so a partially available source still evaluates what it can.
 */

export interface RejectAggregate {
  /** The ENI whose flow log recorded the REJECTs (a gateway or endpoint ENI). */
  eniId: string;
  srcAddr?: string;
  dstAddr?: string;
  dstPort?: number;
  records: number;
  packets?: number;
}

export interface SourcePortUsage {
  gatewayId: string;
  /** The gateway address the resource sees as source (SNAT). */
  gatewayIp: string;
  resourceIp: string;
  resourcePort: number;
  /** Peak concurrent connections in the window from that gateway IP to that resource ip:port. */
  peakConcurrentConnections: number;
}

export interface TrafficInput {
  window: { from: string; to: string };
  rejects?: RejectAggregate[];
  sourcePorts?: SourcePortUsage[];
}
