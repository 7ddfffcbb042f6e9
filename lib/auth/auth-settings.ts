/**
 * What the request interception needs to decide who is asking: the mode (LATTICE_LENS_AUTH),
 * the config file's `auth` section, and the secrets, resolved and checked once per file change.
 * A problem here never falls open: in oidc/proxy mode every request gets 503 naming it.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { configFilePath, DEFAULT_CONFIG_FILE } from "@/lib/config/config-file-path";
import { parseConfig } from "@/lib/config/parse-config";
import type { AuthConfig } from "./auth-config-schema";
import { parseAuthMode } from "./auth-mode";
import type { AuthMode } from "./identity";
import { registerEnvSecrets, registerSecret, resolveSecret } from "./secret-values";

export const SESSION_SECRET_ENV = "LATTICE_LENS_SESSION_SECRET";
const MIN_SESSION_SECRET = 32;

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scopes: string[];
  groupsClaim: string;
  allowHttpIssuer: boolean;
}

export interface AuthSettings {
  mode: AuthMode;
  auth?: AuthConfig;
  oidc?: OidcSettings;
  sessionSecret?: string;
  machineTokens: { name: string; token: string; route: string }[];
  /** Set when the settings cannot be used; requests are refused with it (never served unauthenticated). */
  problem?: string;
}

/** Checks a parsed `auth` section against the mode; returns the usable settings or the first problem. */
export function buildAuthSettings(
  mode: AuthMode,
  auth: AuthConfig | undefined,
  env: NodeJS.ProcessEnv,
): AuthSettings {
  registerEnvSecrets(env);
  const base: AuthSettings = { mode, auth, machineTokens: [] };
  try {
    base.machineTokens = (auth?.machineTokens ?? []).map((t, i) => ({
      name: t.name,
      route: t.route,
      token: resolveSecret(t.token, `auth.machineTokens[${i}].token`, env),
    }));
    const sessionSecret = env[SESSION_SECRET_ENV];
    registerSecret(sessionSecret);
    if (mode === "oidc") {
      const o = auth?.oidc;
      if (!o)
        return {
          ...base,
          problem:
            "LATTICE_LENS_AUTH=oidc needs auth.oidc (issuer, clientId, clientSecret) in the config file",
        };
      if (!auth.viewers && !auth.editors) {
        return {
          ...base,
          problem:
            "LATTICE_LENS_AUTH=oidc needs auth.viewers or auth.editors: who may enter (emails, domains or groups)",
        };
      }
      if (!sessionSecret || sessionSecret.length < MIN_SESSION_SECRET) {
        return {
          ...base,
          problem: `LATTICE_LENS_AUTH=oidc needs ${SESSION_SECRET_ENV} (at least ${MIN_SESSION_SECRET} random characters) to encrypt sessions`,
        };
      }
      const issuer = new URL(o.issuer);
      if (issuer.protocol !== "https:" && !o.allowHttpIssuer) {
        return {
          ...base,
          problem: `auth.oidc.issuer must be https:// (got ${issuer.protocol}//); allowHttpIssuer is for tests only`,
        };
      }
      base.oidc = {
        issuer,
        clientId: o.clientId,
        clientSecret: resolveSecret(o.clientSecret, "auth.oidc.clientSecret", env),
        scopes: o.scopes.includes("openid") ? o.scopes : ["openid", ...o.scopes],
        groupsClaim: o.groupsClaim,
        allowHttpIssuer: o.allowHttpIssuer,
      };
      base.sessionSecret = sessionSecret;
    }
    if (mode === "proxy" && !auth?.proxy) {
      return {
        ...base,
        problem:
          "LATTICE_LENS_AUTH=proxy needs auth.proxy.trustedAddresses (the proxy's addresses) in the config file",
      };
    }
    if (sessionSecret) base.sessionSecret = sessionSecret;
    return base;
  } catch (e) {
    return { ...base, problem: e instanceof Error ? e.message : String(e) };
  }
}

let cache: { key: string; at: number; settings: AuthSettings } | undefined;
const RECHECK_MS = 2000;

/** The settings for this process's environment and config file, re-read when the file changes. */
export async function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): Promise<AuthSettings> {
  let mode: AuthMode;
  try {
    mode = parseAuthMode(env.LATTICE_LENS_AUTH);
  } catch (e) {
    return { mode: "oidc", machineTokens: [], problem: (e as Error).message };
  }
  const file = configFilePath(env.LATTICE_LENS_CONFIG);
  const now = Date.now();
  if (cache && now - cache.at < RECHECK_MS && cache.key.startsWith(`${mode}|${file}|`)) return cache.settings;
  const mtime = await stat(file).then(
    (s) => String(s.mtimeMs),
    () => "none",
  );
  const key = `${mode}|${file}|${mtime}`;
  if (cache?.key === key) {
    cache.at = now;
    return cache.settings;
  }
  let settings: AuthSettings;
  if (mtime === "none") {
    settings = env.LATTICE_LENS_CONFIG
      ? { mode, machineTokens: [], problem: `${env.LATTICE_LENS_CONFIG}: cannot read the config file` }
      : buildAuthSettings(mode, undefined, env);
  } else {
    try {
      const config = parseConfig(await readFile(file, "utf8"), path.basename(file) || DEFAULT_CONFIG_FILE);
      settings = buildAuthSettings(mode, config.auth, env);
    } catch (e) {
      settings = { mode, machineTokens: [], problem: (e as Error).message };
    }
  }
  cache = { key, at: now, settings };
  return settings;
}
