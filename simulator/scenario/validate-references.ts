/**
 * Cross-reference checks the zod schema cannot express: every id a scenario object names must
 * exist (and sit where AWS would require it). Returns `path: problem` lines, empty when valid.
 */
import { deriveEnis } from "../state/derive-enis";
import type { Scenario } from "./schema";
import { validateAlarms } from "./validate-alarms";
import { validateTraffic } from "./validate-traffic";

export function validateReferences(s: Scenario): string[] {
  const problems: string[] = [];
  const add = (path: string, message: string) => problems.push(`${path}: ${message}`);
  const accounts = new Set(s.accounts.map((a) => a.id));
  const regions = new Set(s.regions);
  const vpcs = new Map(s.vpcs.map((v) => [v.id, v]));
  const subnetVpc = new Map<string, string>();
  for (const v of s.vpcs) for (const sub of v.subnets) subnetVpc.set(sub.id, v.id);
  const sgs = new Map(s.securityGroups.map((g) => [g.id, g]));
  const cfgs = new Map(s.resourceConfigurations.map((c) => [c.id, c]));
  const sns = new Set(s.serviceNetworks.map((n) => n.id));
  const svcs = new Set(s.services.map((n) => n.id));
  const logGroups = new Set(s.logGroups.map((g) => `${g.account}/${g.region}/${g.name}`));

  // Sections whose ids must be unique; a duplicate is reported at its index in the section.
  const idSections = [
    "accounts",
    "vpcs",
    "securityGroups",
    "resourceGateways",
    "resourceConfigurations",
    "serviceNetworks",
    "vpcEndpoints",
    "networkInterfaces",
    "networkAcls",
    "routeTables",
  ] as const;
  for (const section of idSections) {
    const seen = new Set<string>();
    (s[section] as ReadonlyArray<{ id: string }>).forEach(({ id }, i) => {
      if (seen.has(id)) add(`${section}[${i}].id`, `duplicate id ${id}`);
      seen.add(id);
    });
  }

  const located: Array<[string, Array<{ account: string; region: string }>]> = [
    ["vpcs", s.vpcs],
    ["securityGroups", s.securityGroups],
    ["networkInterfaces", s.networkInterfaces],
    ["resourceGateways", s.resourceGateways],
    ["resourceConfigurations", s.resourceConfigurations],
    ["serviceNetworks", s.serviceNetworks],
    ["services", s.services],
    ["vpcEndpoints", s.vpcEndpoints],
    ["networkAcls", s.networkAcls],
    ["routeTables", s.routeTables],
    ["logGroups", s.logGroups],
    ["flowLogs", s.flowLogs],
    ["alarms", s.alarms],
    ["compositeAlarms", s.compositeAlarms],
  ];
  for (const [section, items] of located) {
    items.forEach((item, i) => {
      if (!accounts.has(item.account)) add(`${section}[${i}].account`, `unknown account ${item.account}`);
      if (!regions.has(item.region))
        add(`${section}[${i}].region`, `region ${item.region} is not in regions`);
    });
  }

  const checkVpc = (path: string, vpcId: string) => {
    if (!vpcs.has(vpcId)) add(path, `unknown VPC ${vpcId}`);
  };
  const checkSubnets = (path: string, subnetIds: string[], vpcId: string) =>
    subnetIds.forEach((id, j) => {
      if (!subnetVpc.has(id)) add(`${path}[${j}]`, `unknown subnet ${id}`);
      else if (subnetVpc.get(id) !== vpcId) add(`${path}[${j}]`, `subnet ${id} is not in ${vpcId}`);
    });
  const checkGroups = (path: string, groupIds: string[], vpcId?: string) =>
    groupIds.forEach((id, j) => {
      const g = sgs.get(id);
      if (!g) add(`${path}[${j}]`, `unknown security group ${id}`);
      else if (vpcId && g.vpcId !== vpcId) add(`${path}[${j}]`, `security group ${id} is not in ${vpcId}`);
    });

  s.securityGroups.forEach((g, i) => {
    checkVpc(`securityGroups[${i}].vpcId`, g.vpcId);
  });
  s.networkInterfaces.forEach((e, i) => {
    if (!subnetVpc.has(e.subnetId)) add(`networkInterfaces[${i}].subnetId`, `unknown subnet ${e.subnetId}`);
    checkGroups(`networkInterfaces[${i}].securityGroupIds`, e.securityGroupIds);
  });
  s.resourceGateways.forEach((g, i) => {
    const p = `resourceGateways[${i}]`;
    checkVpc(`${p}.vpcId`, g.vpcId);
    checkSubnets(`${p}.subnetIds`, g.subnetIds, g.vpcId);
    checkGroups(`${p}.securityGroupIds`, g.securityGroupIds, g.vpcId);
  });
  const gateways = new Set(s.resourceGateways.map((g) => g.id));
  s.resourceConfigurations.forEach((c, i) => {
    const p = `resourceConfigurations[${i}]`;
    if (c.type === "CHILD") {
      const parent = c.parentId ? cfgs.get(c.parentId) : undefined;
      if (!c.parentId) add(`${p}.parentId`, "a CHILD configuration needs parentId");
      else if (!parent) add(`${p}.parentId`, `unknown resource configuration ${c.parentId}`);
      // ARN configurations (e.g. an RDS cluster) parent their endpoints' CHILD configurations too.
      else if (parent.type !== "GROUP" && parent.type !== "ARN") {
        add(`${p}.parentId`, `parent ${c.parentId} is not a GROUP or ARN configuration`);
      }
    } else if (!c.gatewayId) add(`${p}.gatewayId`, `a ${c.type} configuration needs gatewayId`);
    if (c.gatewayId && !gateways.has(c.gatewayId))
      add(`${p}.gatewayId`, `unknown resource gateway ${c.gatewayId}`);
    c.sharedWith.forEach((a, j) => {
      if (!accounts.has(a)) add(`${p}.sharedWith[${j}]`, `unknown account ${a}`);
    });
  });
  s.serviceNetworks.forEach((n, i) => {
    n.sharedWith.forEach((a, j) => {
      if (!accounts.has(a)) add(`serviceNetworks[${i}].sharedWith[${j}]`, `unknown account ${a}`);
    });
  });
  s.serviceNetworkResourceAssociations.forEach((a, i) => {
    if (!sns.has(a.serviceNetworkId))
      add(
        `serviceNetworkResourceAssociations[${i}].serviceNetworkId`,
        `unknown service network ${a.serviceNetworkId}`,
      );
    if (!cfgs.has(a.resourceConfigurationId)) {
      add(
        `serviceNetworkResourceAssociations[${i}].resourceConfigurationId`,
        `unknown resource configuration ${a.resourceConfigurationId}`,
      );
    }
  });
  s.serviceNetworkVpcAssociations.forEach((a, i) => {
    if (!sns.has(a.serviceNetworkId))
      add(
        `serviceNetworkVpcAssociations[${i}].serviceNetworkId`,
        `unknown service network ${a.serviceNetworkId}`,
      );
    checkVpc(`serviceNetworkVpcAssociations[${i}].vpcId`, a.vpcId);
    checkGroups(`serviceNetworkVpcAssociations[${i}].securityGroupIds`, a.securityGroupIds, a.vpcId);
  });
  s.serviceNetworkServiceAssociations.forEach((a, i) => {
    if (!sns.has(a.serviceNetworkId))
      add(
        `serviceNetworkServiceAssociations[${i}].serviceNetworkId`,
        `unknown service network ${a.serviceNetworkId}`,
      );
    if (!svcs.has(a.serviceId))
      add(`serviceNetworkServiceAssociations[${i}].serviceId`, `unknown service ${a.serviceId}`);
  });
  s.vpcEndpoints.forEach((e, i) => {
    const p = `vpcEndpoints[${i}]`;
    checkVpc(`${p}.vpcId`, e.vpcId);
    checkSubnets(`${p}.subnetIds`, e.subnetIds, e.vpcId);
    checkGroups(`${p}.securityGroupIds`, e.securityGroupIds, e.vpcId);
    if (e.type === "Resource" && !e.resourceConfigurationId)
      add(`${p}.resourceConfigurationId`, "a Resource endpoint needs resourceConfigurationId");
    if (e.resourceConfigurationId && !cfgs.has(e.resourceConfigurationId)) {
      add(`${p}.resourceConfigurationId`, `unknown resource configuration ${e.resourceConfigurationId}`);
    }
    if (e.type === "ServiceNetwork" && !e.serviceNetworkId)
      add(`${p}.serviceNetworkId`, "a ServiceNetwork endpoint needs serviceNetworkId");
    if (e.serviceNetworkId && !sns.has(e.serviceNetworkId))
      add(`${p}.serviceNetworkId`, `unknown service network ${e.serviceNetworkId}`);
  });

  // A subnet is associated with exactly one network ACL and at most one explicit route table.
  const subnetOwners = (section: "networkAcls" | "routeTables") => {
    const seen = new Map<string, string>();
    s[section].forEach((t, i) => {
      checkVpc(`${section}[${i}].vpcId`, t.vpcId);
      checkSubnets(`${section}[${i}].subnetIds`, t.subnetIds, t.vpcId);
      t.subnetIds.forEach((id, j) => {
        const other = seen.get(id);
        if (other)
          add(`${section}[${i}].subnetIds[${j}]`, `subnet ${id} is already associated with ${other}`);
        seen.set(id, t.id);
      });
    });
  };
  subnetOwners("networkAcls");
  subnetOwners("routeTables");
  const mains = new Set<string>();
  s.routeTables.forEach((t, i) => {
    if (!t.main) return;
    if (mains.has(t.vpcId)) add(`routeTables[${i}].main`, `${t.vpcId} already has a main route table`);
    mains.add(t.vpcId);
  });

  s.pathChecks.forEach((c, i) => {
    checkVpc(`pathChecks[${i}].consumer`, c.consumer);
    if (!cfgs.has(c.target)) add(`pathChecks[${i}].target`, `unknown resource configuration ${c.target}`);
  });

  if (problems.length > 0) return problems;
  // Only once the topology is sound: derivation needs valid subnets and may run out of addresses.
  let enis: Set<string>;
  try {
    enis = new Set(deriveEnis(s).map((e) => e.id));
  } catch (e) {
    return [`networkInterfaces: ${(e as Error).message}`];
  }
  s.flowLogs.forEach((f, i) => {
    const known = vpcs.has(f.resourceId) || subnetVpc.has(f.resourceId) || enis.has(f.resourceId);
    if (!known) add(`flowLogs[${i}].resourceId`, `unknown VPC, subnet or ENI ${f.resourceId}`);
    if (f.logGroupName !== undefined && !logGroups.has(`${f.account}/${f.region}/${f.logGroupName}`)) {
      add(`flowLogs[${i}].logGroupName`, `no log group ${f.logGroupName} in ${f.account}/${f.region}`);
    }
  });
  s.accessLogSubscriptions.forEach((a, i) => {
    const owner =
      cfgs.get(a.resourceId) ??
      s.serviceNetworks.find((n) => n.id === a.resourceId) ??
      s.services.find((v) => v.id === a.resourceId);
    if (!owner)
      add(
        `accessLogSubscriptions[${i}].resourceId`,
        `unknown resource configuration, service network or service ${a.resourceId}`,
      );
    else if (
      a.logGroupName !== undefined &&
      !logGroups.has(`${owner.account}/${owner.region}/${a.logGroupName}`)
    ) {
      add(
        `accessLogSubscriptions[${i}].logGroupName`,
        `no log group ${a.logGroupName} in ${owner.account}/${owner.region}`,
      );
    }
  });
  const glueDbs = new Set(s.glueDatabases.map((d) => `${d.account}/${d.region}/${d.name}`));
  s.glueTables.forEach((t, i) => {
    if (!glueDbs.has(`${t.account}/${t.region}/${t.database}`))
      add(`glueTables[${i}].database`, `no Glue database ${t.database} in ${t.account}/${t.region}`);
  });
  problems.push(...validateTraffic(s), ...validateAlarms(s));
  return problems;
}
