/**
 * `npm start`: the production server. Our own HTTP server in front of Next's handler, so that
 * 1. it listens on 127.0.0.1 unless HOST/HOSTNAME says otherwise, and refuses, in one line, to
 *    listen elsewhere with sign-in off (LATTICE_LENS_AUTH=none) — `none-i-know` overrides, loudly;
 * 2. a broken sign-in configuration stops it at start, not at the first request;
 * 3. the socket's peer address reaches the request interception (trusted proxies, loopback-only
 *    render tokens) in a header no client can forge (lib/auth/peer);
 * 4. every request gets an id and one JSON log line: route, status, duration, AWS calls, bytes scanned.
 *
 * PORT (default 3000), HOST or HOSTNAME (default 127.0.0.1), LATTICE_LENS_AUTH, LATTICE_LENS_CONFIG.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { recordAudit } from "@/lib/audit/audit-log";
import { isAuditedWrite, pendingAudit } from "@/lib/audit/pending-audit";
import { listensOnlyOnLoopback } from "@/lib/auth/addresses";
import { parseAuthMode } from "@/lib/auth/auth-mode";
import { loadAuthSettings } from "@/lib/auth/auth-settings";
import type { Identity } from "@/lib/auth/identity";
import { IDENTITY_HEADER } from "@/lib/auth/identity-header";
import { PEER_HEADER, PEER_KEY_ENV, peerHeaderValue } from "@/lib/auth/peer";
import { logger } from "@/lib/log/logger";
import { type RequestContext, runWithRequestContext } from "@/lib/log/request-context";
import { requestPriority } from "@/lib/reports/renderer-header";

const root = path.resolve(__dirname, "..");
const anonymous: Identity = {
  id: "anonymous",
  name: "not signed in",
  groups: [],
  role: "viewer",
  via: "local",
};

function fail(line: string): never {
  console.error(`[lattice-lens] ${line}`);
  process.exit(1);
}

async function main() {
  const host = process.env.HOST || process.env.HOSTNAME || "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  let mode: ReturnType<typeof parseAuthMode>;
  try {
    mode = parseAuthMode(process.env.LATTICE_LENS_AUTH);
  } catch (e) {
    fail((e as Error).message);
  }
  let loopbackOnly: boolean;
  try {
    loopbackOnly = await listensOnlyOnLoopback(host);
  } catch (e) {
    fail(`cannot resolve the listen address ${host}: ${(e as Error).message}`);
  }
  if (mode === "none" && !loopbackOnly) {
    fail(
      `refusing to listen on ${host} with sign-in off: set LATTICE_LENS_AUTH=oidc or proxy (see README "Sign-in"), HOST=127.0.0.1, or LATTICE_LENS_AUTH=none-i-know to accept the risk`,
    );
  }
  const settings = await loadAuthSettings();
  if ((mode === "oidc" || mode === "proxy") && settings.problem) fail(settings.problem);

  const log = logger();
  if (mode === "none-i-know" && !loopbackOnly) {
    log.warn(
      { host, auth: mode },
      "SIGN-IN IS OFF on a non-loopback address: anyone who reaches this server can use it",
    );
  }

  const peerKey = randomBytes(24).toString("base64url");
  process.env[PEER_KEY_ENV] = peerKey;
  (process.env as Record<string, string>).NODE_ENV = "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: root, hostname: host, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const id = randomUUID();
    // Overwrite whatever the client sent: only this server may say who the peer is.
    req.headers[PEER_HEADER] = peerHeaderValue(peerKey, req.socket.remoteAddress ?? "");
    req.headers["x-request-id"] = id;
    delete req.headers[IDENTITY_HEADER];
    res.setHeader("X-Request-Id", id);
    const ctx: RequestContext = {
      id,
      awsCalls: 0,
      bytesScanned: 0,
      priority: requestPriority(req.headers),
    };
    const route = (req.url ?? "/").split("?")[0];
    res.on("finish", () => {
      const entry = {
        reqId: id,
        method: req.method,
        route,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        awsCalls: ctx.awsCalls,
        bytesScanned: ctx.bytesScanned,
      };
      if (route?.startsWith("/_next/static/") && res.statusCode < 400) log.debug(entry, "request");
      else log.info(entry, "request");
      if (isAuditedWrite(req.method, route ?? "")) {
        const who = pendingAudit().get(id);
        pendingAudit().delete(id);
        try {
          // A write refused before sign-in has no identity: recorded as anonymous.
          recordAudit(who ?? anonymous, `${req.method} ${route}`, res.statusCode);
        } catch (e) {
          log.error({ reqId: id, err: (e as Error).message }, "audit log write failed");
        }
      }
    });
    runWithRequestContext(ctx, () => {
      handle(req, res).catch((e: unknown) => {
        log.error({ reqId: id, err: e }, "unhandled error");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });
  server.listen(port, host, () => {
    log.info({ host, port, auth: mode, loopbackOnly }, `Lattice Lens listening on http://${host}:${port}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
