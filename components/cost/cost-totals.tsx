import type { CostResponse } from "@/lib/cost/cost-result";
import { formatUsd } from "@/lib/cost/format-money";

/** The month at a glance; a "+" marks totals that leave out unknown data-processing charges. */
export function CostTotals({ cost }: { cost: CostResponse }) {
  const t = cost.totals;
  const plus = t.includesData ? "" : "+";
  const stats: Array<[string, string, string]> = [
    [
      cost.complete ? "Month total" : "Projected month",
      `${formatUsd(t.projectedMonth)}${plus}`,
      `hourly ${formatUsd(t.hourlyMonth)} + data ${t.dataMonth === null ? "unknown" : formatUsd(t.dataMonth)}`,
    ],
    [
      "So far this month",
      `${formatUsd(t.totalSoFar)}${plus}`,
      `hourly ${formatUsd(t.hourlySoFar)} + data ${t.dataSoFar === null ? "unknown" : formatUsd(t.dataSoFar)}`,
    ],
    ["Hourly charges (month)", formatUsd(t.hourlyMonth), "endpoint-hours and service-network resource-hours"],
    [
      "Data processing (month)",
      t.dataMonth === null ? "unknown" : formatUsd(t.dataMonth),
      t.gbMonth === null ? "no traffic data" : `${t.gbMonth.toFixed(2)} GB`,
    ],
    [
      "Potential saving",
      formatUsd(t.potentialSaving),
      "a month, switching each configuration to its cheapest pattern",
    ],
  ];
  return (
    <div className="stats" data-testid="cost-totals">
      {stats.map(([label, value, sub]) => (
        <div key={label} className="stat" title={sub}>
          <div className="stat-value">{value}</div>
          <div className="stat-label">{label}</div>
          <div className="small muted">{sub}</div>
        </div>
      ))}
    </div>
  );
}
