"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { ConfigurationRow } from "@/lib/inventory/table-rows";
import { AccountCell, Badge, Mono, NameCell } from "./cells";
import { DataTable } from "./data-table";
import { healthColumn } from "./health-column";

export function ConfigurationsTable({
  rows,
  accountNames,
}: {
  rows: ConfigurationRow[];
  accountNames: Record<string, string>;
}) {
  const columns: ColumnDef<ConfigurationRow>[] = [
    {
      id: "name",
      header: "Name",
      cell: ({ row: { original: r } }) => (
        <NameCell href={`/configurations/${r.id}`} name={r.name} id={r.id} />
      ),
    },
    { id: "type", header: "Type", cell: ({ row }) => <span className="tag">{row.original.type}</span> },
    healthColumn<ConfigurationRow>((r) => `/configurations/${r.id}`),
    { id: "status", header: "Status", cell: ({ row }) => <Badge status={row.original.status} /> },
    {
      id: "accountId",
      header: "Account",
      cell: ({ row }) => (
        <AccountCell id={row.original.accountId} name={accountNames[row.original.accountId]} />
      ),
    },
    { id: "region", header: "Region", cell: ({ row }) => row.original.region },
    {
      id: "gatewayName",
      header: "Gateway",
      cell: ({ row: { original: r } }) =>
        r.gatewayId ? (
          <Link href={`/gateways/${r.gatewayId}`}>{r.gatewayName || <code>{r.gatewayId}</code>}</Link>
        ) : (
          <span className="dim">—</span>
        ),
    },
    { id: "ports", header: "Ports", cell: ({ row }) => <Mono value={row.original.ports} /> },
    {
      id: "target",
      header: "Target",
      cell: ({ row }) => (
        <span className="wrap-any">
          <Mono value={row.original.target} />
        </span>
      ),
    },
    { id: "consumers", header: "Consumers", cell: ({ row }) => row.original.consumers },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      noun="configurations"
      filters={["account", "region", "type", "status"]}
      accountNames={accountNames}
      numeric={["consumers"]}
    />
  );
}
