import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { AlarmResources } from "@/components/alarms/alarm-resources";
import { AlarmStateBadge } from "@/components/alarms/alarm-state-badge";
import { DescriptionLine } from "@/components/alarms/description-line";
import { ResolutionPanel } from "@/components/alarms/resolution-panel";
import { ZonedTime } from "@/components/time/zoned-time";
import { ErrorPanel } from "@/components/ui/error-panel";
import { PageHead } from "@/components/ui/page-head";
import { WarningsPanel } from "@/components/ui/warnings-panel";
import { alarmConsoleUrl } from "@/lib/alarms/alarm-console-url";
import { type AlarmSet, getAlarmSet, type ResolveOutcome, resolveAlarm } from "@/lib/alarms/get-alarms";
import { referenceFromPath } from "@/lib/alarms/parse-alarm-notification";
import { publicBase } from "@/lib/alarms/public-base";
import { alarmPath } from "@/lib/alarms/resolve-alarm";
import { isAppError } from "@/lib/errors";
import { resourceNames } from "../_lib/load-traffic";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Alarms" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AlarmsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  let set: AlarmSet;
  let outcome: ResolveOutcome | undefined;
  const resolve = first(sp.resolve);
  try {
    set = await getAlarmSet();
    if (resolve)
      outcome = await resolveAlarm(
        referenceFromPath(resolve, first(sp.account) || undefined, first(sp.region) || undefined),
      );
  } catch (e) {
    return (
      <>
        <PageHead title="Alarms" />
        <ErrorPanel
          title="Alarms could not be loaded"
          code={isAppError(e) ? e.code : "internal"}
          message={isAppError(e) ? e.message : "Unexpected error; the server log has the details."}
        />
      </>
    );
  }
  const names = resourceNames(set.inventory);
  for (const n of set.inventory.serviceNetworks) names[n.id] = n.name;
  const base = publicBase(undefined, await headers());
  const ambiguous = (a: { name: string }) => set.all.filter((x) => x.name === a.name).length > 1;
  const related = [...set.related].sort(
    (a, b) =>
      Number(b.state === "ALARM") - Number(a.state === "ALARM") || b.stateUpdatedAt - a.stateUpdatedAt,
  );
  const other = set.all.filter((a) => a.resources.length === 0);
  const configurations = set.inventory.resourceConfigurations
    .map((c) => ({ id: c.id, name: c.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const inAlarm = related.filter((a) => a.state === "ALARM").length;

  return (
    <>
      <PageHead
        title="Alarms"
        subtitle={
          <span>
            {related.length} CloudWatch alarm{related.length === 1 ? "" : "s"} concern the resources shown,{" "}
            {inAlarm} in ALARM · related by their dimensions (Network Flow Monitor, endpoint metrics) or a
            Lattice Lens link in the description
          </span>
        }
      />
      {resolve && outcome && <ResolutionPanel name={resolve} outcome={outcome} names={names} />}
      {set.warnings.length > 0 && <WarningsPanel warnings={set.warnings} />}
      <section className="panel" aria-labelledby="related-alarms">
        <h2 id="related-alarms">
          Related alarms <span className="count num">{related.length}</span>
        </h2>
        {related.length === 0 ? (
          <p className="empty">No alarm concerns these resources.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Alarm</th>
                  <th>State</th>
                  <th>Last change</th>
                  <th>Reason</th>
                  <th>Concerns</th>
                  <th>Links</th>
                </tr>
              </thead>
              <tbody>
                {related.map((a) => {
                  const href = alarmPath(a, ambiguous(a));
                  return (
                    <tr key={a.arn} data-alarm={a.name}>
                      <td>
                        <strong>{a.name}</strong>
                        <div className="muted small">
                          {a.type === "composite"
                            ? "composite"
                            : `${a.namespace} ${a.metricName ?? "(metric math)"}`}{" "}
                          · {a.accountId} {a.region}
                        </div>
                        {a.description && <div className="small">{a.description}</div>}
                      </td>
                      <td>
                        <AlarmStateBadge state={a.state} />
                      </td>
                      <td className="nowrap">
                        <ZonedTime ms={a.stateUpdatedAt} />
                      </td>
                      <td className="small">{a.stateReason}</td>
                      <td>
                        <AlarmResources resources={a.resources} names={names} />
                      </td>
                      <td>
                        <p className="links">
                          <Link className="btn" href={href}>
                            View at the alarm's moment
                          </Link>
                          <a
                            className="btn-link"
                            href={alarmConsoleUrl(a.region, a.name)}
                            target="_blank"
                            rel="noreferrer"
                          >
                            CloudWatch console
                          </a>
                        </p>
                        <DescriptionLine base={base} alarm={a.name} resolvable={href} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="other-alarms">
        <h2 id="other-alarms">
          Other alarms <span className="count num">{other.length}</span>
        </h2>
        <p className="muted small">
          Alarms nothing relates to a resource (a custom metric, say). Put a resource link in the description
          to open that view with the alarm drawn on it.
        </p>
        {other.length > 0 && (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Alarm</th>
                  <th>State</th>
                  <th>Description line</th>
                </tr>
              </thead>
              <tbody>
                {other.map((a) => (
                  <tr key={a.arn}>
                    <td>
                      <strong>{a.name}</strong>
                      <div className="muted small">
                        {a.type === "composite" ? "composite" : `${a.namespace} ${a.metricName ?? ""}`} ·{" "}
                        {a.accountId} {a.region}
                      </div>
                    </td>
                    <td>
                      <AlarmStateBadge state={a.state} />
                    </td>
                    <td>
                      <DescriptionLine base={base} alarm={a.name} configurations={configurations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
