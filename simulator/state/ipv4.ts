/** Minimal IPv4/CIDR arithmetic for deterministic address allocation. */

export function ipToInt(ip: string): number {
  const parts = ip.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    throw new Error(`not an IPv4 address: ${ip}`);
  }
  return (((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!) >>> 0;
}

export function intToIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

export interface Cidr {
  base: number;
  prefix: number;
  size: number;
}

export function parseCidr(cidr: string): Cidr {
  const [ip, bits] = cidr.split("/");
  const prefix = Number(bits);
  if (!ip || !Number.isInteger(prefix) || prefix < 0 || prefix > 32)
    throw new Error(`not an IPv4 CIDR: ${cidr}`);
  const size = 2 ** (32 - prefix);
  const base = Math.floor(ipToInt(ip) / size) * size;
  return { base, prefix, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const c = parseCidr(cidr);
  const n = ipToInt(ip);
  return n >= c.base && n < c.base + c.size;
}

export function isIpv4Cidr(value: string): boolean {
  try {
    parseCidr(value);
    return true;
  } catch {
    return false;
  }
}
