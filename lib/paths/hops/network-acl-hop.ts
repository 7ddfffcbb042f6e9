import { cidrContainsIp } from "@/lib/findings/ipv4";
import { formatPortInterval, type PortInterval } from "@/lib/findings/port-ranges";
import type { NetworkAcl } from "@/lib/schemas/inventory";
import { createAclEntry } from "../cli-commands";
import { check, type HopContext, makeHop, missing, readOf } from "../hop-context";
import { aclOfSubnet, EPHEMERAL_PORTS, evaluateAcl, freeRuleNumber } from "../network-acl-evaluation";
import type { HopCheck, PathFix } from "../path-types";

const fmt = (p: PortInterval[]) => p.map(formatPortInterval).join(", ");
const host = (ip: string) => (ip.includes(":") ? `${ip}/128` : `${ip}/32`);

/**
 * Hop 5, network ACLs: stateless, so both directions count — the gateway subnets' outbound rules
 * to the resource and inbound rules for the return traffic on ephemeral ports, and the same on the
 * resource's subnet where its ENI is known. Traffic between two ENIs of one subnet crosses no ACL.
 */
export function networkAclHop(ctx: HopContext) {
  const { gateway, resource, index } = ctx;
  const checks: HopCheck[] = [];
  const fixes: PathFix[] = [];
  const evidence: Record<string, string[]> = {};
  if (!gateway)
    return makeHop(
      5,
      "network-acl",
      [
        missing("Network ACLs", "The gateway is not in the inventory.", {
          what: "the gateway",
          source: readOf("ListResourceGateways", ctx.route.config.accountId, ctx.route.config.region),
        }),
      ],
      "",
    );
  const acls = index.inventory.networkAcls;
  const region = gateway.region;
  const source = readOf("DescribeNetworkAcls", gateway.accountId, region);
  if (resource.ips.length === 0) {
    checks.push(
      missing(
        "Gateway subnets",
        "The target's address is not known, so the ACL rules toward it cannot be matched.",
        {
          what: "the target's IP address (no live DNS)",
          source:
            "an ENI holding the target in the gateway VPC (DescribeNetworkInterfaces), or an IP definition",
        },
      ),
    );
    return makeHop(5, "network-acl", checks, "");
  }
  const subnets = gateway.subnetIds.map((id) => ({ id, subnet: index.subnets.get(id) }));
  const resourceSubnets = new Set(resource.interfaces.map((e) => e.subnetId));
  const used: string[] = [];
  const judge = (
    acl: NetworkAcl,
    egress: boolean,
    peer: string,
    ports: PortInterval[],
    label: string,
    why: string,
  ) => {
    const d = evaluateAcl(acl, egress, peer, ports);
    used.push(acl.id);
    if (d.denied.length > 0) {
      const worst = d.denied[0]!;
      checks.push(
        check(
          label,
          "fail",
          `${acl.id} ${egress ? "outbound" : "inbound"} denies TCP ${fmt(d.denied.flatMap((x) => x.ports) as PortInterval[])} ${egress ? "to" : "from"} ${peer} (rule ${worst.ruleNumber === 32767 ? "*" : worst.ruleNumber}): ${why}.`,
        ),
      );
      for (const ports of [worst.ports]) {
        for (const range of ports) {
          const command = createAclEntry(
            region,
            acl.id,
            egress,
            freeRuleNumber(acl, egress, worst.ruleNumber),
            range,
            peer.includes("/") ? peer : host(peer),
          );
          fixes.push({
            description: `Allow ${egress ? "outbound" : "inbound"} TCP ${formatPortInterval(range)} ${egress ? "to" : "from"} ${peer} in ${acl.id} (${why}).`,
            command,
          });
        }
      }
    } else if (d.uncertain.length > 0) {
      checks.push(
        missing(
          label,
          `${acl.id} decides TCP ${fmt(d.uncertain)} with a rule whose CIDR covers only part of ${peer}.`,
          {
            what: "which addresses of the peer range are used",
            source: readOf("DescribeNetworkInterfaces", gateway.accountId, region),
          },
        ),
      );
    } else {
      checks.push(
        check(
          label,
          "pass",
          `${acl.id} allows TCP ${fmt(ports)} ${egress ? "to" : "from"} ${peer} (${why}).`,
        ),
      );
    }
  };

  for (const { id, subnet } of subnets) {
    const acl = aclOfSubnet(acls, id, gateway.vpcId);
    if (!acl) {
      checks.push(
        missing(`Gateway subnet ${id}`, `The network ACL of ${id} is not in the inventory.`, {
          what: "the subnet's network ACL",
          source,
        }),
      );
      continue;
    }
    for (const ip of resource.ips) {
      if (subnet?.cidrBlock && cidrContainsIp(subnet.cidrBlock, ip)) {
        checks.push(
          check(`Gateway subnet ${id}`, "pass", `${ip} is in ${id} itself: no network ACL is crossed.`),
        );
        continue;
      }
      judge(acl, true, ip, ctx.ports, `Gateway subnet ${id} → ${ip}`, "requests to the resource");
      judge(
        acl,
        false,
        ip,
        [EPHEMERAL_PORTS],
        `Gateway subnet ${id} ← ${ip}`,
        "return traffic to the gateway's ephemeral ports",
      );
    }
  }
  for (const subnetId of resourceSubnets) {
    if (gateway.subnetIds.length === 1 && gateway.subnetIds[0] === subnetId) continue;
    const acl = aclOfSubnet(acls, subnetId, gateway.vpcId);
    if (!acl) {
      checks.push(
        missing(`Resource subnet ${subnetId}`, `The network ACL of ${subnetId} is not in the inventory.`, {
          what: "the resource subnet's network ACL",
          source,
        }),
      );
      continue;
    }
    const others = gateway.enis.filter((e) => e.subnetId !== subnetId);
    const peers =
      others.length > 0
        ? others.map((e) => index.subnets.get(e.subnetId)?.cidrBlock ?? host(e.privateIpAddresses[0] ?? ""))
        : gateway.subnetIds
            .filter((s) => s !== subnetId)
            .flatMap((s) => index.subnets.get(s)?.cidrBlock ?? []);
    for (const peer of [...new Set(peers)]) {
      judge(
        acl,
        false,
        peer,
        ctx.ports,
        `Resource subnet ${subnetId} ← ${peer}`,
        "requests from the gateway",
      );
      judge(
        acl,
        true,
        peer,
        [EPHEMERAL_PORTS],
        `Resource subnet ${subnetId} → ${peer}`,
        "replies to the gateway's ephemeral ports",
      );
    }
  }
  evidence.networkAcls = [...new Set(used)];
  evidence.gatewaySubnets = gateway.subnetIds;
  if (resourceSubnets.size > 0) evidence.resourceSubnets = [...resourceSubnets];
  return makeHop(
    5,
    "network-acl",
    checks,
    "The network ACLs allow both directions, including return ephemeral ports.",
    evidence,
    fixes,
  );
}
