import { zoneOverlap, zonesOf } from "@/lib/findings/availability-zones";
import { formatRule } from "@/lib/findings/format-rule";
import { formatPortInterval } from "@/lib/findings/port-ranges";
import { tcpPortCoverage } from "@/lib/findings/sg-port-coverage";
import { addEndpointSubnets, authorizeIngressFromCidr, enableEndpointPrivateDns } from "../cli-commands";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import type { HopCheck, PathFix } from "../path-types";

/**
 * Hop 2, the consumer side: the endpoint shares an AZ with the gateway (Lattice UG, resource
 * gateways: "at least one AZ of the VPC endpoint and the resource gateway must overlap"); the
 * endpoint's or VPC association's security groups admit the consumer's CIDR on the ports; and the
 * name the consumer must use, given private DNS and custom domain settings.
 */
export function endpointHop(ctx: HopContext) {
  const { route, index, gateway, consumer } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  const evidence: Record<string, string | string[] | boolean | number> = {};
  const region = route.endpoint?.region ?? route.vpcAssociation?.region ?? consumer.vpc?.region ?? "";
  const owner = route.endpoint?.accountId ?? route.vpcAssociation?.accountId ?? consumer.accountId;

  // AZ overlap: endpoints only (a VPC association is not placed in subnets).
  if (route.endpoint && gateway) {
    const ez = zonesOf(route.endpoint, index);
    const gz = zonesOf(gateway, index);
    evidence.endpointAzs = ez.names;
    evidence.gatewayAzs = gz.names;
    if (ez.names.length === 0 || gz.names.length === 0) {
      checks.push(
        missing("AZ overlap", "The AZs of the endpoint or the gateway are not known.", {
          what: "subnets of the endpoint and the gateway",
          source: readOf("DescribeSubnets", owner, region),
        }),
      );
    } else {
      const overlap = zoneOverlap(ez, gz);
      if (overlap.common.length > 0) {
        checks.push(
          check(
            "AZ overlap",
            "pass",
            `Shares ${overlap.common.join(", ")} with ${gateway.id} (by AZ ${overlap.by}).`,
          ),
        );
      } else {
        checks.push(
          check(
            "AZ overlap",
            "fail",
            `${route.endpoint.id} is only in ${ez.names.join(", ")}; ${gateway.id} only in ${gz.names.join(", ")}: no AZ in common.`,
          ),
        );
        const candidates = index.inventory.subnets.filter(
          (s) =>
            s.vpcId === route.endpoint?.vpcId &&
            !route.endpoint.subnetIds.includes(s.id) &&
            (gz.ids && s.availabilityZoneId
              ? gz.ids.includes(s.availabilityZoneId)
              : gz.names.includes(s.availabilityZone)),
        );
        fixes.push(
          candidates.length > 0
            ? {
                description: `Add a subnet in one of the gateway's AZs to ${route.endpoint.id}.`,
                command: addEndpointSubnets(region, route.endpoint.id, [candidates[0]!.id]),
              }
            : {
                description: `Create a subnet in ${gz.names.join(" or ")} in ${route.endpoint.vpcId} and add it to ${route.endpoint.id}, or add a subnet in ${ez.names.join(" or ")} to ${gateway.id}.`,
              },
        );
      }
    }
  } else if (route.vpcAssociation) {
    checks.push(check("AZ overlap", "pass", "Not applicable: a VPC association is not placed in subnets."));
  }

  // Security groups that filter the consumer's traffic on this entry.
  const groupIds = route.endpoint?.securityGroupIds ?? route.vpcAssociation?.securityGroupIds;
  const entry = route.endpoint?.id ?? route.vpcAssociation?.id ?? "";
  if (groupIds === undefined) {
    checks.push(
      missing("Security groups", `The security groups of ${entry} were not read.`, {
        what: "the VPC association's security groups",
        source: readOf("GetServiceNetworkVpcAssociation", owner, region),
      }),
    );
  } else if (groupIds.length === 0 && route.vpcAssociation) {
    checks.push(
      check("Security groups", "pass", `${entry} has no security groups: none filter the VPC's traffic.`),
    );
  } else {
    const sgs = groupIds.map((id) => index.securityGroups.get(id));
    const absent = groupIds.filter((_, i) => !sgs[i]);
    evidence.securityGroups = groupIds;
    if (groupIds.length === 0 || absent.length > 0) {
      checks.push(
        missing(
          "Security groups",
          `Security groups ${absent.join(", ") || "(none listed)"} of ${entry} are not in the inventory.`,
          {
            what: "inbound rules of the entry's security groups",
            source: readOf("DescribeSecurityGroups", owner, region),
          },
        ),
      );
    } else if (!ctx.consumerCidr) {
      checks.push(
        missing("Security groups", `The CIDR of ${consumer.vpcId} is not known.`, {
          what: "the consumer VPC's CIDR",
          source: readOf("DescribeVpcs", consumer.accountId, region),
        }),
      );
    } else if (ctx.ports.length === 0) {
      checks.push(
        missing("Security groups", `${route.config.id} has no readable port ranges.`, {
          what: "the configuration's port ranges",
          source: readOf("GetResourceConfiguration", route.config.accountId, route.config.region),
        }),
      );
    } else {
      const rules = sgs.flatMap((sg) => sg?.ingress ?? []);
      evidence.inboundRules = rules.map(formatRule);
      evidence.consumerCidr = ctx.consumerCidr;
      const verdict = tcpPortCoverage(rules, { address: ctx.consumerCidr }, ctx.ports);
      const ports = ctx.ports.map(formatPortInterval).join(", ");
      if (verdict.verdict === "allowed") {
        checks.push(
          check(
            "Security groups",
            "pass",
            `${groupIds.join(", ")} admit ${ctx.consumerCidr} on TCP ${ports}.`,
          ),
        );
      } else if (verdict.verdict === "unknown") {
        checks.push(
          missing(
            "Security groups",
            `${groupIds.join(", ")} admit ${ctx.consumerCidr} only through prefix lists or group references.`,
            {
              what: "prefix-list entries / referenced groups",
              source: readOf("DescribeManagedPrefixLists", owner, region),
            },
          ),
        );
      } else {
        const blocked = verdict.blocked.map(formatPortInterval).join(", ");
        checks.push(
          check(
            "Security groups",
            "fail",
            `${groupIds.join(", ")} on ${entry} do not admit ${ctx.consumerCidr} on TCP ${blocked}.`,
          ),
        );
        fixes.push({
          description: `Allow inbound TCP ${blocked} from ${ctx.consumerCidr} on ${groupIds[0]} (the ${route.endpoint ? "endpoint's" : "VPC association's"} security group).`,
          command: authorizeIngressFromCidr(region, groupIds[0]!, verdict.blocked, ctx.consumerCidr),
        });
      }
    }
  }

  // Which name the consumer must use.
  const custom =
    route.config.customDomainName ??
    (route.config.parentId ? index.configurations.get(route.config.parentId)?.customDomainName : undefined);
  const privateDns = route.endpoint?.privateDnsEnabled ?? route.vpcAssociation?.privateDnsEnabled;
  const names = [
    ...(route.endpoint?.dnsNames ?? []),
    ...(route.snResource?.dnsName ? [route.snResource.dnsName] : []),
  ];
  evidence.privateDnsEnabled = privateDns ?? "unknown";
  if (custom) evidence.customDomainName = custom;
  if (names.length > 0) evidence.dnsNames = names;
  const usable = custom && privateDns ? [custom, ...names] : names;
  const asked = ctx.target.dnsName;
  if (asked && custom && asked === custom.toLowerCase() && privateDns === false) {
    checks.push(
      check(
        "DNS name",
        "fail",
        `${custom} resolves in ${consumer.vpcId} only with private DNS enabled on ${entry}; it is off, so the consumer must use ${names[0] ?? "the endpoint's DNS name"}.`,
      ),
    );
    if (route.endpoint) {
      fixes.push({
        description: `Enable private DNS on ${route.endpoint.id} so ${custom} resolves in the consumer VPC.`,
        command: enableEndpointPrivateDns(region, route.endpoint.id),
      });
    }
  } else {
    checks.push(
      check(
        "DNS name",
        "pass",
        usable.length > 0
          ? `The consumer reaches it as ${usable.join(" or ")}.`
          : "The consumer uses the DNS name Lattice gives this entry (not listed in the inventory).",
      ),
    );
  }
  return makeHop(
    2,
    "endpoint",
    checks,
    `The consumer side admits ${consumer.vpcId} on the configuration's ports.`,
    evidence,
    fixes,
  );
}
