import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import { latticeArn } from "../../state/arns";
import { endpointEniIds, type SimState, type VpcEndpoint } from "../../state/sim-state";
import { applyFilters, tagSet } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

function endpointItem(ep: VpcEndpoint, state: SimState): XmlValue {
  const cfg = ep.resourceConfigurationId ? state.configurations.get(ep.resourceConfigurationId) : undefined;
  const sn = ep.serviceNetworkId ? state.serviceNetworks.get(ep.serviceNetworkId) : undefined;
  const interfaceLike = ep.type !== "Gateway";
  return {
    vpcEndpointId: ep.id,
    vpcEndpointType: ep.type,
    vpcId: ep.vpcId,
    serviceName: ep.serviceName,
    state: ep.state,
    routeTableIdSet: [],
    subnetIdSet: ep.subnetIds,
    groupSet: ep.securityGroupIds.map((id) => ({
      groupId: id,
      groupName: state.securityGroups.get(id)?.name ?? id,
    })),
    ipAddressType: interfaceLike ? "ipv4" : undefined,
    dnsOptions: interfaceLike ? { dnsRecordIpType: "ipv4" } : undefined,
    privateDnsEnabled: ep.privateDnsEnabled,
    requesterManaged: false,
    networkInterfaceIdSet: endpointEniIds(ep, state),
    dnsEntrySet: [],
    creationTimestamp: new Date(ep.createdAt),
    tagSet: tagSet(ep.tags),
    ownerId: ep.account,
    failureReason: ep.failureReason,
    serviceNetworkArn: sn ? latticeArn(sn.region, sn.account, "servicenetwork", sn.id) : undefined,
    resourceConfigurationArn: cfg
      ? latticeArn(cfg.region, cfg.account, "resourceconfiguration", cfg.id)
      : undefined,
  };
}

export function describeVpcEndpoints(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "VpcEndpointId");
  let items = ctx.state.scenario.vpcEndpoints.filter(
    (e) => e.account === ctx.account && e.region === ctx.region,
  );
  if (ids.length > 0) {
    const missing = ids.find((id) => !items.some((e) => e.id === id));
    if (missing)
      throw new SimError(
        "InvalidVpcEndpointId.NotFound",
        400,
        `The Vpc Endpoint Id '${missing}' does not exist`,
      );
    items = items.filter((e) => ids.includes(e.id));
  }
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "vpc-endpoint-type": (e) => e.type,
      "vpc-id": (e) => e.vpcId,
      "vpc-endpoint-id": (e) => e.id,
      "vpc-endpoint-state": (e) => e.state,
      "service-name": (e) => e.serviceName,
      "ip-address-type": () => "ipv4",
      "service-region": (e) => e.region,
    },
    (e) => e.tags,
  );
  const page = ec2Page("DescribeVpcEndpoints", params, items, { min: 1, max: 1000, clamp: true });
  return { vpcEndpointSet: page.items.map((e) => endpointItem(e, ctx.state)), nextToken: page.nextToken };
}
