"use client";

import type { ColumnDef } from "@tanstack/react-table";
import type { ServiceNetworkRow } from "@/lib/inventory/table-rows";
import { AccountCell, NameCell } from "./cells";
import { DataTable } from "./data-table";
import { healthColumn } from "./health-column";

export function ServiceNetworksTable({
  rows,
  accountNames,
}: {
  rows: ServiceNetworkRow[];
  accountNames: Record<string, string>;
}) {
  const columns: ColumnDef<ServiceNetworkRow>[] = [
    {
      id: "name",
      header: "Name",
      cell: ({ row: { original: r } }) => (
        <NameCell href={`/service-networks/${r.id}`} name={r.name} id={r.id} />
      ),
    },
    healthColumn<ServiceNetworkRow>((r) => `/service-networks/${r.id}`),
    {
      id: "accountId",
      header: "Account",
      cell: ({ row }) => (
        <AccountCell id={row.original.accountId} name={accountNames[row.original.accountId]} />
      ),
    },
    { id: "region", header: "Region", cell: ({ row }) => row.original.region },
    {
      id: "authType",
      header: "Auth",
      cell: ({ row }) => <span className="tag">{row.original.authType}</span>,
    },
    { id: "configurations", header: "Configurations", cell: ({ row }) => row.original.configurations },
    { id: "vpcAssociations", header: "VPC associations", cell: ({ row }) => row.original.vpcAssociations },
    { id: "endpointAssociations", header: "Endpoints", cell: ({ row }) => row.original.endpointAssociations },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      noun="service networks"
      filters={["account", "region"]}
      accountNames={accountNames}
      numeric={["configurations", "vpcAssociations", "endpointAssociations"]}
    />
  );
}
