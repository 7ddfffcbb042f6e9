"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { EndpointRow } from "@/lib/inventory/table-rows";
import { AccountCell, Badge, Mono, NameCell } from "./cells";
import { DataTable } from "./data-table";
import { healthColumn } from "./health-column";

export function EndpointsTable({
  rows,
  accountNames,
}: {
  rows: EndpointRow[];
  accountNames: Record<string, string>;
}) {
  const columns: ColumnDef<EndpointRow>[] = [
    {
      id: "id",
      header: "Endpoint",
      cell: ({ row: { original: r } }) => <NameCell href={`/endpoints/${r.id}`} name={r.name} id={r.id} />,
    },
    { id: "type", header: "Type", cell: ({ row }) => <span className="tag">{row.original.type}</span> },
    healthColumn<EndpointRow>((r) => `/endpoints/${r.id}`),
    { id: "status", header: "State", cell: ({ row }) => <Badge status={row.original.status} /> },
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
    {
      id: "targetName",
      header: "Reaches",
      cell: ({ row: { original: r } }) => {
        if (!r.targetKind) return <Mono value={r.targetId} />;
        const href = `/${r.targetKind === "configuration" ? "configurations" : "service-networks"}/${r.targetId}`;
        return (
          <Link href={href} className="rlink">
            {r.targetName || <code>{r.targetId}</code>}
            <span className="cell-sub">
              {r.targetKind === "configuration" ? "resource configuration" : "service network"}
            </span>
          </Link>
        );
      },
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      noun="endpoints"
      filters={["account", "region", "type", "status"]}
      accountNames={accountNames}
    />
  );
}
