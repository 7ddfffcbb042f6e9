"use client";

import type { ColumnDef } from "@tanstack/react-table";
import type { GatewayRow } from "@/lib/inventory/table-rows";
import { AccountCell, Badge, Mono, NameCell } from "./cells";
import { DataTable } from "./data-table";
import { healthColumn } from "./health-column";

export function GatewaysTable({
  rows,
  accountNames,
}: {
  rows: GatewayRow[];
  accountNames: Record<string, string>;
}) {
  const columns: ColumnDef<GatewayRow>[] = [
    {
      id: "name",
      header: "Name",
      cell: ({ row: { original: r } }) => <NameCell href={`/gateways/${r.id}`} name={r.name} id={r.id} />,
    },
    healthColumn<GatewayRow>((r) => `/gateways/${r.id}`),
    { id: "status", header: "Status", cell: ({ row }) => <Badge status={row.original.status} /> },
    {
      id: "accountId",
      header: "Account",
      cell: ({ row }) => (
        <AccountCell id={row.original.accountId} name={accountNames[row.original.accountId]} />
      ),
    },
    { id: "region", header: "Region", cell: ({ row }) => row.original.region },
    { id: "vpcId", header: "VPC", cell: ({ row }) => <Mono value={row.original.vpcId} /> },
    { id: "availabilityZones", header: "AZs", cell: ({ row }) => row.original.availabilityZones },
    { id: "enis", header: "ENIs", cell: ({ row }) => row.original.enis },
    { id: "configurations", header: "Configurations", cell: ({ row }) => row.original.configurations },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      noun="gateways"
      filters={["account", "region", "status"]}
      accountNames={accountNames}
      numeric={["enis", "configurations"]}
    />
  );
}
