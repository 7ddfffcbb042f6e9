import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import type { SecurityGroup, SimState } from "../../state/sim-state";
import { applyFilters } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

type Rule = SecurityGroup["ingress"][number];

function permission(rule: Rule, sg: SecurityGroup, state: SimState): XmlValue {
  const allProtocols = rule.protocol === "-1";
  return {
    ipProtocol: rule.protocol,
    fromPort: allProtocols ? undefined : rule.fromPort,
    toPort: allProtocols ? undefined : rule.toPort,
    groups: rule.securityGroupIds.map((id) => ({
      userId: state.securityGroups.get(id)?.account ?? sg.account,
      groupId: id,
      description: rule.description,
    })),
    ipRanges: rule.cidrs.map((cidrIp) => ({ cidrIp, description: rule.description })),
    ipv6Ranges: rule.ipv6Cidrs.map((cidrIpv6) => ({ cidrIpv6, description: rule.description })),
    prefixListIds: rule.prefixListIds.map((prefixListId) => ({
      prefixListId,
      description: rule.description,
    })),
  };
}

function groupItem(sg: SecurityGroup, state: SimState): XmlValue {
  return {
    ownerId: sg.account,
    groupId: sg.id,
    groupName: sg.name,
    groupDescription: sg.description,
    vpcId: sg.vpcId,
    securityGroupArn: `arn:aws:ec2:${sg.region}:${sg.account}:security-group/${sg.id}`,
    ipPermissions: sg.ingress.map((r) => permission(r, sg, state)),
    ipPermissionsEgress: sg.egress.map((r) => permission(r, sg, state)),
    tagSet: [],
  };
}

export function describeSecurityGroups(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "GroupId");
  let items = ctx.state.scenario.securityGroups.filter(
    (g) => g.account === ctx.account && g.region === ctx.region,
  );
  if (ids.length > 0) {
    const missing = ids.find((id) => !items.some((g) => g.id === id));
    if (missing)
      throw new SimError("InvalidGroup.NotFound", 400, `The security group '${missing}' does not exist`);
    items = items.filter((g) => ids.includes(g.id));
  }
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "vpc-id": (g) => g.vpcId,
      "group-id": (g) => g.id,
      "group-name": (g) => g.name,
      "owner-id": (g) => g.account,
      description: (g) => g.description,
    },
    () => ({}),
  );
  const page = ec2Page("DescribeSecurityGroups", params, items, { min: 5, max: 1000 });
  return { securityGroupInfo: page.items.map((g) => groupItem(g, ctx.state)), nextToken: page.nextToken };
}
