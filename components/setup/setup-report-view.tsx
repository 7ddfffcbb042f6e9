import type { AccountRegionCheck, SetupGap, SetupReport } from "@/lib/setup/setup-report";
import { CopyButton } from "../ui/copy-button";
import { MonoId } from "../ui/mono-id";
import styles from "./setup.module.css";

function GapItem({ gap }: { gap: SetupGap }) {
  return (
    <li className={styles.gap} data-gap={gap.kind} data-blocking={gap.blocking}>
      <p>
        <span className={`badge ${gap.blocking ? "badge-bad" : "badge-pending"}`}>
          {gap.blocking ? "blocking" : "gap"}
        </span>{" "}
        <strong>{gap.title}</strong>
      </p>
      <p className="small">{gap.detail}</p>
      {gap.resourceIds.length > 0 && (
        <p className={`small ${styles.ids}`}>
          {gap.resourceIds.map((id) => (
            <MonoId key={id} value={id} />
          ))}
        </p>
      )}
      {gap.fix && (
        <div className={styles.fix}>
          <p className="small">{gap.fix.summary}</p>
          {gap.fix.commands.map((c) => (
            <div key={c.text} className={styles.command}>
              <pre data-testid="fix-command">
                <code>{c.text}</code>
              </pre>
              <CopyButton value={c.text} label="Copy command" />
            </div>
          ))}
          {gap.fix.notes.map((n) => (
            <p key={n} className="small muted">
              {n}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}

function CheckSection({ check }: { check: AccountRegionCheck }) {
  const id = `setup-${check.accountId}-${check.region}`;
  return (
    <section className="panel" aria-labelledby={id} data-account={check.accountId} data-region={check.region}>
      <h2 id={id}>
        {check.accountName ?? check.accountId} <span className="muted">· {check.region}</span>{" "}
        <span className="count num">{check.gaps.length}</span>
      </h2>
      <p className="small">
        <code>{check.accountId}</code> via {check.via}. Identity:{" "}
        {check.identity ? (
          <code data-testid="identity">{check.identity.arn}</code>
        ) : (
          <span className="failure">could not be resolved: {check.identityError}</span>
        )}
      </p>
      {check.denied.length > 0 && (
        <table>
          <caption className={styles.caption}>Read operations AWS denied</caption>
          <thead>
            <tr>
              <th scope="col">Operation</th>
              <th scope="col">Error</th>
              <th scope="col">Granted by (iam/lattice-lens-readonly-policy.json)</th>
            </tr>
          </thead>
          <tbody>
            {check.denied.map((d) => (
              <tr key={d.action}>
                <th scope="row">
                  <code>{d.action}</code>
                  {d.blocking && <span className="badge badge-bad cell-sub">blocks the core views</span>}
                </th>
                <td className="small">{d.message}</td>
                <td>
                  {d.statement ? (
                    <details>
                      <summary>
                        <code>{d.statement.sid ?? "statement"}</code>
                      </summary>
                      <pre className="small">
                        <code>{d.statement.json}</code>
                      </pre>
                    </details>
                  ) : (
                    <span className="dim">not in the shipped policy</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {check.gaps.length === 0 ? (
        <p className="muted">No gaps: every source the views read is in place.</p>
      ) : (
        <ul className={styles.gaps}>
          {check.gaps.map((g) => (
            <GapItem key={`${g.kind}-${g.title}`} gap={g} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The setup report: one section per account × region, gaps with the commands that close them. */
export function SetupReportView({ report }: { report: SetupReport }) {
  return (
    <>
      <section className={`panel ${report.blocking ? "panel-error" : ""}`} data-testid="setup-summary">
        <p>
          <strong>
            {report.blocking
              ? `${report.counts.blocking} blocking ${report.counts.blocking === 1 ? "problem" : "problems"}`
              : "Nothing blocks the core views"}
          </strong>{" "}
          · {report.counts.gaps} gaps in {report.counts.checks} account × region checks ·{" "}
          {report.counts.denied} denied operations.
        </p>
        {report.organization && (
          <p className="small">
            AWS Organizations:{" "}
            {report.organization.error
              ? `could not list accounts (${report.organization.error})`
              : `${report.organization.listed} accounts listed`}
          </p>
        )}
        <p className="small muted">
          Lattice Lens is read-only and runs none of these commands: review them, then run them with
          credentials that may write. <code>npm run doctor</code> prints the same report.
        </p>
      </section>
      {report.checks.map((c) => (
        <CheckSection key={`${c.accountId}-${c.region}`} check={c} />
      ))}
    </>
  );
}
