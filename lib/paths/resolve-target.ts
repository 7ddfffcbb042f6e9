/**
 * The configuration a consumer means: an id or ARN, or the DNS name / IP address it uses, matched
 * against what the inventory knows (definitions, custom domain names, the service network's DNS
 * names for the configuration, the target ENI's addresses). No live DNS lookups.
 */
import { isIPv6 } from "node:net";
import type { InventoryIndex } from "@/lib/findings/inventory-index";
import { isIpv4 } from "@/lib/findings/ipv4";
import type { ResourceConfiguration } from "@/lib/schemas/inventory";
import { PathInputError } from "./resolve-consumer";

export interface Target {
  input: string;
  config: ResourceConfiguration;
  resolvedBy: string;
  /** The name the consumer gave, when it gave a DNS name (decides the private-DNS check). */
  dnsName?: string;
}

const lower = (s: string | undefined) => s?.toLowerCase().replace(/\.$/, "");

/**
 * One spelling per address, so `2001:DB8:0:0::1` finds a configuration recorded as `2001:db8::1`.
 * The URL parser's host serialisation is the RFC 5952 canonical (compressed, lower-case) form.
 */
export function canonicalAddress(s: string | undefined): string | undefined {
  const raw = s?.trim().replace(/^\[|\]$/g, "");
  if (!raw) return undefined;
  if (!isIPv6(raw)) return raw.toLowerCase();
  return new URL(`http://[${raw}]/`).hostname.replace(/^\[|\]$/g, "");
}

export function resolveTarget(index: InventoryIndex, input: string): Target {
  const raw = input.trim();
  if (!raw)
    throw new PathInputError(
      "target",
      "target is required: a configuration id (rcfg-…), ARN, DNS name or IP.",
    );
  const id = raw.startsWith("arn:") ? (raw.split("/").pop() ?? "") : raw;
  if (/^rcfg-[0-9a-z]+$/.test(id)) {
    const config = index.configurations.get(id);
    if (!config) throw new PathInputError("target", `No resource configuration ${id} in the inventory.`);
    return { input: raw, config, resolvedBy: "configuration id" };
  }
  const name = lower(raw);
  const configs = index.inventory.resourceConfigurations;
  const matches: { config: ResourceConfiguration; how: string }[] = [];
  const ip = isIpv4(raw) || isIPv6(raw.replace(/^\[|\]$/g, ""));
  const address = canonicalAddress(raw);
  for (const c of configs) {
    const def = c.definition;
    if (ip && def?.kind === "ip" && canonicalAddress(def.ipAddress) === address)
      matches.push({ config: c, how: "IP definition" });
    else if (
      ip &&
      (c.resourceEnis ?? []).some((e) =>
        [...e.privateIpAddresses, ...(e.ipv6Addresses ?? [])].map(canonicalAddress).includes(address),
      )
    )
      matches.push({ config: c, how: "the target ENI's address" });
    else if (!ip && def?.kind === "dns" && lower(def.domainName) === name)
      matches.push({ config: c, how: "DNS definition" });
    else if (!ip && lower(c.customDomainName) === name)
      matches.push({ config: c, how: "custom domain name" });
  }
  if (!ip) {
    // A resource endpoint's own DNS names lead to its one configuration.
    for (const e of index.inventory.endpoints) {
      if (e.type !== "Resource" || !e.resourceConfigurationId) continue;
      if (!(e.dnsNames ?? []).some((d) => lower(d) === name)) continue;
      const config = index.configurations.get(e.resourceConfigurationId);
      if (config) matches.push({ config, how: `DNS name of endpoint ${e.id}` });
    }
    for (const a of index.inventory.associations) {
      if (a.kind !== "sn-resource" || lower(a.dnsName) !== name) continue;
      const config = index.configurations.get(a.resourceConfigurationId);
      if (config) matches.push({ config, how: `DNS name of association ${a.id}` });
    }
  }
  const unique = [...new Map(matches.map((m) => [m.config.id, m])).values()];
  if (unique.length === 0)
    throw new PathInputError(
      "target",
      `No configuration in the inventory uses ${raw} (no live DNS lookups are made).`,
    );
  if (unique.length > 1)
    throw new PathInputError(
      "target",
      `${raw} matches several configurations (${unique.map((m) => m.config.id).join(", ")}): give the configuration id.`,
    );
  const [only] = unique;
  return { input: raw, config: only!.config, resolvedBy: only!.how, dnsName: ip ? undefined : name };
}
