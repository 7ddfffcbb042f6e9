import Link from "next/link";
import type { ConfigurationCost } from "@/lib/cost/cost-result";
import type { CostSortKey } from "@/lib/cost/sort-costs";
import styles from "./cost.module.css";
import { type CostParams, costHref, nextSort } from "./cost-href";
import { Money } from "./money";
import { PatternTags } from "./pattern-tag";

const columns: Array<{ key: CostSortKey; label: string; numeric: boolean; title?: string }> = [
  { key: "name", label: "Configuration", numeric: false },
  { key: "region", label: "Region", numeric: false },
  {
    key: "patterns",
    label: "Patterns",
    numeric: false,
    title: "1: Resource endpoint · 2: service-network endpoint · 3: VPC association",
  },
  { key: "consumers", label: "Consumer VPCs", numeric: true },
  { key: "hourly", label: "Hourly (month)", numeric: true },
  { key: "gb", label: "GB (month)", numeric: true },
  { key: "data", label: "Data (month)", numeric: true },
  { key: "soFar", label: "So far", numeric: true },
  { key: "projected", label: "Projected month", numeric: true },
  { key: "saving", label: "Saving", numeric: true },
  {
    key: "breakEven",
    label: "Break-even VPCs",
    numeric: true,
    title: "Consumer VPCs from which pattern 1 costs more than a service network",
  },
];

/**
 * Every configuration's cost, sortable by every column. Sorting is server-side through links
 * (`sort=` in the URL), so the table works without JavaScript and a sorted view is a bookmark.
 */
export function CostTable({
  rows,
  params,
  selected,
}: {
  rows: ConfigurationCost[];
  params: CostParams;
  selected?: string;
}) {
  const sort = params.sort || "-projected";
  return (
    <div className="table-wrap">
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((c) => {
              const dir = sort === c.key ? "ascending" : sort === `-${c.key}` ? "descending" : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? "n" : undefined}
                  aria-sort={dir}
                  title={c.title}
                >
                  <Link
                    className="sort-btn"
                    href={costHref(params, { sort: nextSort(params.sort, c.key, !c.numeric) })}
                    scroll={false}
                  >
                    {c.label}
                    <span className="sort-ind" aria-hidden="true">
                      {dir === "ascending" ? "▲" : dir === "descending" ? "▼" : ""}
                    </span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id} aria-selected={c.id === selected ? true : undefined} data-config={c.id}>
              <th scope="row">
                <Link href={costHref(params, { config: c.id })} scroll={false}>
                  {c.name}
                </Link>
                <span className="cell-sub mono">{c.id}</span>
              </th>
              <td className="nowrap">{c.region}</td>
              <td>
                <PatternTags patterns={c.patterns} />
              </td>
              <td className="n num">{c.consumers}</td>
              <td className="n">
                <Money
                  value={c.hourlyCharges.projectedMonth}
                  inputs={c.hourlyCharges.lines.map((l) => `${l.resourceId}: ${l.inputs}`).join("\n")}
                />
              </td>
              <td className="n num">
                {c.gb.projectedMonth === null ? (
                  <span className="muted">unknown</span>
                ) : (
                  c.gb.projectedMonth.toFixed(2)
                )}
              </td>
              <td className="n">
                <Money value={c.dataCharges.projectedMonth} inputs={c.dataCharges.inputs} />
              </td>
              <td className="n">
                <Money
                  value={c.totalSoFar}
                  plus={!c.includesData}
                  inputs="hourly charges so far + data charges so far"
                />
              </td>
              <td className="n">
                <strong>
                  <Money
                    value={c.projectedMonth}
                    plus={!c.includesData}
                    inputs={`hourly ${c.hourlyCharges.projectedMonth.toFixed(2)} + data ${c.dataCharges.projectedMonth?.toFixed(2) ?? "unknown"}`}
                  />
                </strong>
              </td>
              <td className="n">
                {c.saving ? (
                  <Money value={c.saving.usdPerMonth} inputs={c.saving.sentence} />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td className="n num" title={c.breakEvenInputs}>
                {c.breakEvenConsumers ?? "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <div className="empty">
          <strong>No configuration has a billed path</strong>
          None is reached by a Resource endpoint or associated with a service network in the watched accounts
          and regions.
        </div>
      )}
    </div>
  );
}
