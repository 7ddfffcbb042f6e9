import type {
  GetResourceConfigurationResponse,
  ResourceConfigurationDefinition,
  ResourceConfigurationSummary,
} from "@aws-sdk/client-vpc-lattice";
import type {
  AccessLogSubscriptionRef,
  ResourceConfiguration,
  ResourceConfigurationType,
  ResourceDefinition,
} from "@/lib/schemas/inventory";
import { iso, ownerOf } from "./parse-arn";

export interface RawConfiguration {
  summary: ResourceConfigurationSummary;
  /** Absent when GetResourceConfiguration was not called (owned elsewhere) or failed. */
  detail?: GetResourceConfigurationResponse;
  accessLogDestinations: string[];
  accessLogSubscriptions?: AccessLogSubscriptionRef[];
  tags: Record<string, string>;
}

export function toDefinition(
  raw: ResourceConfigurationDefinition | undefined,
): ResourceDefinition | undefined {
  if (!raw) return undefined;
  if (raw.ipResource?.ipAddress) return { kind: "ip", ipAddress: raw.ipResource.ipAddress };
  if (raw.dnsResource?.domainName) {
    return {
      kind: "dns",
      domainName: raw.dnsResource.domainName,
      ipAddressType: raw.dnsResource.ipAddressType,
    };
  }
  if (raw.arnResource?.arn) return { kind: "arn", arn: raw.arnResource.arn };
  return undefined;
}

/**
 * A resource configuration from its summary and, when fetched, its Get response (the only
 * source of ports, definition and failureReason). Children and inherited gateways are
 * resolved later, across accounts.
 */
export function toConfiguration(
  raw: RawConfiguration,
  seenFrom: { accountId: string; region: string },
): ResourceConfiguration {
  const { summary, detail } = raw;
  const arn = detail?.arn ?? summary.arn ?? "";
  return {
    id: detail?.id ?? summary.id ?? "",
    arn,
    accountId: ownerOf(arn, seenFrom.accountId),
    region: seenFrom.region,
    name: detail?.name ?? summary.name ?? "",
    type: (detail?.type ?? summary.type ?? "SINGLE") as ResourceConfigurationType,
    status: detail?.status ?? summary.status ?? "UNKNOWN",
    gatewayId: detail?.resourceGatewayId ?? summary.resourceGatewayId,
    parentId: detail?.resourceConfigurationGroupId ?? summary.resourceConfigurationGroupId,
    childIds: [],
    portRanges: detail?.portRanges ?? [],
    protocol: detail?.protocol,
    definition: toDefinition(detail?.resourceConfigurationDefinition),
    customDomainName: detail?.customDomainName ?? summary.customDomainName,
    amazonManaged: detail?.amazonManaged ?? summary.amazonManaged ?? false,
    failureReason: detail?.failureReason,
    createdAt: iso(detail?.createdAt ?? summary.createdAt),
    accessLogDestinations: raw.accessLogDestinations,
    ...(raw.accessLogSubscriptions ? { accessLogSubscriptions: raw.accessLogSubscriptions } : {}),
    tags: raw.tags,
  };
}
