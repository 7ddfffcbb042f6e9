/**
 * Who a connection came from, resolved against the inventory: the endpoint (pattern 1 or 2 by its
 * type), else the source VPC through its service-network association (pattern 3). Pure.
 */
import type { AccessPattern, Inventory } from "@/lib/schemas/inventory";
import type { AccessLogConnection } from "./parse-access-log";

export interface ConsumerRef {
  key: string;
  pattern: AccessPattern | "unknown";
  accountId?: string;
  vpcId?: string;
  endpointId?: string;
  associationId?: string;
  serviceNetworkId?: string;
}

export const UNATTRIBUTED: ConsumerRef = { key: "unattributed", pattern: "unknown" };

function vpcFromArn(arn: string | undefined): { vpcId?: string; accountId?: string } {
  const m = arn && /^arn:aws[a-z-]*:ec2:[a-z0-9-]*:(\d{12}):vpc\/(vpc-[0-9a-z]+)$/.exec(arn);
  return m ? { accountId: m[1], vpcId: m[2] } : {};
}

function idFromArn(arn: string | undefined): string | undefined {
  return arn?.split("/").pop();
}

export function resolveConsumer(
  inventory: Inventory,
  c: AccessLogConnection,
  configurationId?: string,
): ConsumerRef {
  const source = vpcFromArn(c.sourceVpcArn);
  const serviceNetworkId = idFromArn(c.serviceNetworkArn);
  if (c.vpcEndpointId) {
    const endpoint = inventory.endpoints.find((e) => e.id === c.vpcEndpointId);
    const isResource = endpoint ? endpoint.type === "Resource" : !serviceNetworkId;
    const association = isResource
      ? inventory.associations.find(
          (a) =>
            a.kind === "resource-endpoint" &&
            a.vpcEndpointId === c.vpcEndpointId &&
            (!configurationId || a.resourceConfigurationId === configurationId),
        )?.id
      : c.serviceNetworkResourceAssociationId;
    return {
      key: c.vpcEndpointId,
      pattern: isResource ? "resource-endpoint" : "sn-endpoint",
      accountId: endpoint?.accountId ?? source.accountId,
      vpcId: endpoint?.vpcId ?? source.vpcId,
      endpointId: c.vpcEndpointId,
      ...(association ? { associationId: association } : {}),
      ...(endpoint?.serviceNetworkId || serviceNetworkId
        ? { serviceNetworkId: endpoint?.serviceNetworkId ?? serviceNetworkId }
        : {}),
    };
  }
  if (source.vpcId && serviceNetworkId) {
    const association = inventory.associations.find(
      (a) => a.kind === "sn-vpc" && a.vpcId === source.vpcId && a.serviceNetworkId === serviceNetworkId,
    );
    return {
      key: source.vpcId,
      pattern: "sn-vpc-association",
      accountId: association?.accountId ?? source.accountId,
      vpcId: source.vpcId,
      ...(association ? { associationId: association.id } : {}),
      serviceNetworkId,
    };
  }
  if (source.vpcId) return { key: source.vpcId, pattern: "unknown", ...source };
  return UNATTRIBUTED;
}
