/**
 * Cross-reference checks for the traffic model and Network Flow Monitor monitors: every path must
 * name a configuration with an address to connect to and a consumer that can actually reach it.
 */
import type { Scenario } from "./schema";

export function validateTraffic(s: Scenario): string[] {
  const problems: string[] = [];
  const add = (path: string, message: string) => problems.push(`${path}: ${message}`);
  const cfgs = new Map(s.resourceConfigurations.map((c) => [c.id, c]));
  const endpoints = new Map(s.vpcEndpoints.map((e) => [e.id, e]));
  const vpcs = new Map(s.vpcs.map((v) => [v.id, v]));
  const subnets = new Map<string, { account: string; region: string }>();
  for (const v of s.vpcs) for (const sub of v.subnets) subnets.set(sub.id, v);
  const snOf = (cfgId: string) =>
    new Set(
      s.serviceNetworkResourceAssociations
        .filter((a) => a.resourceConfigurationId === cfgId)
        .map((a) => a.serviceNetworkId),
    );

  s.traffic.forEach((p, i) => {
    const at = `traffic[${i}]`;
    const cfg = cfgs.get(p.resourceConfigurationId);
    if (!cfg) {
      add(`${at}.resourceConfigurationId`, `unknown resource configuration ${p.resourceConfigurationId}`);
      return;
    }
    if (cfg.type === "GROUP" || (cfg.type === "ARN" && !cfg.resourceIp)) {
      add(
        `${at}.resourceConfigurationId`,
        `${cfg.id} is a ${cfg.type}: name one of its CHILD configurations`,
      );
      return;
    }
    const ip =
      cfg.definition && "ipResource" in cfg.definition ? cfg.definition.ipResource.ipAddress : cfg.resourceIp;
    if (!ip) add(`${at}.resourceConfigurationId`, `${cfg.id} has neither an IP definition nor resourceIp`);
    // A CHILD is reached through its parent's associations and endpoints.
    const reachable = new Set([cfg.id, ...(cfg.parentId ? [cfg.parentId] : [])]);
    const sns = new Set([...reachable].flatMap((id) => [...snOf(id)]));
    if ("endpointId" in p.consumer) {
      const ep = endpoints.get(p.consumer.endpointId);
      if (!ep) add(`${at}.consumer.endpointId`, `unknown VPC endpoint ${p.consumer.endpointId}`);
      else if (ep.type === "Resource") {
        if (!ep.resourceConfigurationId || !reachable.has(ep.resourceConfigurationId))
          add(`${at}.consumer.endpointId`, `${ep.id} does not reach ${cfg.id}`);
      } else if (ep.type === "ServiceNetwork") {
        if (!ep.serviceNetworkId || !sns.has(ep.serviceNetworkId))
          add(`${at}.consumer.endpointId`, `${ep.id}'s service network is not associated with ${cfg.id}`);
      } else
        add(`${at}.consumer.endpointId`, `${ep.id} is a ${ep.type} endpoint, not Resource or ServiceNetwork`);
    } else {
      const { vpcId, serviceNetworkId } = p.consumer;
      if (!vpcs.has(vpcId)) add(`${at}.consumer.vpcId`, `unknown VPC ${vpcId}`);
      else if (
        !s.serviceNetworkVpcAssociations.some(
          (a) => a.vpcId === vpcId && a.serviceNetworkId === serviceNetworkId,
        )
      )
        add(`${at}.consumer.serviceNetworkId`, `${vpcId} is not associated with ${serviceNetworkId}`);
      else if (!sns.has(serviceNetworkId))
        add(`${at}.consumer.serviceNetworkId`, `${serviceNetworkId} is not associated with ${cfg.id}`);
    }
  });

  const names = new Set<string>();
  s.networkFlowMonitors.forEach((m, i) => {
    const at = `networkFlowMonitors[${i}]`;
    const key = `${m.account}/${m.region}/${m.name}`;
    if (names.has(key)) add(`${at}.name`, `duplicate monitor ${m.name} in ${m.account}/${m.region}`);
    names.add(key);
    if (!s.accounts.some((a) => a.id === m.account)) add(`${at}.account`, `unknown account ${m.account}`);
    if (!s.regions.includes(m.region)) add(`${at}.region`, `region ${m.region} is not in regions`);
    m.localResources.forEach((r, j) => {
      const owner =
        r.type === "AWS::EC2::VPC"
          ? vpcs.get(r.identifier)
          : r.type === "AWS::EC2::Subnet"
            ? subnets.get(r.identifier)
            : undefined;
      if ((r.type === "AWS::EC2::VPC" || r.type === "AWS::EC2::Subnet") && !owner)
        add(`${at}.localResources[${j}].identifier`, `unknown ${r.type} ${r.identifier}`);
      else if (owner && (owner.account !== m.account || owner.region !== m.region))
        add(`${at}.localResources[${j}].identifier`, `${r.identifier} is not in ${m.account}/${m.region}`);
    });
  });
  return problems;
}
