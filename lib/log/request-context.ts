/**
 * Per-request counters (AWS calls, Logs Insights bytes scanned) for the request log line. The
 * AsyncLocalStorage lives on globalThis because our HTTP server and Next's bundles each load their
 * own copy of this module, and the counts must reach the one the server logs from.
 */

import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/lib/process-singleton";

export interface RequestContext {
  id: string;
  awsCalls: number;
  bytesScanned: number;
  /** Report rendering is background work: its Logs Insights queries wait behind interactive views. */
  priority?: "interactive" | "background";
}

function storage(): AsyncLocalStorage<RequestContext> {
  return processSingleton("request-context", () => new AsyncLocalStorage<RequestContext>());
}

export function runWithRequestContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage().run(ctx, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage().getStore();
}

export function countAwsCall(): void {
  const ctx = currentRequestContext();
  if (ctx) ctx.awsCalls += 1;
}

export function addBytesScanned(bytes: number): void {
  const ctx = currentRequestContext();
  if (ctx && Number.isFinite(bytes)) ctx.bytesScanned += bytes;
}
