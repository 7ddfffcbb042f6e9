/** The setup report as plain text, for `npm run doctor`. Pure. */
import type { SetupReport } from "./setup-report";

export function formatSetupText(r: SetupReport): string {
  const out: string[] = [];
  out.push(`Lattice Lens setup check — ${r.generatedAt}`);
  if (r.organization)
    out.push(
      r.organization.error
        ? `AWS Organizations: could not list accounts (${r.organization.error})`
        : `AWS Organizations: ${r.organization.listed} accounts listed`,
    );
  for (const c of r.checks) {
    out.push(
      "",
      `== ${c.accountId}${c.accountName ? ` (${c.accountName})` : ""} · ${c.region} — via ${c.via}`,
    );
    out.push(
      c.identity ? `identity: ${c.identity.arn}` : `identity: FAILED — ${c.identityError ?? "unknown"}`,
    );
    for (const d of c.denied) {
      out.push(`denied: ${d.action}${d.blocking ? " [blocks the core views]" : ""} — ${d.message}`);
      if (d.statement)
        out.push(
          `  granted by statement ${d.statement.sid ?? "(no Sid)"} of iam/lattice-lens-readonly-policy.json`,
        );
    }
    if (!c.gaps.length) out.push("ok: no gaps");
    for (const g of c.gaps) {
      out.push(`${g.blocking ? "BLOCKING" : "gap"}: ${g.title}`);
      out.push(`  ${g.detail}`);
      if (g.resourceIds.length) out.push(`  ids: ${g.resourceIds.join(" ")}`);
      if (g.fix) {
        out.push(`  fix: ${g.fix.summary}`);
        for (const cmd of g.fix.commands) out.push(`    ${cmd.text}`);
        for (const n of g.fix.notes) out.push(`  note: ${n}`);
      }
    }
  }
  out.push(
    "",
    `${r.counts.checks} account × region checks, ${r.counts.gaps} gaps (${r.counts.blocking} blocking), ${r.counts.denied} denied operations.`,
    r.blocking
      ? "Something blocks the core views: fix the BLOCKING items first."
      : "Nothing blocks the core views.",
    "Lattice Lens runs none of these commands: review and run them yourself.",
  );
  return `${out.join("\n")}\n`;
}
