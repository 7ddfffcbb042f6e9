import { appendFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localIdentity } from "@/lib/auth/identity";
import { auditFile, readAudit, recordAudit } from "./audit-log";

describe("audit log", () => {
  it("records who, what, when and status; reads newest first; skips a torn line", () => {
    const env = {
      LATTICE_LENS_DATA: mkdtempSync(path.join(tmpdir(), "ll-audit-")),
    } as unknown as NodeJS.ProcessEnv;
    const alice = {
      ...localIdentity,
      id: "a",
      email: "alice@corp.example",
      name: "Alice",
      via: "oidc" as const,
    };
    recordAudit(alice, "POST /api/reports", 201, "r-1", env, new Date("2026-12-04T01:00:00Z"));
    recordAudit(alice, "DELETE /api/reports/r-1", 204, "r-1", env, new Date("2026-12-04T02:00:00Z"));
    appendFileSync(auditFile(env), '{"at":"2026-12-04T03:00:00Z","who":');
    const entries = readAudit(10, env);
    expect(entries.map((e) => e.action)).toEqual(["DELETE /api/reports/r-1", "POST /api/reports"]);
    expect(entries[1]).toEqual({
      at: "2026-12-04T01:00:00.000Z",
      who: { id: "a", email: "alice@corp.example", name: "Alice", role: "editor", via: "oidc" },
      action: "POST /api/reports",
      target: "r-1",
      status: 201,
    });
    expect(readAudit(1, env)).toHaveLength(1);
  });
});
