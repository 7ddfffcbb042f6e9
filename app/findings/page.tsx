import type { Metadata } from "next";
import Link from "next/link";
import { FindingsBySeverity } from "@/components/findings/findings-by-severity";
import { FindingsFilters } from "@/components/findings/findings-filters";
import { RuleCoveragePanel } from "@/components/findings/rule-coverage-panel";
import { ErrorPanel } from "@/components/ui/error-panel";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { WarningsNote } from "@/components/ui/warnings-note";
import { alarmFindingsOf } from "@/lib/alarms/get-alarms";
import { type Severity, severities } from "@/lib/findings/finding";
import { filterFindings, parseFindingsQuery } from "@/lib/findings/findings-query";
import { findingsResponse } from "@/lib/findings/findings-response";
import { accountNames } from "@/lib/inventory/account-names";
import { loadInventory } from "../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Findings" };

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlParams(params: SearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(key, v);
  }
  return out;
}

export default async function FindingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const parsed = parseFindingsQuery(toUrlParams(await searchParams));
  if (!parsed.ok) {
    return (
      <>
        <PageHead title="Findings" />
        <ErrorPanel title={`Invalid filter: ${parsed.parameter}`} code="bad_request" message={parsed.message}>
          <p className="links">
            <Link className="btn" href="/findings">
              Show all findings
            </Link>
          </p>
        </ErrorPanel>
      </>
    );
  }
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Findings" error={result.error} />;
  const inv = result.inventory;
  const { account, region, severity } = parsed.query;
  // Severity counts ignore the severity filter so the toggles show what each would add.
  const alarms = await alarmFindingsOf(inv);
  const scoped = findingsResponse(
    inv,
    { account, region },
    { extra: alarms.findings, extraWarnings: alarms.warnings },
  );
  const shown = filterFindings(scoped.findings, { severity });
  const counts = Object.fromEntries(
    severities.map((s) => [s, scoped.findings.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const unknown = scoped.findings.filter((f) => f.status === "unknown").length;
  const names = accountNames(inv);
  const rulesNotRun = scoped.rules.filter((r) => r.status === "unknown");

  return (
    <>
      <PageHead
        title="Findings"
        subtitle={
          <span>
            {scoped.findings.length - unknown} failing, {unknown} could not be evaluated
            {rulesNotRun.length > 0 && (
              <>
                {" · "}
                <a href="#rule-coverage">
                  {rulesNotRun.length} check{rulesNotRun.length === 1 ? "" : "s"} not run
                </a>
              </>
            )}{" "}
            ·{" "}
            <span className="muted">
              inventory {new Date(scoped.inventoryGeneratedAt).toISOString().slice(11, 19)} UTC
            </span>{" "}
            <WarningsNote count={scoped.warnings.length} />
          </span>
        }
      />
      <FindingsFilters
        accounts={inv.accounts.map((a) => ({
          value: a.accountId,
          label: names[a.accountId] ? `${a.accountId} (${names[a.accountId]})` : a.accountId,
        }))}
        regions={inv.regions}
        counts={counts}
        shown={shown.length}
      />
      {shown.length === 0 ? (
        <section className="panel empty">
          <strong>{scoped.findings.length === 0 ? "No findings" : "No findings match these filters"}</strong>
          {rulesNotRun.length > 0
            ? `${rulesNotRun.length} check${rulesNotRun.length === 1 ? "" : "s"} could not run: see rule coverage below.`
            : "Every check ran."}
        </section>
      ) : (
        <FindingsBySeverity findings={shown} rules={scoped.rules} />
      )}
      <RuleCoveragePanel rules={scoped.rules} />
    </>
  );
}
