import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`. */
export function normalizeAddress(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

export function isLoopbackAddress(address: string): boolean {
  const a = normalizeAddress(address);
  const family = isIP(a);
  return family !== 0 && loopback.check(a, family === 6 ? "ipv6" : "ipv4");
}

/** A matcher over addresses and CIDRs (IPv4 and IPv6). */
export function addressMatcher(entries: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    const [ip, bits] = entry.split("/") as [string, string | undefined];
    const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return (address) => {
    const a = normalizeAddress(address);
    const family = isIP(a);
    if (family === 0) return false;
    return list.check(a, family === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * Every address a listen host resolves to. `0.0.0.0`, `::` and a machine's own name are not
 * loopback; `127.0.0.1`, `::1` and `localhost` are.
 */
export async function listenAddresses(host: string): Promise<string[]> {
  if (isIP(normalizeAddress(host))) return [normalizeAddress(host)];
  const found = await lookup(host, { all: true });
  return found.map((f) => f.address);
}

export async function listensOnlyOnLoopback(host: string): Promise<boolean> {
  const addresses = await listenAddresses(host);
  return addresses.length > 0 && addresses.every(isLoopbackAddress);
}
