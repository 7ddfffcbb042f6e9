import type { Metadata } from "next";
import Link from "next/link";
import { ChargeBreakdown } from "@/components/cost/charge-breakdown";
import { CostControls } from "@/components/cost/cost-controls";
import type { CostParams } from "@/components/cost/cost-href";
import { CostTable } from "@/components/cost/cost-table";
import { CostTotals } from "@/components/cost/cost-totals";
import { PricesPanel } from "@/components/cost/prices-panel";
import { ProjectedSpendChart } from "@/components/cost/projected-spend-chart";
import { WhatIfPanel } from "@/components/cost/what-if-panel";
import { ErrorPanel } from "@/components/ui/error-panel";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { Section } from "@/components/ui/section";
import { WarningsNote } from "@/components/ui/warnings-note";
import { currentMonth } from "@/lib/cost/billing-month";
import { parseCostQuery } from "@/lib/cost/cost-query";
import { getCost } from "@/lib/cost/get-cost";
import { sortCosts } from "@/lib/cost/sort-costs";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cost" };

type SearchParams = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function CostPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const params: CostParams = {
    month: first(sp.month),
    window: first(sp.window),
    config: first(sp.config),
    sort: first(sp.sort),
  };
  const now = Date.now();
  const qs = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  const parsed = parseCostQuery(qs, now);
  if (!parsed.ok) {
    return (
      <>
        <PageHead title="Cost" />
        <ErrorPanel
          title={`Invalid parameter: ${parsed.parameter}`}
          code="bad_request"
          message={parsed.message}
        >
          <p className="links">
            <Link className="btn" href="/cost">
              This month, last 24 hours
            </Link>
          </p>
        </ErrorPanel>
      </>
    );
  }
  const { query } = parsed;
  let cost: Awaited<ReturnType<typeof getCost>>;
  try {
    cost = await getCost(query, now);
  } catch (e) {
    if (!isAppError(e)) throw e;
    return <InventoryError heading="Cost" error={{ code: e.code, message: e.message }} />;
  }
  const rows = sortCosts(cost.configurations, query.sort);
  const selected = query.config ? cost.configurations.find((c) => c.id === query.config) : undefined;
  // With none chosen, show the biggest saving: the one a FinOps reader came for.
  const focus =
    selected ??
    [...cost.configurations]
      .filter((c) => c.saving)
      .sort(
        (a, b) => (b.saving?.usdPerMonth ?? 0) - (a.saving?.usdPerMonth ?? 0) || a.name.localeCompare(b.name),
      )[0];
  const dataKnown = cost.totals.includesData;

  return (
    <>
      <PageHead
        title="Cost"
        subtitle={
          <span>
            {cost.month} (UTC) ·{" "}
            {cost.complete
              ? "complete month"
              : `projected to ${cost.monthEnd.slice(0, 10)} from the rate over ${query.window.from} → now`}{" "}
            · <span className="muted">USD, prices dated {cost.prices.date}</span>{" "}
            <WarningsNote count={cost.warnings.length} />
          </span>
        }
      />
      <CostControls
        params={params}
        month={cost.month}
        window={query.window.from}
        maxMonth={currentMonth(now)}
      />
      {!dataKnown && (
        <section className="panel panel-warn" role="status" data-testid="data-unknown">
          <h2>Data-processing charges unknown: no traffic data</h2>
          <p>
            The figures below are hourly charges only (marked “+”); data processing is added per GB once
            traffic is read
            {cost.traffic.note ? ` (${cost.traffic.note})` : ""}.
          </p>
        </section>
      )}
      <CostTotals cost={cost} />
      <p className="small muted" data-testid="confidence">
        Confidence: <strong>{cost.confidence.level}</strong> — {cost.confidence.note}
      </p>
      <Section title="Projected spend by configuration" id="chart">
        <ProjectedSpendChart
          dataKnown={dataKnown}
          bars={rows
            .filter((c) => c.projectedMonth > 0)
            .sort((a, b) => b.projectedMonth - a.projectedMonth)
            .map((c) => ({
              name: c.name,
              hourly: c.hourlyCharges.projectedMonth,
              data: c.dataCharges.projectedMonth,
            }))}
        />
      </Section>
      <Section title="Configurations" count={rows.length} id="configurations">
        <CostTable rows={rows} params={params} selected={selected?.id} />
      </Section>
      {query.config && !selected && (
        <section className="panel panel-warn" role="status">
          <h2>No cost for {query.config}</h2>
          <p>
            It has no billed path of its own (no Resource endpoint, no service network), or it is billed with
            its group.
          </p>
        </section>
      )}
      {focus && (
        <Section title={`What if: ${focus.name}`} id="what-if">
          {!selected && (
            <p className="small muted">
              The configuration with the largest saving; choose another in the table.
            </p>
          )}
          <WhatIfPanel cost={focus} traits={cost.patternTraits} />
          <details>
            <summary>Charges and consumer paths of {focus.name}</summary>
            <ChargeBreakdown cost={focus} />
          </details>
        </Section>
      )}
      <Section title="Prices used" id="prices">
        <PricesPanel prices={cost.prices} />
      </Section>
    </>
  );
}
