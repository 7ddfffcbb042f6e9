import type { Metadata } from "next";
import { ServiceNetworksTable } from "@/components/tables/service-networks-table";
import { InventoryError } from "@/components/ui/inventory-error";
import { PageHead } from "@/components/ui/page-head";
import { WarningsNote } from "@/components/ui/warnings-note";
import { accountNames } from "@/lib/inventory/account-names";
import { serviceNetworkRows } from "@/lib/inventory/table-rows";
import { withFindings } from "../../_lib/load-findings";
import { loadInventory } from "../../_lib/load-inventory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Service networks" };

export default async function Page() {
  const result = await loadInventory();
  if (!result.ok) return <InventoryError heading="Service networks" error={result.error} />;
  const inv = result.inventory;
  return (
    <>
      <PageHead title="Service networks" subtitle={<WarningsNote count={inv.warnings.length} />} />
      <ServiceNetworksTable
        rows={withFindings(inv, serviceNetworkRows(inv))}
        accountNames={accountNames(inv)}
      />
    </>
  );
}
