import type { GetServiceNetworkResponse, ServiceNetworkSummary } from "@aws-sdk/client-vpc-lattice";
import type { AccessLogSubscriptionRef, ServiceNetwork } from "@/lib/schemas/inventory";
import { iso, ownerOf } from "./parse-arn";

export interface RawServiceNetwork {
  summary: ServiceNetworkSummary;
  /** GetServiceNetwork: the only source of authType and sharing; absent when owned elsewhere. */
  detail?: GetServiceNetworkResponse;
  accessLogDestinations: string[];
  accessLogSubscriptions?: AccessLogSubscriptionRef[];
  tags: Record<string, string>;
}

export function toServiceNetwork(
  raw: RawServiceNetwork,
  seenFrom: { accountId: string; region: string },
): ServiceNetwork {
  const { summary, detail } = raw;
  const arn = summary.arn ?? detail?.arn ?? "";
  return {
    id: summary.id ?? detail?.id ?? "",
    arn,
    accountId: ownerOf(arn, seenFrom.accountId),
    region: seenFrom.region,
    name: summary.name ?? detail?.name ?? "",
    authType: detail?.authType,
    sharingEnabled: detail?.sharingConfig?.enabled,
    numberOfAssociatedVpcs: num(summary.numberOfAssociatedVPCs ?? detail?.numberOfAssociatedVPCs),
    numberOfAssociatedResourceConfigurations: num(summary.numberOfAssociatedResourceConfigurations),
    numberOfAssociatedServices: num(summary.numberOfAssociatedServices ?? detail?.numberOfAssociatedServices),
    accessLogDestinations: raw.accessLogDestinations,
    ...(raw.accessLogSubscriptions ? { accessLogSubscriptions: raw.accessLogSubscriptions } : {}),
    createdAt: iso(summary.createdAt ?? detail?.createdAt),
    tags: raw.tags,
  };
}

// The SDK types these `long` members as number; guard against bigint-ish strings anyway.
function num(v: number | undefined): number | undefined {
  return v === undefined || v === null ? undefined : Number(v);
}
