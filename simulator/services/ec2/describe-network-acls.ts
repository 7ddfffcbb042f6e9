import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import type { SimNetworkAcl } from "../../state/derive-network";
import { hashHex } from "../../state/hash-hex";
import { applyFilters, tagSet } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

const associationId = (acl: SimNetworkAcl, subnetId: string) =>
  `aclassoc-${hashHex(`${acl.id}/${subnetId}`, 17)}`;

/** Element names from the EC2 model (NetworkAcl, NetworkAclEntry, PortRange locationNames). */
function aclItem(acl: SimNetworkAcl): XmlValue {
  return {
    networkAclId: acl.id,
    vpcId: acl.vpcId,
    default: acl.isDefault,
    entrySet: acl.entries.map((e) => ({
      ruleNumber: e.ruleNumber,
      protocol: e.protocol,
      ruleAction: e.ruleAction,
      egress: e.egress,
      cidrBlock: e.cidrBlock,
      ipv6CidrBlock: e.ipv6CidrBlock,
      portRange: e.fromPort !== undefined ? { from: e.fromPort, to: e.toPort ?? e.fromPort } : undefined,
    })),
    associationSet: acl.subnetIds.map((subnetId) => ({
      networkAclAssociationId: associationId(acl, subnetId),
      networkAclId: acl.id,
      subnetId,
    })),
    tagSet: tagSet(acl.tags),
    ownerId: acl.account,
  };
}

/** DescribeNetworkAcls: `NetworkAclId.N`, filters, MaxResults 5–1000 (EC2 model). */
export function describeNetworkAcls(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "NetworkAclId");
  let items = ctx.state.networkAcls.filter((a) => a.account === ctx.account && a.region === ctx.region);
  if (ids.length > 0) {
    const missing = ids.find((id) => !items.some((a) => a.id === id));
    if (missing)
      throw new SimError(
        "InvalidNetworkAclID.NotFound",
        400,
        `The networkAcl ID '${missing}' does not exist`,
      );
    items = items.filter((a) => ids.includes(a.id));
  }
  items = applyFilters(
    items,
    filtersParam(params),
    {
      "vpc-id": (a) => a.vpcId,
      "network-acl-id": (a) => a.id,
      default: (a) => a.isDefault,
      "owner-id": (a) => a.account,
      "association.subnet-id": (a) => a.subnetIds,
      "association.network-acl-id": (a) => (a.subnetIds.length > 0 ? a.id : undefined),
      "association.association-id": (a) => a.subnetIds.map((s) => associationId(a, s)),
      "entry.rule-number": (a) => a.entries.map((e) => String(e.ruleNumber)),
      "entry.rule-action": (a) => a.entries.map((e) => e.ruleAction),
      "entry.egress": (a) => a.entries.map((e) => String(e.egress)),
      "entry.protocol": (a) => a.entries.map((e) => e.protocol),
      "entry.port-range.from": (a) =>
        a.entries.flatMap((e) => (e.fromPort !== undefined ? [String(e.fromPort)] : [])),
      "entry.port-range.to": (a) =>
        a.entries.flatMap((e) => (e.fromPort !== undefined ? [String(e.toPort ?? e.fromPort)] : [])),
      "entry.cidr": (a) => a.entries.flatMap((e) => (e.cidrBlock ? [e.cidrBlock] : [])),
    },
    (a) => a.tags,
  );
  const page = ec2Page("DescribeNetworkAcls", params, items, { min: 5, max: 1000 });
  return { networkAclSet: page.items.map(aclItem), nextToken: page.nextToken };
}
