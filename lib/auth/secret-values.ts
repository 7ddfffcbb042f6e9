/**
 * Every secret value the server holds (resolved settings, session secret, AWS keys), so the logger
 * can redact them wherever they appear. Kept on globalThis: the custom server and Next's bundles
 * load separate copies of this module in one process, and all of them must see every secret.
 */
import { processSingleton } from "@/lib/process-singleton";
import type { SecretSetting } from "./auth-config-schema";

function values(): Set<string> {
  return processSingleton("secret-values", () => new Set<string>());
}

/** Secrets shorter than this are not redacted by value (they would shred ordinary words). */
const MIN_REDACTED_LENGTH = 8;

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= MIN_REDACTED_LENGTH) values().add(value);
}

export function knownSecrets(): string[] {
  return [...values()];
}

/** The secret's value, from the environment when named there; registered for redaction. */
export function resolveSecret(
  setting: SecretSetting,
  field: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const value = typeof setting === "string" ? setting : env[setting.env];
  if (!value) {
    throw new Error(`${field}: environment variable ${(setting as { env: string }).env} is not set`);
  }
  registerSecret(value);
  return value;
}

/** Environment variables whose values are secret wherever they come from. */
export const SECRET_ENV_VARS = [
  "LATTICE_LENS_SESSION_SECRET",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "SMTP_PASSWORD",
  "LATTICE_LENS_SMTP_PASSWORD",
] as const;

export function registerEnvSecrets(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of SECRET_ENV_VARS) registerSecret(env[name]);
}
