import { Suspense } from "react";
import { ConfigurationCostPanel } from "@/components/cost/configuration-cost-panel";
import { Section } from "@/components/ui/section";
import { getConfigurationCost } from "@/lib/cost/get-configuration-cost";
import type { Inventory } from "@/lib/schemas/inventory";

async function CostLoader({ inventory, id }: { inventory: Inventory; id: string }) {
  return <ConfigurationCostPanel {...(await getConfigurationCost(inventory, id))} />;
}

/**
 * A configuration page's cost panel, streamed: month-to-date bytes can take several Logs Insights
 * queries on a cold cache, and the rest of the page must not wait for them.
 */
export function CostSection(props: { inventory: Inventory; id: string }) {
  return (
    <Suspense
      fallback={
        <Section title="Cost" id="cost">
          <p className="muted" aria-busy="true">
            Pricing this configuration's paths for the month so far…
          </p>
        </Section>
      }
    >
      <CostLoader {...props} />
    </Suspense>
  );
}
