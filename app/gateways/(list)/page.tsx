import type { Metadata } from "next";
import { GatewaysTable } from "@/components/tables/gateways-table";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { WarningsNote } from "@/components/ui/warnings-note";
import { accountNames } from "@/lib/inventory/account-names";
import { gatewayRows } from "@/lib/inventory/table-rows";
import { withFindings } from "../../_lib/load-findings";
import { loadInventory } from "../../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Resource gateways" };

export default async function Page() {
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Resource gateways" error={result.error} />;
  const inv = result.inventory;
  return (
    <>
      <PageHead title="Resource gateways" subtitle={<WarningsNote count={inv.warnings.length} />} />
      <GatewaysTable rows={withFindings(inv, gatewayRows(inv))} accountNames={accountNames(inv)} />
    </>
  );
}
