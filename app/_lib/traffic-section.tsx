import { Suspense } from "react";
import { TrafficSkeleton } from "@/components/traffic/traffic-skeleton";
import { TrafficView } from "@/components/traffic/traffic-view";
import { DEFAULT_FROM, DEFAULT_TO } from "@/lib/links/time-range";
import type { Inventory } from "@/lib/schemas/inventory";
import type { TrafficSubjectKind } from "@/lib/schemas/traffic";
import { accountNames, loadTraffic, resourceNames } from "./load-traffic";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

interface Props {
  kind: TrafficSubjectKind;
  id: string;
  name?: string;
  inventory: Inventory;
  searchParams: PageSearchParams;
}

async function TrafficLoader({ kind, id, name, inventory, searchParams }: Props) {
  const sp = await searchParams;
  const w = { from: first(sp.from)?.trim() || DEFAULT_FROM, to: first(sp.to)?.trim() || DEFAULT_TO };
  const result = await loadTraffic(kind, id, w, first(sp.alarm));
  return (
    <TrafficView
      subject={{ kind, id, name }}
      initialWindow={w}
      initial={result.ok ? result.data : undefined}
      initialError={result.ok ? undefined : result.error}
      names={resourceNames(inventory)}
      accountNames={accountNames(inventory)}
    />
  );
}

/**
 * A detail page's traffic section: the first window is queried on the server (no client waterfall)
 * and streamed in under Suspense, so the inventory part of the page is never held up by Logs
 * Insights. The boundary sits below the page's notFound(), so unknown ids stay real 404s.
 */
export function TrafficSection(props: Props) {
  return (
    <Suspense fallback={<TrafficSkeleton />}>
      <TrafficLoader {...props} />
    </Suspense>
  );
}
