import type { ColumnDef } from "@tanstack/react-table";
import { FindingBadge } from "@/components/findings/finding-badge";
import type { BaseRow } from "@/lib/inventory/table-rows";

/** The Health column every list shares: the row's findings badge, sorted worst first via `findingRank`. */
export function healthColumn<T extends BaseRow>(detailHref: (row: T) => string): ColumnDef<T> {
  return {
    id: "findingRank",
    header: "Health",
    cell: ({ row }) => (
      <FindingBadge summary={row.original.findings} href={`${detailHref(row.original)}#findings`} />
    ),
  };
}
