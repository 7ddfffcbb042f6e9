/**
 * POST to a URL over a connection to one address decided beforehand: the name in the URL is
 * still what TLS verifies and what the Host header says, but no second DNS lookup happens, so a
 * name that answered with an allowed address at the check cannot answer with the metadata
 * service (or any refused address) at the connection — DNS rebinding.
 */
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";

export interface PinnedResponse {
  status: number;
  location?: string;
}

export function postPinned(
  url: URL,
  address: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<PinnedResponse> {
  const family = isIP(address);
  if (family === 0) return Promise.reject(new Error(`${address} is not an IP address`));
  const lookup: LookupFunction = (_host, options, callback) => {
    // Node asks with { all: true } when it may try several addresses (happy eyeballs).
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
        { address, family },
      ]);
    else callback(null, address, family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: "POST",
        lookup,
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}
