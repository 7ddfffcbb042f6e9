/**
 * The simulator: one loopback HTTP endpoint for every AWS service the product reads.
 * Per request: identify service/region/account → resolve the operation → count it → apply faults
 * → run it → encode the answer (or the AWS error) in that service's protocol.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { CallStats } from "./control/call-stats";
import { handleControl } from "./control/control-api";
import { SqlEngine } from "./duckdb/sql-engine";
import { FaultEngine } from "./faults/fault-engine";
import { identifyRequest, serviceFromRequest } from "./protocols/request-identity";
import {
  type CallContext,
  type ServiceName,
  SimError,
  type SimRequest,
  type SimResponse,
} from "./protocols/types";
import type { Fault, Scenario } from "./scenario/schema";
import { createServiceRegistry } from "./services/service-registry";
import { resolveAccount } from "./state/resolve-account";
import type { SimRuntime } from "./state/sim-runtime";
import { buildState } from "./state/sim-state";
import { buildS3Sources } from "./traffic/s3-log-sources";
import { S3LogStore } from "./traffic/s3-log-store";
import { TrafficModel } from "./traffic/traffic-model";

export interface SimulatorOptions {
  scenario: Scenario;
  /** 0 = a random free port. Default 4566. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The clock; tests pin it. */
  now?: () => Date;
}

export interface RunningSimulator {
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(faults: Fault[]): void;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, r: SimResponse): void {
  // HEAD answers name the size of a body they do not send.
  res.writeHead(r.status, { "content-length": Buffer.byteLength(r.body), ...r.headers });
  res.end(r.body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSimulator(opts: SimulatorOptions): Promise<RunningSimulator> {
  const state = buildState(opts.scenario);
  const now = opts.now ?? (() => new Date());
  const services = createServiceRegistry();
  const faults = new FaultEngine(opts.scenario.faults);
  const stats = new CallStats();
  const traffic = new TrafficModel(state, now().getTime());
  const sql = new SqlEngine();
  // The S3 objects live on disk for DuckDB to read; removed when the server closes.
  const s3Dir = mkdtempSync(path.join(os.tmpdir(), "lattice-sim-s3-"));
  const runtime: SimRuntime = {
    traffic,
    stats,
    queries: new Map(),
    s3: new S3LogStore(buildS3Sources(state, traffic.paths), traffic, sql, s3Dir),
    sql,
    athenaQueries: new Map(),
  };
  const defaultRegion = opts.scenario.regions[0] ?? "us-east-1";
  let requestCounter = 0;

  async function handleAws(req: SimRequest): Promise<SimResponse> {
    requestCounter += 1;
    const requestId = `5ea1ce00-0000-4000-8000-${requestCounter.toString(16).padStart(12, "0")}`;
    const identity = identifyRequest(req, defaultRegion);
    // A scope naming a service we do not serve still gets the closest protocol's error forms.
    const service =
      identity.service in services ? (identity.service as ServiceName) : serviceFromRequest(req);
    const handler = services[service];
    const ctx: CallContext = {
      service,
      region: identity.region,
      account: resolveAccount(state.scenario, identity.accessKeyId),
      accessKeyId: identity.accessKeyId,
      requestId,
      now: now(),
      state,
      runtime,
    };
    try {
      const call = handler.resolve(req);
      stats.record(service, call.operation);
      const decision = faults.decide({
        service,
        operation: call.operation,
        account: ctx.account,
        region: ctx.region,
      });
      if (decision.latencyMs > 0) await sleep(decision.latencyMs);
      if (decision.outcome === "throttle") throw handler.faultErrors.throttle();
      if (decision.outcome === "internal") throw handler.faultErrors.internal();
      if (decision.outcome === "accessDenied") throw handler.faultErrors.accessDenied(ctx.account);
      return await call.run(ctx);
    } catch (e) {
      if (e instanceof SimError) return handler.encodeError(e, requestId);
      console.error("simulator: unexpected error", e);
      return handler.encodeError(handler.faultErrors.internal(), requestId);
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const body = await readBody(req);
      if (url.pathname.startsWith("/_sim/")) {
        send(
          res,
          handleControl(req.method ?? "GET", url.pathname, body, {
            state,
            faults,
            stats,
            initialFaults: opts.scenario.faults,
            traffic: runtime.traffic,
            now: now(),
            query: url.searchParams,
          }),
        );
        return;
      }
      const simReq: SimRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      send(res, await handleAws(simReq));
    })().catch((e: unknown) => {
      console.error("simulator: request failed", e);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 4566, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    setFaults: (f) => faults.set(f),
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
      await sql.close();
      rmSync(s3Dir, { recursive: true, force: true });
    },
  };
}
