/**
 * The audit log: one JSON line per write (who, what, when, and how it ended) in the data folder,
 * `<LATTICE_LENS_DATA>/audit.jsonl`. Appends are single write calls of one line each, so lines from
 * the server and `npm run scheduler` never interleave; reading tolerates a torn last line.
 */
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Identity } from "@/lib/auth/identity";
import { dataFolder } from "@/lib/auth/render-token";

export interface AuditEntry {
  at: string;
  who: { id: string; email?: string; name: string; role: string; via: string };
  /** `POST /api/reports`, `DELETE /api/reports/r-12`… */
  action: string;
  /** What the write was about (a report id, a name), when known. */
  target?: string;
  status: number;
}

export function auditFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataFolder(env), "audit.jsonl");
}

export function recordAudit(
  identity: Identity,
  action: string,
  status: number,
  target?: string,
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): AuditEntry {
  const entry: AuditEntry = {
    at: now.toISOString(),
    who: {
      id: identity.id,
      email: identity.email,
      name: identity.name,
      role: identity.role,
      via: identity.via,
    },
    action,
    ...(target ? { target } : {}),
    status,
  };
  const file = auditFile(env);
  mkdirSync(path.dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
  return entry;
}

/** The newest entries first, at most `limit`. */
export function readAudit(limit = 100, env: NodeJS.ProcessEnv = process.env): AuditEntry[] {
  let text: string;
  try {
    text = readFileSync(auditFile(env), "utf8");
  } catch {
    return [];
  }
  const out: AuditEntry[] = [];
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0 && out.length < limit; i--) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as AuditEntry);
    } catch {
      // a torn line from a crash mid-append: skip it
    }
  }
  return out;
}
