import type { AccessPattern } from "@/lib/schemas/inventory";

/** Human names for how a consumer reaches a resource (the same words as the Consumers section). */
export const patternLabels: Record<AccessPattern | "unknown", string> = {
  "resource-endpoint": "Resource endpoint (PrivateLink)",
  "sn-endpoint": "Service network endpoint",
  "sn-vpc-association": "Service network VPC association",
  unknown: "Unknown path",
};

export const sourceLabels = {
  "gateway-flow-logs": "Gateway flow logs",
  "endpoint-flow-logs": "Endpoint flow logs",
  "access-logs": "Access logs",
  "network-flow-monitor": "Network Flow Monitor",
  "endpoint-metrics": "Endpoint metrics",
} as const;
