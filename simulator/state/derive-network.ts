/**
 * The network ACLs and route tables every VPC has, whether or not the scenario lists them.
 *
 * AWS (VPC User Guide, "Network ACLs" and "Route tables"):
 * - every VPC comes with a default network ACL that allows all inbound and outbound IPv4 traffic;
 *   a subnet not associated with a custom ACL is associated with the default one; every ACL ends
 *   with a rule numbered `*` (DescribeNetworkAcls: 32767) that denies what no rule matched;
 * - every VPC has a main route table; a subnet not explicitly associated with a table uses it;
 *   every table holds the local route for the VPC's CIDR (target `local`, origin CreateRouteTable).
 */
import type { Scenario } from "../scenario/schema";
import { hashHex } from "./hash-hex";

type Of<K extends keyof Scenario> = Scenario[K] extends Array<infer T> ? T : never;
type AclEntry = Of<"networkAcls">["entries"][number];
type Route = Of<"routeTables">["routes"][number];

export interface SimNetworkAcl {
  id: string;
  account: string;
  region: string;
  vpcId: string;
  isDefault: boolean;
  subnetIds: string[];
  entries: AclEntry[];
  tags: Record<string, string>;
}

export interface SimRoute extends Route {
  origin: "CreateRouteTable" | "CreateRoute";
}

export interface SimRouteTable {
  id: string;
  account: string;
  region: string;
  vpcId: string;
  main: boolean;
  subnetIds: string[];
  routes: SimRoute[];
  propagatingVgwIds: string[];
  tags: Record<string, string>;
}

/** The `*` rule in both directions, as DescribeNetworkAcls reports it. */
const denyRest: AclEntry[] = [false, true].map((egress) => ({
  ruleNumber: 32767,
  egress,
  protocol: "-1",
  ruleAction: "deny" as const,
  cidrBlock: "0.0.0.0/0",
}));

const allowAll: AclEntry[] = [false, true].map((egress) => ({
  ruleNumber: 100,
  egress,
  protocol: "-1",
  ruleAction: "allow" as const,
  cidrBlock: "0.0.0.0/0",
}));

export function deriveNetworkAcls(s: Scenario): SimNetworkAcl[] {
  const out: SimNetworkAcl[] = s.networkAcls.map((a) => ({
    ...a,
    isDefault: false,
    entries: [...a.entries, ...denyRest],
  }));
  const explicit = new Set(s.networkAcls.flatMap((a) => a.subnetIds));
  for (const vpc of s.vpcs) {
    out.push({
      id: `acl-${hashHex(`default-acl/${vpc.id}`, 17)}`,
      account: vpc.account,
      region: vpc.region,
      vpcId: vpc.id,
      isDefault: true,
      subnetIds: vpc.subnets.map((sub) => sub.id).filter((id) => !explicit.has(id)),
      entries: [...allowAll, ...denyRest],
      tags: {},
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function deriveRouteTables(s: Scenario): SimRouteTable[] {
  const cidrs = new Map(s.vpcs.map((v) => [v.id, v.cidr]));
  const local = (vpcId: string): SimRoute => ({
    destinationCidrBlock: cidrs.get(vpcId) ?? "",
    gatewayId: "local",
    state: "active",
    origin: "CreateRouteTable",
  });
  const out: SimRouteTable[] = s.routeTables.map((t) => ({
    ...t,
    routes: [local(t.vpcId), ...t.routes.map((r) => ({ ...r, origin: "CreateRoute" as const }))],
  }));
  const withMain = new Set(s.routeTables.filter((t) => t.main).map((t) => t.vpcId));
  for (const vpc of s.vpcs) {
    if (withMain.has(vpc.id)) continue;
    out.push({
      id: `rtb-${hashHex(`main-rtb/${vpc.id}`, 17)}`,
      account: vpc.account,
      region: vpc.region,
      vpcId: vpc.id,
      main: true,
      subnetIds: [],
      routes: [local(vpc.id)],
      propagatingVgwIds: [],
      tags: {},
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
