/**
 * The tables of a view, from its API data: one table per list the page shows (a list view's
 * resources, a detail page's consumers and series, the topology's nodes and edges, the findings).
 * Rows are flattened (nested fields as `a.b`, lists of values joined by spaces); numbers stay
 * numbers so a spreadsheet can sum them. Pure.
 */
import { toCsv } from "@/lib/export/to-csv";
import type { ReportView } from "./report-views";

export interface ViewTable {
  name: string;
  header: string[];
  rows: Array<Array<string | number | null>>;
}

type Json = unknown;
type Sources = Record<string, Json>;

const INVENTORY_TABLES: Record<string, string[]> = {
  overview: ["gateways", "resourceConfigurations", "endpoints", "serviceNetworks"],
  gateways: ["gateways"],
  configurations: ["resourceConfigurations"],
  endpoints: ["endpoints"],
  "service-networks": ["serviceNetworks"],
  "service-network": ["serviceNetworks", "associations"],
};

function flatten(value: Json, prefix: string, out: Record<string, string | number | null>): void {
  if (value === null || value === undefined) {
    out[prefix] = null;
  } else if (Array.isArray(value)) {
    out[prefix] = value.every((v) => v === null || typeof v !== "object")
      ? value.join(" ")
      : JSON.stringify(value);
  } else if (typeof value === "object") {
    for (const [k, v] of Object.entries(value as Record<string, Json>))
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof value === "number") {
    out[prefix] = value;
  } else {
    out[prefix] = String(value);
  }
}

export function tableOf(name: string, items: Json[]): ViewTable {
  const flat = items.map((item) => {
    const out: Record<string, string | number | null> = {};
    flatten(item, "", out);
    return out;
  });
  const header: string[] = [];
  const seen = new Set<string>();
  for (const row of flat)
    for (const k of Object.keys(row))
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
  return { name, header, rows: flat.map((r) => header.map((h) => r[h] ?? null)) };
}

function list(body: Json, key: string): Json[] {
  const v = body && typeof body === "object" ? (body as Record<string, Json>)[key] : undefined;
  return Array.isArray(v) ? v : [];
}

function firstWith(sources: Sources, prefix: string): Json {
  return Object.entries(sources).find(([k]) => k.startsWith(prefix))?.[1];
}

/** The view's tables. A service network's page narrows the inventory to that network. */
export function viewTables(view: ReportView, sources: Sources): ViewTable[] {
  const inventoryKeys = INVENTORY_TABLES[view.kind];
  const tables: ViewTable[] = [];
  if (inventoryKeys) {
    const inventory = firstWith(sources, "/api/inventory");
    for (const key of inventoryKeys) {
      let items = list(inventory, key);
      if (view.kind === "service-network")
        items = items.filter((x) => {
          const o = x as { id?: string; serviceNetworkId?: string };
          return o.id === view.id || o.serviceNetworkId === view.id;
        });
      tables.push(tableOf(key, items));
    }
  }
  if (view.kind === "overview" || view.kind === "findings")
    tables.push(tableOf("findings", list(firstWith(sources, "/api/findings"), "findings")));
  if (view.kind === "findings")
    tables.push(tableOf("rules", list(firstWith(sources, "/api/findings"), "rules")));
  if (view.kind === "gateway" || view.kind === "configuration" || view.kind === "endpoint") {
    const traffic = firstWith(sources, `/api/${view.kind}s/`);
    tables.push(tableOf("consumers", list(traffic, "consumers")), tableOf("series", list(traffic, "series")));
  }
  if (view.kind === "topology") {
    const graph = firstWith(sources, "/api/topology");
    tables.push(tableOf("nodes", list(graph, "nodes")), tableOf("edges", list(graph, "edges")));
  }
  return tables;
}

/** Through the one CSV writer with the spreadsheet-formula guard. */
export function tableCsv(t: ViewTable): string {
  return toCsv([t.header, ...t.rows]);
}
