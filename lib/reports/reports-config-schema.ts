/**
 * The `reports` section of the config file: where reports may be delivered. Folders, the SMTP
 * server and webhooks are named here and picked by name in a report, so an editor never types a
 * path or a URL, and secrets (the SMTP password, a webhook URL with its token) stay in this file or
 * in the environment variable it names: never in the database, the API or the UI.
 */
import { z } from "zod";

const destinationName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "a name of lowercase letters, digits, - and _");
const envName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "an environment variable name");

export const smtpConfigSchema = z
  .object({
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(587),
    /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    passwordEnv: envName.optional(),
    from: z.string().min(3),
    /** Attachments above this total are replaced by links (default 10 MB). */
    maxAttachmentBytes: z.number().int().min(0).default(10_000_000),
  })
  .strict();

export const webhookConfigSchema = z
  .object({
    url: z.string().url().optional(),
    urlEnv: envName.optional(),
  })
  .strict()
  .refine((w) => !!w.url !== !!w.urlEnv, "give exactly one of url or urlEnv");

export const reportsConfigSchema = z
  .object({
    /** Absolute base of links that leave the app (mail, chat): https://lens.example.com. */
    publicBaseUrl: z.string().url().optional(),
    folders: z.record(destinationName, z.string().min(1)).default({}),
    smtp: smtpConfigSchema.optional(),
    webhooks: z.record(destinationName, webhookConfigSchema).default({}),
    /** Allow webhooks and SMTP on loopback (a local relay or test receiver); off by default. */
    allowLoopbackDestinations: z.boolean().default(false),
    retries: z
      .object({
        attempts: z.number().int().min(1).max(10).default(3),
        baseSeconds: z.number().min(0).max(3600).default(30),
      })
      .strict()
      .default({ attempts: 3, baseSeconds: 30 }),
  })
  .strict();

export type ReportsConfig = z.infer<typeof reportsConfigSchema>;
export type SmtpConfig = z.infer<typeof smtpConfigSchema>;

/** The folder every data directory has, so the embedded default delivers somewhere. */
export const DATA_FOLDER_DESTINATION = "data-folder";
