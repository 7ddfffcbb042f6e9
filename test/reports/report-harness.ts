/**
 * Test doubles at the edges of report delivery, all real network servers on loopback: an SMTP
 * server (smtp-server) that keeps every message, a webhook receiver that keeps every POST, and a
 * stand-in for the app's API (the renderer fetches a view's data over HTTP, as from the real app).
 */
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export interface Received {
  body: string;
  headers: IncomingMessage["headers"];
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

export async function startHttp(
  handler: (req: IncomingMessage, body: string, res: ServerResponse) => void | Promise<void>,
) {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => void handler(req, body, res));
  });
  const url = await listen(server);
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** Receives webhooks; `status` and `delayMs` set how it answers. */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const state = { status: 200, delayMs: 0 };
  const http = await startHttp(async (req, body, res) => {
    received.push({ body, headers: req.headers });
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    res.writeHead(state.status, { "content-type": "text/plain" }).end(state.status === 200 ? "ok" : "no");
  });
  return {
    ...http,
    received,
    state,
    json: () => received.map((r) => JSON.parse(r.body) as Record<string, unknown>),
  };
}

export async function startSmtp() {
  const messages: Array<{ to: string[]; raw: string }> = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (c: Buffer) => {
        raw += c.toString("utf8");
      });
      stream.on("end", () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)),
  );
  return { port, messages, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The findings API of a small estate: what the /findings view's CSV and JSON are made of. */
export const findingsBody = {
  findings: [
    {
      id: "f1",
      rule: "gateway-single-az",
      severity: "warning",
      status: "failing",
      title: "=cmd|' /C calc'!A0",
      resources: [{ kind: "gateway", id: "rgw-1" }],
    },
    {
      id: "f2",
      rule: "flow-log-coverage",
      severity: "info",
      status: "failing",
      title: "No flow logs",
      resources: [],
    },
  ],
  rules: [{ id: "gateway-single-az", title: "Gateway in one AZ" }],
  generatedAt: "2026-12-04T00:00:00.000Z",
  warnings: [],
};

export async function startFakeApp(state: { delayMs: number } = { delayMs: 0 }) {
  const http = await startHttp(async (req, _body, res) => {
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    if (req.url?.startsWith("/api/findings")) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(findingsBody));
      return;
    }
    res
      .writeHead(404, { "content-type": "application/json" })
      .end(JSON.stringify({ error: { code: "not_found", message: `no ${req.url}` } }));
  });
  return { ...http, state };
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "lattice-lens-reports-"));
}
