import type { Metadata } from "next";
import { ConfigurationsTable } from "@/components/tables/configurations-table";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { WarningsNote } from "@/components/ui/warnings-note";
import { accountNames } from "@/lib/inventory/account-names";
import { configurationRows } from "@/lib/inventory/table-rows";
import { withFindings } from "../../_lib/load-findings";
import { loadInventory } from "../../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Resource configurations" };

export default async function Page() {
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Resource configurations" error={result.error} />;
  const inv = result.inventory;
  return (
    <>
      <PageHead title="Resource configurations" subtitle={<WarningsNote count={inv.warnings.length} />} />
      <ConfigurationsTable
        rows={withFindings(inv, configurationRows(inv))}
        accountNames={accountNames(inv)}
      />
    </>
  );
}
