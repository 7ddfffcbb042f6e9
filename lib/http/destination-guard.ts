/**
 * Where a report may be delivered (webhook URLs, SMTP hosts): never the instance metadata service
 * (169.254.169.254, and fd00:ec2::254 on Nitro IPv6 — docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html),
 * never link-local, never "this host" (0.0.0.0, ::), and loopback only when the config allows it.
 * Names are resolved and every address checked; callers connect to one of the returned addresses
 * so a DNS answer cannot change between the check and the connection.
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { isLoopbackAddress, normalizeAddress } from "@/lib/auth/addresses";

const forbidden = new BlockList();
forbidden.addSubnet("169.254.0.0", 16, "ipv4"); // link-local, includes the metadata service
forbidden.addSubnet("0.0.0.0", 8, "ipv4"); // "this network"
forbidden.addSubnet("fe80::", 10, "ipv6"); // link-local
forbidden.addAddress("fd00:ec2::254", "ipv6"); // EC2 metadata over IPv6
forbidden.addAddress("::", "ipv6");

export class DestinationRefused extends Error {}

export interface DestinationOptions {
  /** Allow 127.0.0.0/8 and ::1 (a local relay or test receiver); off by default. */
  allowLoopback?: boolean;
  resolve?: (host: string) => Promise<string[]>;
}

const defaultResolve = async (host: string) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Why an address is refused, or undefined if it may be used. */
export function refusedAddress(address: string, allowLoopback = false): string | undefined {
  const a = normalizeAddress(address);
  const family = isIP(a);
  if (family === 0) return `${address} is not an IP address`;
  if (forbidden.check(a, family === 6 ? "ipv6" : "ipv4")) {
    return a === "169.254.169.254" || a === "fd00:ec2::254"
      ? `${a} is the instance metadata service`
      : `${a} is a link-local or unspecified address`;
  }
  if (isLoopbackAddress(a) && !allowLoopback)
    return `${a} is loopback (allow it in the config for a local receiver)`;
  return undefined;
}

/** The addresses to connect to for `host`, every one of them allowed; throws naming the first refused. */
export async function checkDestination(host: string, options: DestinationOptions = {}): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  const addresses = isIP(bare) ? [bare] : await (options.resolve ?? defaultResolve)(bare);
  if (addresses.length === 0) throw new DestinationRefused(`${host} does not resolve`);
  for (const address of addresses) {
    const why = refusedAddress(address, options.allowLoopback);
    if (why) throw new DestinationRefused(`destination ${host} refused: ${why}`);
  }
  return addresses;
}

/** A webhook URL: https (http only to an allowed loopback receiver), no credentials in it beyond what the config gave, host checked. */
export async function checkWebhookUrl(
  raw: string,
  options: DestinationOptions = {},
): Promise<{ url: URL; addresses: string[] }> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DestinationRefused("webhook URL is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new DestinationRefused(`webhook URL scheme ${url.protocol} is not http(s)`);
  const addresses = await checkDestination(url.hostname, options);
  return { url, addresses };
}
