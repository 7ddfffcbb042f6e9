/**
 * Structured JSON logs (pino) on stdout. Credentials, cookies and tokens are redacted by field;
 * every secret value the server knows (lib/auth/secret-values) and AWS access key ids are also
 * scrubbed from the finished line, wherever they appear (an error message, a URL).
 */

import pino from "pino";
import { knownSecrets } from "@/lib/auth/secret-values";
import { processSingleton } from "@/lib/process-singleton";

const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-amzn-oidc-data"]',
  'req.headers["x-amzn-oidc-accesstoken"]',
  'req.headers["x-forwarded-access-token"]',
  'req.headers["x-lattice-lens-render-token"]',
  'req.headers["x-lattice-lens-peer"]',
  'res.headers["set-cookie"]',
  "headers.authorization",
  "headers.cookie",
  "*.password",
  "*.secret",
  "*.clientSecret",
  "*.token",
  "*.accessKeyId",
  "*.secretAccessKey",
  "*.sessionToken",
];

const ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g;

export function scrubSecrets(line: string, secrets: readonly string[] = knownSecrets()): string {
  let out = line;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join("[redacted]");
  return out.replace(ACCESS_KEY_ID, "[redacted-key-id]");
}

export function makeLogger(destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      base: { service: "lattice-lens" },
      level: process.env.LATTICE_LENS_LOG_LEVEL ?? "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      hooks: { streamWrite: (s) => scrubSecrets(s) },
    },
    destination,
  );
}

/** One logger per process. */
export function logger(): pino.Logger {
  return processSingleton("logger", makeLogger);
}
