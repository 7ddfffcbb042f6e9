import type { CostResponse } from "@/lib/cost/cost-result";
import { formatRate } from "@/lib/cost/format-money";
import type { DataPrice, HourlyPrice } from "@/lib/cost/price-table";
import styles from "./cost.module.css";

function isData(p: HourlyPrice | DataPrice): p is DataPrice {
  return p.unit === "GB";
}

function describePrice(p: HourlyPrice | DataPrice): string {
  if (isData(p)) {
    let lower = 0;
    return p.tiers
      .map((t) => {
        const s =
          t.upToGb === null
            ? `${formatRate(t.usd)}/GB beyond ${(lower / 1_048_576).toLocaleString("en-US")} PB`
            : `${formatRate(t.usd)}/GB ${lower === 0 ? "first" : "next"} ${((t.upToGb - lower) / 1_048_576).toLocaleString("en-US")} PB`;
        lower = t.upToGb ?? lower;
        return s;
      })
      .join(", ");
  }
  return `${formatRate(p.usd)}/h${p.basis ? ` per ${p.basis === "endpoint-az" ? "endpoint-AZ" : "endpoint"}` : ""}`;
}

type RegionPrices = CostResponse["prices"]["regions"][number];

/** Regions priced alike share one table: most estates override nothing, and one table reads faster. */
function groupRegions(regions: RegionPrices[]): Array<{ names: string[]; prices: RegionPrices }> {
  const groups = new Map<string, { names: string[]; prices: RegionPrices }>();
  for (const r of regions) {
    const key = JSON.stringify([r.overridden, r.entries]);
    const g = groups.get(key);
    if (g) g.names.push(r.region);
    else groups.set(key, { names: [r.region], prices: r });
  }
  return [...groups.values()];
}

/** The prices this view used, per region, with their sources; unconfirmed ones are marked. */
export function PricesPanel({ prices }: { prices: CostResponse["prices"] }) {
  return (
    <div data-testid="prices">
      <p className="small muted">
        {prices.currency}, table dated {prices.date}. {prices.note} 1 GB ={" "}
        {prices.gigabyteBytes.toLocaleString("en-US")} bytes; 1 PB = 1,048,576 GB.
      </p>
      {groupRegions(prices.regions).map(({ names, prices: r }) => (
        <div key={names.join()} className={`table-wrap ${styles.priceTable}`}>
          <table>
            <caption className={styles.caption}>
              {names.join(", ")}
              {r.overridden && (
                <span className={`badge badge-neutral ${styles.badgeGap}`}>
                  overridden in the config file
                </span>
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Price</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {r.entries.map(({ key, price }) => (
                <tr key={key}>
                  <th scope="row">{price.label}</th>
                  <td className="num nowrap">{describePrice(price)}</td>
                  <td className="small">
                    {price.source} <span className="muted">({price.date})</span>
                  </td>
                  <td>
                    {price.confirmed ? (
                      <span className="badge badge-ok">confirmed</span>
                    ) : (
                      <span
                        className="badge badge-pending"
                        title="Not checked against AWS's rate card for this region"
                      >
                        unconfirmed
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
