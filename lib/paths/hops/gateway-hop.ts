import { formatRule } from "@/lib/findings/format-rule";
import { gatewaySecurityGroups } from "@/lib/findings/gateway-security-groups";
import { formatPortInterval } from "@/lib/findings/port-ranges";
import { sourcePortLimit } from "@/lib/findings/rules/source-port-headroom";
import { type Peer, tcpPortCoverage } from "@/lib/findings/sg-port-coverage";
import { authorizeEgressToCidr } from "../cli-commands";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import type { HopCheck, PathFix } from "../path-types";

/**
 * Hop 4, the resource gateway: its state, its ENIs per AZ, its security groups' egress to the
 * resource address and ports (they control outbound traffic: Lattice UG, resource gateways), and
 * source-port headroom (~55,000 connections per gateway IP per destination IP: fact sheet §0.1.6).
 */
export function gatewayHop(ctx: HopContext) {
  const { gateway, route, index, resource } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  const config = route.config;
  if (!gateway) {
    checks.push(
      missing("Gateway", `The resource gateway of ${config.id} is not in the inventory.`, {
        what: "the configuration's resource gateway",
        source: readOf("ListResourceGateways", config.accountId, config.region),
      }),
    );
    return makeHop(4, "gateway", checks, "");
  }
  const region = gateway.region;
  checks.push(
    check(
      "State",
      gateway.status === "ACTIVE" ? "pass" : "fail",
      `${gateway.id} (${gateway.name}) is ${gateway.status}.`,
    ),
  );
  const perAz = new Map<string, number>();
  for (const e of gateway.enis) perAz.set(e.availabilityZone, (perAz.get(e.availabilityZone) ?? 0) + 1);
  const enisText = [...perAz].map(([az, n]) => `${az}: ${n}`).join(", ");
  checks.push(
    gateway.enis.length > 0
      ? check("ENIs per AZ", "pass", `${gateway.enis.length} ENI(s): ${enisText}.`)
      : missing("ENIs per AZ", `No ENIs of ${gateway.id} are in the inventory.`, {
          what: "the gateway's network interfaces (tag VpcLatticeManaged=true)",
          source: readOf("DescribeNetworkInterfaces", gateway.accountId, region),
        }),
  );

  const sgs = gatewaySecurityGroups(gateway, index);
  const rules = sgs.visible.flatMap((sg) => sg.egress);
  if (sgs.visible.length === 0 || sgs.missing.length > 0) {
    checks.push(
      missing(
        "Egress to the resource",
        `Security groups ${sgs.missing.join(", ") || "(none listed)"} of ${gateway.id} are not in the inventory.`,
        {
          what: "the gateway's egress rules",
          source: readOf("DescribeSecurityGroups", gateway.accountId, region),
        },
      ),
    );
  } else if (ctx.ports.length === 0) {
    checks.push(
      missing("Egress to the resource", `${config.id} has no readable port ranges.`, {
        what: "the configuration's port ranges",
        source: readOf("GetResourceConfiguration", config.accountId, config.region),
      }),
    );
  } else {
    const ports = ctx.ports.map(formatPortInterval).join(", ");
    const peers: { label: string; peer: Peer }[] =
      resource.ips.length > 0
        ? resource.ips.map((ip) => ({
            label: ip,
            peer: {
              address: ip,
              securityGroupIds: resource.interfaces.find((e) => e.privateIpAddresses.includes(ip))
                ?.securityGroupIds,
            },
          }))
        : [{ label: "any destination", peer: { any: true } }];
    const results = peers.map((p) => ({ ...p, result: tcpPortCoverage(rules, p.peer, ctx.ports) }));
    const blocked = results.find((r) => r.result.verdict === "blocked");
    const unsure = results.find((r) => r.result.verdict === "unknown");
    if (blocked && blocked.result.verdict === "blocked") {
      const bad = blocked.result.blocked;
      checks.push(
        check(
          "Egress to the resource",
          "fail",
          `Egress of ${sgs.ids.join(", ")} does not allow TCP ${bad.map(formatPortInterval).join(", ")} to ${blocked.label}.`,
        ),
      );
      if (resource.ips.length > 0) {
        fixes.push({
          description: `Allow egress TCP ${bad.map(formatPortInterval).join(", ")} to ${blocked.label} on ${sgs.ids[0]} (the gateway's security group).`,
          command: authorizeEgressToCidr(region, sgs.ids[0]!, bad, `${blocked.label}/32`),
        });
      }
    } else if (resource.ips.length === 0) {
      checks.push(
        missing(
          "Egress to the resource",
          `Egress allows TCP ${ports} to some destination, but the target's address is not known (DNS/ARN target).`,
          {
            what: "the target's IP address (no live DNS)",
            source:
              "an ENI holding the target in the gateway VPC (DescribeNetworkInterfaces), or an IP definition",
          },
        ),
      );
    } else if (unsure) {
      checks.push(
        missing(
          "Egress to the resource",
          `Egress to ${unsure.label} relies on prefix lists or group references.`,
          {
            what: "prefix-list entries / referenced groups",
            source: readOf("DescribeManagedPrefixLists", gateway.accountId, region),
          },
        ),
      );
    } else {
      checks.push(
        check(
          "Egress to the resource",
          "pass",
          `${sgs.ids.join(", ")} allow TCP ${ports} to ${resource.ips.join(", ")}.`,
        ),
      );
    }
  }

  const perEni = gateway.ipAddressType === "IPV6" ? 1 : gateway.ipv4AddressesPerEni;
  if (perEni === undefined) {
    checks.push(
      missing("Source-port headroom", "The gateway's addresses per ENI are not known.", {
        what: "ipv4AddressesPerEni",
        source: readOf("GetResourceGateway", gateway.accountId, region),
      }),
    );
  } else {
    checks.push(
      check(
        "Source-port headroom",
        "pass",
        `${perEni} address(es) per ENI: about ${(perEni * sourcePortLimit).toLocaleString("en-US")} concurrent connections per AZ to one resource IP.`,
      ),
    );
  }
  return makeHop(
    4,
    "gateway",
    checks,
    `${gateway.id} is ACTIVE and its egress allows the resource.`,
    {
      gateway: gateway.id,
      securityGroups: sgs.ids,
      egressRules: rules.map(formatRule),
      enisPerAz: enisText,
      ipv4AddressesPerEni: perEni ?? "unknown",
    },
    fixes,
  );
}
