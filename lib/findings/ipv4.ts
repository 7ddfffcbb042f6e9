/** Minimal IPv4/CIDR arithmetic for security-group matching (IPv6 is matched only for ::/0 and exact hosts). */

export function parseIpv4(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function isIpv4(ip: string): boolean {
  return parseIpv4(ip) !== undefined;
}

/** [first, last] addresses of an IPv4 CIDR, or undefined when it is not one. */
export function ipv4CidrRange(cidr: string): [number, number] | undefined {
  const [ip, bits] = cidr.split("/");
  const base = ip === undefined ? undefined : parseIpv4(ip);
  const prefix = bits === undefined ? 32 : Number(bits);
  if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const first = Math.floor(base / size) * size;
  return [first, first + size - 1];
}

export function cidrContainsIp(cidr: string, ip: string): boolean {
  const range = ipv4CidrRange(cidr);
  const n = parseIpv4(ip);
  return range !== undefined && n !== undefined && n >= range[0] && n <= range[1];
}

/** True when every address of `inner` is inside `outer`. */
export function cidrContainsCidr(outer: string, inner: string): boolean {
  const o = ipv4CidrRange(outer);
  const i = ipv4CidrRange(inner);
  return o !== undefined && i !== undefined && i[0] >= o[0] && i[1] <= o[1];
}

export function ipv6Matches(cidr: string, ip: string): boolean {
  if (cidr === "::/0") return true;
  return cidr.replace(/\/128$/, "").toLowerCase() === ip.toLowerCase();
}
