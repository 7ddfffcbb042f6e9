/** The cost table as CSV (one row per configuration, then per consumer path), for spreadsheets. Pure. */
import { type CsvCell, toCsv } from "@/lib/export/to-csv";
import type { CostResponse } from "./cost-result";

const header = [
  "month",
  "row",
  "configuration_id",
  "configuration_name",
  "region",
  "account_id",
  "pattern",
  "path",
  "consumers",
  "hourly_so_far_usd",
  "hourly_projected_usd",
  "gb_so_far",
  "gb_projected",
  "data_so_far_usd",
  "data_projected_usd",
  "total_so_far_usd",
  "projected_month_usd",
  "includes_data",
  "cheapest_patterns",
  "saving_usd_per_month",
  "break_even_consumers",
];

export function costCsv(r: CostResponse): string {
  const rows: CsvCell[][] = [header];
  for (const c of r.configurations) {
    rows.push([
      r.month,
      "configuration",
      c.id,
      c.name,
      c.region,
      c.accountId,
      c.patterns.join(" "),
      "",
      c.consumers,
      c.hourlyCharges.soFar,
      c.hourlyCharges.projectedMonth,
      c.gb.soFar,
      c.gb.projectedMonth,
      c.dataCharges.soFar,
      c.dataCharges.projectedMonth,
      c.totalSoFar,
      c.projectedMonth,
      c.includesData,
      c.cheapest.join(" "),
      c.saving?.usdPerMonth ?? 0,
      c.breakEvenConsumers,
    ]);
    for (const p of c.paths) {
      rows.push([
        r.month,
        "path",
        c.id,
        c.name,
        c.region,
        p.accountId,
        p.pattern,
        p.endpointId ?? p.associationId ?? p.key,
        1,
        p.hourly.soFar,
        p.hourly.projectedMonth,
        p.gb.soFar,
        p.gb.projectedMonth,
        p.data.soFar,
        p.data.projectedMonth,
        p.totalSoFar,
        p.projectedMonth,
        p.data.projectedMonth !== null,
        "",
        "",
        "",
      ]);
    }
  }
  return toCsv(rows);
}
