/**
 * The path-check DTO: what `/api/paths` returns and `/paths` renders. Plain data, no I/O, safe to
 * import from client components.
 */
import type { AccessPattern } from "@/lib/schemas/inventory";

export type HopVerdict = "pass" | "fail" | "unknown";
export type PathVerdict = "reachable" | "blocked" | "unknown";
export const pathVerdicts: readonly PathVerdict[] = ["reachable", "blocked", "unknown"];

/** The eight hops of a route, in order (index = position + 1). */
export const hopKinds = [
  "route",
  "endpoint",
  "service-network",
  "gateway",
  "network-acl",
  "route-to-target",
  "resource-security-group",
  "traffic",
] as const;
export type HopKind = (typeof hopKinds)[number];

/** What a check could not read, and which permission or source would tell. */
export interface MissingData {
  what: string;
  source: string;
}

export interface HopCheck {
  label: string;
  verdict: HopVerdict;
  detail: string;
  /** Set exactly when the check could not read its data (its verdict is then unknown). */
  missing?: MissingData;
}

export interface PathFix {
  /** One sentence: what to change and why. */
  description: string;
  /** An AWS CLI command with the real ids (never run by the product). */
  command?: string;
}

export interface Hop {
  index: number;
  kind: HopKind;
  title: string;
  verdict: HopVerdict;
  /** One line: the failing check's detail, or what passed. */
  summary: string;
  checks: HopCheck[];
  evidence: Record<string, string | number | boolean | string[]>;
  fixes: PathFix[];
}

export interface PathRoute {
  /** Stable key: pattern + entry id + configuration. */
  id: string;
  pattern: AccessPattern | "none";
  /** "vpce-… (Resource endpoint)", "snva-… (VPC association to shared-services)". */
  label: string;
  /** The endpoint or VPC association the consumer enters by; absent when no route exists. */
  entryId?: string;
  serviceNetworkId?: string;
  /** The configuration this route reaches (a CHILD when the target is a GROUP). */
  configurationId: string;
  verdict: PathVerdict;
  /** The first failing hop (blocked), or the first unknown one (unknown). */
  at?: { index: number; kind: HopKind; reason: string };
  hops: Hop[];
}

export interface PathAnswer {
  consumer: {
    input: string;
    kind: "vpc" | "endpoint";
    id: string;
    vpcId: string;
    accountId?: string;
    label: string;
  };
  target: {
    input: string;
    configurationId: string;
    name: string;
    /** How a DNS name or IP was matched to the configuration. */
    resolvedBy: string;
  };
  verdict: PathVerdict;
  /** The one line the answer leads with. */
  headline: string;
  /** The best route's stop (blocked / unknown). */
  at?: { index: number; kind: HopKind; reason: string };
  routes: PathRoute[];
  /** Every route's fixes, deduplicated, in hop order. */
  fixes: PathFix[];
  window: { from: string; to: string };
  warnings: string[];
}
