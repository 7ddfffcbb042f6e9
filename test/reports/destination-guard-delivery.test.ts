/**
 * Report destinations refuse the instance metadata service, link-local and (unless allowed)
 * loopback — for SMTP as for webhooks — and connect to the address they checked. Names under
 * `.test` resolve nowhere, so a delivery to one succeeds only by the pinned, checked address.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DestinationRefused } from "@/lib/http/destination-guard";
import { type DeliveryContext, type DeliveryMessage, deliver } from "@/lib/reports/deliver";
import type { ReportDestination } from "@/lib/reports/report-definition";
import { reportsConfigSchema } from "@/lib/reports/reports-config-schema";
import { startHttp, startSmtp, startWebhookReceiver, tempDataDir } from "./report-harness";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
let redirecting: Awaited<ReturnType<typeof startHttp>>;
const port = (url: string) => new URL(url).port;

beforeAll(async () => {
  [smtp, hook, redirecting] = await Promise.all([
    startSmtp(),
    startWebhookReceiver(),
    startHttp((_req, _body, res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([smtp.close(), hook.close(), redirecting.close()]);
});
beforeEach(() => {
  hook.received.length = 0;
  smtp.messages.length = 0;
});

const message: DeliveryMessage = {
  reportName: "Guarded",
  subject: "Guarded · 2026-12-03",
  reportUrl: "https://lens.example.com/reports?report=rpt-1",
  files: [],
  payload: { event: "report.delivered" },
  folderName: "guarded",
  idempotencyKey: "run-1:dest",
};

function context(
  over: { smtpHost?: string; hookUrl?: string; allowLoopback?: boolean },
  answers: Record<string, string[][]> = {},
): DeliveryContext & { lookups: string[] } {
  const lookups: string[] = [];
  const config = reportsConfigSchema.parse({
    smtp: { host: over.smtpHost ?? "127.0.0.1", port: smtp.port, from: "lens@example.com" },
    webhooks: { chat: { url: over.hookUrl ?? hook.url } },
    allowLoopbackDestinations: over.allowLoopback ?? false,
  });
  return {
    config,
    dataDir: tempDataDir(),
    lookups,
    // Each lookup of a name takes its next answer: the second is what a rebinding server would say.
    resolve: async (host) => {
      lookups.push(host);
      const queue = answers[host];
      if (!queue?.length) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
      return queue.length > 1 ? queue.shift()! : queue[0]!;
    },
  };
}

const webhook: ReportDestination = { kind: "webhook", name: "chat" };
const email: ReportDestination = { kind: "email", to: ["netops@example.com"] };

describe("webhook destinations", () => {
  it("connect to the checked address: one lookup, however DNS would answer next", async () => {
    const ctx = context(
      { hookUrl: `http://hooks.chat.test:${port(hook.url)}/T0/secret`, allowLoopback: true },
      {
        "hooks.chat.test": [["127.0.0.1"], ["169.254.169.254"]],
      },
    );
    await expect(deliver(webhook, message, ctx)).resolves.toBe("posted (HTTP 200)");
    expect(ctx.lookups).toEqual(["hooks.chat.test"]);
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.headers.host).toBe(`hooks.chat.test:${port(hook.url)}`);
    expect(hook.received[0]!.headers["idempotency-key"]).toBe("run-1:dest");
  });

  it.each([
    ["the metadata service", "http://169.254.169.254/latest/meta-data/", {}, /instance metadata service/],
    [
      "a name for the IPv6 metadata address",
      "http://imds.test/",
      { "imds.test": [["fd00:ec2::254"]] },
      /instance metadata/,
    ],
    ["link-local", "http://[fe80::1]/hook", {}, /link-local/],
    [
      "a name with one bad address among good",
      "http://mixed.test/",
      { "mixed.test": [["10.0.0.8", "169.254.10.1"]] },
      /link-local/,
    ],
    ["loopback not allowed", "http://127.0.0.1:1/", {}, /loopback/],
    ["a scheme other than http(s)", "file:///etc/passwd", {}, /scheme file:/],
  ])("refuse %s, without a request", async (_what, url, answers, why) => {
    const error = await deliver(
      webhook,
      message,
      context({ hookUrl: url }, answers as Record<string, string[][]>),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DestinationRefused);
    expect((error as Error).message).toMatch(why);
    expect(hook.received).toHaveLength(0);
  });

  it("do not follow a redirect: its target was never checked", async () => {
    const ctx = context({ hookUrl: `${redirecting.url}/hook`, allowLoopback: true });
    await expect(deliver(webhook, message, ctx)).rejects.toThrow(
      /HTTP 302 \(a redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/, not followed\)/,
    );
  });
});

describe("SMTP destinations", () => {
  it("deliver through a relay name to the address that was checked", async () => {
    const ctx = context(
      { smtpHost: "relay.corp.test", allowLoopback: true },
      { "relay.corp.test": [["127.0.0.1"]] },
    );
    await expect(deliver(email, message, ctx)).resolves.toMatch(/^sent to 1 recipient/);
    expect(smtp.messages.map((m) => m.to)).toEqual([["netops@example.com"]]);
  });

  it.each([
    ["the metadata service", "169.254.169.254", {}, /instance metadata service/],
    [
      "a relay name that resolves to link-local",
      "relay.test",
      { "relay.test": [["169.254.3.3"]] },
      /link-local/,
    ],
    [
      "a relay name with one metadata address",
      "relay2.test",
      { "relay2.test": [["10.0.0.25", "fd00:ec2::254"]] },
      /instance metadata/,
    ],
    ["loopback not allowed", "127.0.0.1", {}, /loopback/],
    ["::1 not allowed", "::1", {}, /loopback/],
  ])("refuse %s, without connecting", async (_what, host, answers, why) => {
    const ctx = context({ smtpHost: host }, answers as Record<string, string[][]>);
    await expect(deliver(email, message, ctx)).rejects.toThrow(why);
    expect(smtp.messages).toHaveLength(0);
  });
});
