import { Suspense } from "react";
import { ViewAlarmsList } from "@/components/alarms/view-alarms-list";
import { Section } from "@/components/ui/section";
import type { AlarmResourceKind } from "@/lib/alarms/alarm-types";
import { viewAlarms } from "@/lib/alarms/get-alarms";
import { resolveRange } from "@/lib/links/time-range";
import type { PageSearchParams } from "./traffic-section";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function AlarmsLoader({
  kind,
  id,
  searchParams,
}: {
  kind: AlarmResourceKind;
  id: string;
  searchParams: PageSearchParams;
}) {
  const sp = await searchParams;
  let range: { start: number; end: number };
  try {
    range = resolveRange(first(sp.from), first(sp.to), Date.now());
  } catch {
    range = resolveRange(undefined, undefined, Date.now());
  }
  try {
    const { alarms } = await viewAlarms(kind, id, range, first(sp.alarm));
    return <ViewAlarmsList alarms={alarms} />;
  } catch (e) {
    return <p className="muted">Alarms could not be read: {(e as Error).message}</p>;
  }
}

/** A detail page's alarms, for pages without a traffic section (whose view lists them itself). */
export function AlarmsSection(props: {
  kind: AlarmResourceKind;
  id: string;
  searchParams: PageSearchParams;
}) {
  return (
    <Section title="Alarms">
      <Suspense fallback={<p className="muted">Reading alarms…</p>}>
        <AlarmsLoader {...props} />
      </Suspense>
    </Section>
  );
}
