/**
 * Delivery of a run's files to one destination: a configured folder, email through the configured
 * SMTP server, or a configured webhook. Secrets are read here, from the config file or the
 * environment variable it names, at the moment of sending; nothing of them is stored or returned.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { escapeHtml } from "@/components/charts/options/escape-html";
import { checkDestination, checkWebhookUrl, type DestinationOptions } from "@/lib/http/destination-guard";
import { postPinned } from "@/lib/http/pinned-post";
import type { ReportDestination } from "./report-definition";
import { DATA_FOLDER_DESTINATION, type ReportsConfig, type SmtpConfig } from "./reports-config-schema";
import type { Artifact } from "./run-store";
import { writeFileAtomic } from "./write-artifacts";

export interface DeliveryFile extends Artifact {
  path: string;
  url: string;
}

export interface DeliveryMessage {
  reportName: string;
  /** One line for people: "Monthly cost · 2026-11 (UTC billing month)". */
  subject: string;
  /** Link to the report's runs in the app. */
  reportUrl: string;
  files: DeliveryFile[];
  /** The JSON body a webhook gets beside `text`. */
  payload: Record<string, unknown>;
  /** Folder deliveries go under this subfolder (the report's slug). */
  folderName: string;
  idempotencyKey: string;
}

export interface DeliveryContext {
  config: ReportsConfig | undefined;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
  /** DNS for destination names (tests answer for names no resolver knows). */
  resolve?: DestinationOptions["resolve"];
}

export class DeliveryConfigError extends Error {}

export function folderPath(name: string, ctx: DeliveryContext): string {
  if (name === DATA_FOLDER_DESTINATION && !ctx.config?.folders[name]) return path.join(ctx.dataDir, "outbox");
  const dir = ctx.config?.folders[name];
  if (!dir) throw new DeliveryConfigError(`no folder named ${name} in the config file`);
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), dir);
}

export function webhookUrl(name: string, ctx: DeliveryContext): string {
  const hook = ctx.config?.webhooks[name];
  if (!hook) throw new DeliveryConfigError(`no webhook named ${name} in the config file`);
  const url = hook.url ?? (hook.urlEnv ? (ctx.env ?? process.env)[hook.urlEnv] : undefined);
  if (!url)
    throw new DeliveryConfigError(`webhook ${name}: the environment variable ${hook.urlEnv} is not set`);
  return url;
}

async function smtpTransport(smtp: SmtpConfig, ctx: DeliveryContext) {
  const env = ctx.env ?? process.env;
  const password = smtp.password ?? (smtp.passwordEnv ? env[smtp.passwordEnv] : undefined);
  if (smtp.passwordEnv && !password)
    throw new DeliveryConfigError(`SMTP: the environment variable ${smtp.passwordEnv} is not set`);
  // Connect to the address that was checked, so DNS cannot answer differently afterwards.
  const [address] = await checkDestination(smtp.host, {
    allowLoopback: ctx.config?.allowLoopbackDestinations,
    resolve: ctx.resolve,
  });
  return nodemailer.createTransport({
    host: address,
    tls: { servername: smtp.host },
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: password ?? "" } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

async function deliverEmail(to: string[], m: DeliveryMessage, ctx: DeliveryContext): Promise<string> {
  const smtp = ctx.config?.smtp;
  if (!smtp) throw new DeliveryConfigError("email needs reports.smtp in the config file");
  const total = m.files.reduce((s, f) => s + f.size, 0);
  const attach = total <= smtp.maxAttachmentBytes;
  const lines = [
    m.subject,
    "",
    ...(attach
      ? ["Attached:"]
      : [`The files (${total} bytes) are above the attachment limit; download them:`]),
    ...m.files.map((f) => `- ${f.name} (${f.size} bytes)${attach ? "" : `: ${f.url}`}`),
    "",
    `Runs and history: ${m.reportUrl}`,
  ];
  const e = escapeHtml;
  const html = `<p>${e(m.subject)}</p><ul>${m.files
    .map((f) => `<li>${attach ? e(f.name) : `<a href="${e(f.url)}">${e(f.name)}</a>`} (${f.size} bytes)</li>`)
    .join("")}</ul><p><a href="${e(m.reportUrl)}">Runs and history</a></p>`;
  const transport = await smtpTransport(smtp, ctx);
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to,
      subject: `Lattice Lens: ${m.subject}`,
      text: lines.join("\n"),
      html,
      headers: { "X-Lattice-Lens-Delivery": m.idempotencyKey },
      attachments: attach
        ? m.files.map((f) => ({
            filename: f.name,
            content: readFileSync(f.path),
            contentType: f.contentType,
          }))
        : [],
    });
    return `sent to ${to.length} recipient${to.length === 1 ? "" : "s"}${attach ? ` with ${m.files.length} attachments` : " with links"} (${info.messageId})`;
  } finally {
    transport.close();
  }
}

export async function postWebhook(
  url: string,
  body: Record<string, unknown>,
  idempotencyKey: string,
  options: DestinationOptions = {},
): Promise<string> {
  const checked = await checkWebhookUrl(url, options);
  // Connect to the address that was checked, so DNS cannot answer differently afterwards.
  const res = await postPinned(
    checked.url,
    checked.addresses[0]!,
    JSON.stringify(body),
    { "content-type": "application/json", "idempotency-key": idempotencyKey },
    20_000,
  );
  // A redirect is not followed: its target was never checked.
  if (res.status >= 300 && res.status < 400)
    throw new Error(
      `webhook answered HTTP ${res.status} (a redirect${res.location ? ` to ${res.location}` : ""}, not followed)`,
    );
  if (res.status < 200 || res.status >= 300) throw new Error(`webhook answered HTTP ${res.status}`);
  return `posted (HTTP ${res.status})`;
}

function webhookText(m: DeliveryMessage): string {
  const links = m.files.map((f) => `<${f.url}|${f.name}>`).join(" · ");
  return `*${m.subject}*\n${links}\n<${m.reportUrl}|Runs and history>`;
}

function deliverFolder(name: string, m: DeliveryMessage, ctx: DeliveryContext): string {
  const dir = path.join(folderPath(name, ctx), m.folderName);
  // Same names each time: a repeated delivery replaces its files and never adds copies.
  for (const f of m.files) writeFileAtomic(path.join(dir, f.name), readFileSync(f.path));
  return `${m.files.length} files in ${name}/${m.folderName}`;
}

export async function deliver(
  d: ReportDestination,
  m: DeliveryMessage,
  ctx: DeliveryContext,
): Promise<string> {
  if (d.kind === "folder") return deliverFolder(d.name, m, ctx);
  if (d.kind === "email") return deliverEmail(d.to, m, ctx);
  return postWebhook(webhookUrl(d.name, ctx), { text: webhookText(m), ...m.payload }, m.idempotencyKey, {
    allowLoopback: ctx.config?.allowLoopbackDestinations,
    resolve: ctx.resolve,
  });
}
