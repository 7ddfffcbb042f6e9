import { CopyButton } from "@/components/ui/copy-button";
import type { PathAnswer as Answer } from "@/lib/paths/path-types";
import { FixList } from "./fix-list";
import styles from "./paths.module.css";
import { RouteDiagram } from "./route-diagram";
import { VerdictBadge } from "./verdict-badge";

export function PathAnswer({ answer }: { answer: Answer }) {
  const commands = answer.fixes.flatMap((f) => (f.command ? [f.command] : []));
  return (
    <>
      <section className={`panel ${styles[answer.verdict]}`} aria-label="Answer">
        <p className={styles.headline} data-verdict={answer.verdict}>
          <VerdictBadge verdict={answer.verdict} /> {answer.headline}
        </p>
        <p className="muted small">
          {answer.consumer.label} → {answer.target.name} ({answer.target.configurationId}, matched by{" "}
          {answer.target.resolvedBy}) · {answer.routes.length} route{answer.routes.length === 1 ? "" : "s"} ·
          traffic window {answer.window.from} – {answer.window.to}
        </p>
        {answer.warnings.length > 0 && (
          <ul className="small">
            {answer.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </section>
      {answer.routes.map((r) => (
        <RouteDiagram key={r.id} route={r} />
      ))}
      <section className="panel" aria-labelledby="path-fixes">
        <h2 id="path-fixes">
          Fixes <span className="count num">{answer.fixes.length}</span>
        </h2>
        {answer.fixes.length === 0 ? (
          <p className="muted">Nothing to fix on the routes checked.</p>
        ) : (
          <>
            <p className="muted small">
              AWS CLI commands with the real ids. Lattice Lens never runs them: review, then run them
              yourself.
              {commands.length > 1 && (
                <>
                  {" "}
                  Copy all <CopyButton value={commands.join("\n")} label="Copy all commands" />
                </>
              )}
            </p>
            <FixList fixes={answer.fixes} />
          </>
        )}
      </section>
    </>
  );
}
