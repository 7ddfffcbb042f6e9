import type { Metadata } from "next";
import { EndpointsTable } from "@/components/tables/endpoints-table";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { WarningsNote } from "@/components/ui/warnings-note";
import { accountNames } from "@/lib/inventory/account-names";
import { endpointRows } from "@/lib/inventory/table-rows";
import { withFindings } from "../../_lib/load-findings";
import { loadInventory } from "../../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "VPC endpoints" };

export default async function Page() {
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="VPC endpoints" error={result.error} />;
  const inv = result.inventory;
  return (
    <>
      <PageHead title="VPC endpoints" subtitle={<WarningsNote count={inv.warnings.length} />} />
      <EndpointsTable rows={withFindings(inv, endpointRows(inv))} accountNames={accountNames(inv)} />
    </>
  );
}
