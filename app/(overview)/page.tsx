import { Suspense } from "react";
import { TopConfigurations } from "@/components/traffic/top-configurations";
import { AttentionPanel } from "@/components/ui/attention-panel";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { Section } from "@/components/ui/section";
import { WarningsPanel } from "@/components/ui/warnings-panel";
import { countsBy, type KindCounts } from "@/lib/inventory/counts-by";
import { unhealthyResources } from "@/lib/inventory/unhealthy-resources";
import { loadInventory } from "../_lib/load-inventory";
import { loadEstateTraffic, resourceNames } from "../_lib/load-traffic";

export const dynamic = "force-dynamic";

const kinds: Array<{ key: keyof KindCounts; label: string; short: string; href?: string }> = [
  { key: "gateways", label: "Resource gateways", short: "Gateways", href: "/gateways" },
  { key: "configurations", label: "Resource configurations", short: "Configs", href: "/configurations" },
  { key: "endpoints", label: "VPC endpoints", short: "Endpoints", href: "/endpoints" },
  { key: "serviceNetworks", label: "Service networks", short: "Networks", href: "/service-networks" },
  { key: "associations", label: "Associations", short: "Assocs" },
];

function CountCells({ c }: { c: KindCounts }) {
  return (
    <>
      {kinds.map((k) => (
        <td key={k.key} className={`n${c[k.key] === 0 ? " dim" : ""}`}>
          {c[k.key]}
        </td>
      ))}
    </>
  );
}

function CountHeaders({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {kinds.map((k) => (
          <th key={k.key} scope="col" className="n">
            <abbr title={k.label}>{k.short}</abbr>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * The last 24 h's top configurations. Fails soft: estate traffic reads logs in every account, and
 * its failure must leave the inventory overview standing with a warning, not an error page.
 */
async function TopTraffic({ names }: { names: Record<string, string> }) {
  const result = await loadEstateTraffic({ from: "now-24h", to: "now" });
  if (!result.ok)
    return (
      <section className="panel panel-warn" role="alert" aria-labelledby="top-traffic-failed">
        <h2 id="top-traffic-failed">Traffic unavailable</h2>
        <p>
          Top configurations by bytes and rejects could not be loaded: {result.error.message}{" "}
          <span className="dim small">
            (<code>{result.error.code}</code>)
          </span>
        </p>
      </section>
    );
  return <TopConfigurations estate={result.data} names={names} />;
}

function TopTrafficSkeleton() {
  return (
    <section className="panel" aria-busy="true">
      <h2>Top configurations by bytes and rejects</h2>
      <p className="muted" role="status">
        Querying flow logs and access logs for the last 24 hours…
      </p>
      <div className="skel skel-row" />
      <div className="skel skel-row" />
    </section>
  );
}

export default async function OverviewPage() {
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Overview" error={result.error} />;
  const inv = result.inventory;
  const counts = countsBy(inv);
  return (
    <>
      <PageHead
        title="Overview"
        subtitle={
          <span>
            {counts.byAccount.length} accounts · {counts.byRegion.length} regions watched
          </span>
        }
      />
      <WarningsPanel warnings={inv.warnings} />
      <div className="stats">
        {kinds.map((k) =>
          k.href ? (
            <a key={k.key} className="stat" href={k.href}>
              <div className="stat-value">{counts.total[k.key]}</div>
              <div className="stat-label">{k.label}</div>
            </a>
          ) : (
            <div key={k.key} className="stat">
              <div className="stat-value">{counts.total[k.key]}</div>
              <div className="stat-label">{k.label}</div>
            </div>
          ),
        )}
      </div>
      <AttentionPanel items={unhealthyResources(inv)} accounts={inv.accounts} />
      <Suspense fallback={<TopTrafficSkeleton />}>
        <TopTraffic names={resourceNames(inv)} />
      </Suspense>
      <div className="grid">
        <Section title="By account" count={counts.byAccount.length}>
          <table>
            <CountHeaders first="Account" />
            <tbody>
              {counts.byAccount.map((a) => (
                <tr key={a.accountId}>
                  <th scope="row">
                    <a href={`/configurations?account=${a.accountId}`}>
                      <code>{a.accountId}</code>
                    </a>
                    {a.name && <span className="cell-sub">{a.name}</span>}
                  </th>
                  <CountCells c={a} />
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section title="By region" count={counts.byRegion.length}>
          <table>
            <CountHeaders first="Region" />
            <tbody>
              {counts.byRegion.map((r) => (
                <tr key={r.region}>
                  <th scope="row">
                    <a href={`/configurations?region=${r.region}`}>{r.region}</a>
                  </th>
                  <CountCells c={r} />
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </>
  );
}
