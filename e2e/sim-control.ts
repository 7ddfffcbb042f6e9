/** The simulator's control API, for specs that inject faults. */
import type { APIRequestContext } from "@playwright/test";
import { e2eUrls } from "./urls";

export interface SimFault {
  service?: string;
  operation?: string;
  account?: string;
  region?: string;
  accessDenied?: boolean;
  throttleRate?: number;
  errorRate?: number;
  latencyMs?: number;
}

export async function setFaults(request: APIRequestContext, faults: SimFault[]) {
  const res = await request.put(`${e2eUrls.sim}/_sim/faults`, { data: faults });
  if (!res.ok()) throw new Error(`setting simulator faults failed: ${res.status()} ${await res.text()}`);
}

export async function resetSimulator(request: APIRequestContext) {
  const res = await request.post(`${e2eUrls.sim}/_sim/reset`);
  if (!res.ok()) throw new Error(`resetting the simulator failed: ${res.status()}`);
}
