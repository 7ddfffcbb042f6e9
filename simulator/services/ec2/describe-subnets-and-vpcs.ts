import { filtersParam, listParam } from "../../protocols/query-params";
import { type CallContext, SimError } from "../../protocols/types";
import type { XmlValue } from "../../protocols/xml";
import { hashHex } from "../../state/hash-hex";
import { parseCidr } from "../../state/ipv4";
import type { Subnet, Vpc } from "../../state/sim-state";
import { applyFilters, tagSet } from "./ec2-filters";
import { ec2Page } from "./ec2-paging";

const nameTags = (name?: string): Record<string, string> => (name ? { Name: name } : {});

interface SubnetRow {
  subnet: Subnet;
  vpc: Vpc;
}

export function describeSubnets(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "SubnetId");
  let rows: SubnetRow[] = ctx.state.scenario.vpcs
    .filter((v) => v.account === ctx.account && v.region === ctx.region)
    .flatMap((vpc) => vpc.subnets.map((subnet) => ({ subnet, vpc })));
  if (ids.length > 0) {
    const missing = ids.find((id) => !rows.some((r) => r.subnet.id === id));
    if (missing)
      throw new SimError("InvalidSubnetID.NotFound", 400, `The subnet ID '${missing}' does not exist`);
    rows = rows.filter((r) => ids.includes(r.subnet.id));
  }
  rows = applyFilters(
    rows,
    filtersParam(params),
    {
      "vpc-id": (r) => r.vpc.id,
      "subnet-id": (r) => r.subnet.id,
      "availability-zone": (r) => r.subnet.az,
      "availability-zone-id": (r) => r.subnet.azId,
      "cidr-block": (r) => r.subnet.cidr,
      "owner-id": (r) => r.vpc.account,
      state: () => "available",
    },
    (r) => nameTags(r.subnet.name),
  );
  const page = ec2Page("DescribeSubnets", params, rows, { min: 5, max: 1000 });
  return {
    subnetSet: page.items.map(({ subnet, vpc }) => {
      const used = ctx.state.enis
        .filter((e) => e.subnetId === subnet.id)
        .reduce((n, e) => n + e.privateIpAddresses.length, 0);
      return {
        subnetId: subnet.id,
        subnetArn: `arn:aws:ec2:${vpc.region}:${vpc.account}:subnet/${subnet.id}`,
        state: "available",
        vpcId: vpc.id,
        ownerId: vpc.account,
        cidrBlock: subnet.cidr,
        ipv6CidrBlockAssociationSet: [],
        availableIpAddressCount: Math.max(0, parseCidr(subnet.cidr).size - 5 - used),
        availabilityZone: subnet.az,
        availabilityZoneId: subnet.azId,
        defaultForAz: false,
        mapPublicIpOnLaunch: false,
        tagSet: tagSet(nameTags(subnet.name)),
      };
    }),
    nextToken: page.nextToken,
  };
}

export function describeVpcs(ctx: CallContext, params: URLSearchParams): Record<string, XmlValue> {
  const ids = listParam(params, "VpcId");
  let vpcs = ctx.state.scenario.vpcs.filter((v) => v.account === ctx.account && v.region === ctx.region);
  if (ids.length > 0) {
    const missing = ids.find((id) => !vpcs.some((v) => v.id === id));
    if (missing) throw new SimError("InvalidVpcID.NotFound", 400, `The vpc ID '${missing}' does not exist`);
    vpcs = vpcs.filter((v) => ids.includes(v.id));
  }
  vpcs = applyFilters(
    vpcs,
    filtersParam(params),
    {
      "vpc-id": (v) => v.id,
      "cidr-block-association.cidr-block": (v) => v.cidr,
      cidr: (v) => v.cidr,
      "owner-id": (v) => v.account,
      state: () => "available",
      "is-default": () => false,
    },
    (v) => nameTags(v.name),
  );
  const page = ec2Page("DescribeVpcs", params, vpcs, { min: 5, max: 1000 });
  return {
    vpcSet: page.items.map((v) => ({
      vpcId: v.id,
      ownerId: v.account,
      state: "available",
      cidrBlock: v.cidr,
      cidrBlockAssociationSet: [
        {
          associationId: `vpc-cidr-assoc-${hashHex(v.id, 17)}`,
          cidrBlock: v.cidr,
          cidrBlockState: { state: "associated" },
        },
      ],
      dhcpOptionsId: `dopt-${hashHex(`dopt/${v.account}/${v.region}`, 17)}`,
      instanceTenancy: "default",
      isDefault: false,
      tagSet: tagSet(nameTags(v.name)),
    })),
    nextToken: page.nextToken,
  };
}
