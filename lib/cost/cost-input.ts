/**
 * What the cost model prices: configurations with their consumer paths, creation times and bytes.
 * Built from the inventory and traffic by costInputFromInventory, or by hand in tests. Pure data.
 */
import type { Pattern } from "./patterns";

export interface PathInput {
  /** Stable key: the endpoint id, else the association id. */
  key: string;
  pattern: Pattern;
  accountId?: string;
  vpcId?: string;
  endpointId?: string;
  associationId?: string;
  serviceNetworkId?: string;
  /** When the billed thing (endpoint, VPC association) was created; ISO. Absent = before the month. */
  createdAt?: string;
  /** AZs of the endpoint (for a per-endpoint-AZ basis); 0 when not known. */
  availabilityZones: number;
  /**
   * Configurations reachable through the same service-network endpoint or VPC association: its
   * hourly charge (0 by default) is split between them rather than counted once for each.
   */
  sharedBy: number;
  /** Bytes observed this month so far / in the rate window; null = not observed (no source). */
  bytesSoFar: number | null;
  bytesInWindow: number | null;
}

export interface ServiceNetworkLinkInput {
  /** The sn-resource association id: each one is billed per hour. */
  id: string;
  serviceNetworkId: string;
  createdAt?: string;
}

export interface ConfigurationInput {
  id: string;
  name: string;
  region: string;
  accountId: string;
  type?: string;
  paths: PathInput[];
  serviceNetworkLinks: ServiceNetworkLinkInput[];
  /** Bytes seen for the configuration but not attributed to a known path. */
  unattributedSoFar: number | null;
  unattributedInWindow: number | null;
}

export interface TrafficAvailability {
  /** Whether month-to-date bytes and window bytes were read at all. */
  soFar: boolean;
  window: boolean;
  /** Why not, or what was partial: shown to the user. */
  note?: string;
  /** Some paths lack logs: bytes are a lower bound. */
  partial?: boolean;
}

export interface CostWindow {
  from: string;
  to: string;
  start: number;
  end: number;
}
