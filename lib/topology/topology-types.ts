/**
 * The topology DTO: what `GET /api/topology` returns and what the graph and Sankey views draw.
 * Plain data, no I/O: shared by the route handler and client components.
 */
import type { AccessPattern } from "@/lib/schemas/inventory";

export type TopologyNodeKind =
  /** A consumer account with its VPCs and entries folded in (aggregated view). */
  | "account"
  | "vpc"
  | "endpoint"
  | "association"
  | "service-network"
  | "configuration"
  | "gateway"
  /** One of a gateway's per-AZ ENIs, shown when the gateway is expanded. */
  | "eni"
  | "target"
  /** A frame: one account in one region (layout group, never an edge end). */
  | "account-region";

export const nodeKinds: readonly TopologyNodeKind[] = [
  "account",
  "vpc",
  "endpoint",
  "association",
  "service-network",
  "configuration",
  "gateway",
  "eni",
  "target",
  "account-region",
];

export type NodeHealth = "critical" | "warning" | "info" | "ok" | "unknown";
export type AlarmState = "OK" | "ALARM" | "INSUFFICIENT_DATA";

export interface TopologyNode {
  /** Stable: `<kind>:<resource id>` (aggregates: `agg:<kind>:<key>`), the same across refreshes. */
  id: string;
  kind: TopologyNodeKind;
  label: string;
  /** The resource's own id (for links and search), when the node is one resource. */
  resourceId?: string;
  accountId: string;
  region: string;
  health: NodeHealth;
  /** CloudWatch alarm state, when alarms are known (not yet discovered: absent). */
  alarm?: AlarmState;
  /** The access pattern of an entry (endpoint or association). */
  pattern?: AccessPattern;
  /** Compound parent (frame, GROUP configuration, expanded gateway). */
  parent?: string;
  /** This node holds others (a frame, a GROUP/ARN configuration with children). */
  isGroup?: boolean;
  /** Aggregated: how many resources it stands for, and the `expand=` key that opens it. */
  count?: number;
  expandKey?: string;
  /** Collapsible by `collapse=` with this key (accounts and service networks). */
  collapseKey?: string;
  /** Short facts for the tooltip (type, status, target, AZ…). */
  details?: Record<string, string>;
  /** Detail page, when the resource has one. */
  href?: string;
  /** Layout: centre, and size (frames and groups span their children). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TopologyEdge {
  id: string;
  source: string;
  target: string;
  /** For the window; null when no source covers the edge ("no data", never 0). */
  bytes: number | null;
  connections: number | null;
  rejects: number | null;
  /** What the traffic cost in AWS, when known. */
  cost?: number | null;
  /** How many inventory links this edge stands for (aggregated views merge parallel links). */
  multiplicity: number;
}

export interface TopologyGraph {
  window: { from: string; to: string; start: number; end: number };
  nodes: TopologyNode[];
  edges: TopologyEdge[];
  /** Whether the estate was aggregated by default (large estates), and the keys still collapsed. */
  aggregated: boolean;
  collapsed: string[];
  /** Entries per access pattern in the (filtered) estate, counted before aggregation folds them. */
  patterns: Record<AccessPattern, number>;
  /** Traffic: "none" without estate traffic, "pending" while it is still being read (poll again). */
  traffic: "none" | "pending" | "partial" | "available";
  stats: { configurations: number; layoutMs: number; layoutCached: boolean; buildMs: number };
  warnings: string[];
  generatedAt: string;
}
