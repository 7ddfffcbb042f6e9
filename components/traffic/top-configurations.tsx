import Link from "next/link";
import type { EstateTraffic } from "@/lib/schemas/traffic";
import { ResourceLink } from "../ui/resource-link";
import { CostFooter } from "./cost-footer";
import { formatBytes, formatInteger } from "./format-traffic";
import { rankConfigurations } from "./top-configurations-rank";
import styles from "./traffic.module.css";

function NoSourceNote({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <p className="dim small" style={{ marginTop: 8 }}>
      {ids.length} configuration{ids.length === 1 ? " has" : "s have"} no data source and{" "}
      {ids.length === 1 ? "is" : "are"} not ranked.
    </p>
  );
}

/** Overview: the last 24 h's biggest configurations by bytes and by rejects, linking to their pages. */
export function TopConfigurations({
  estate,
  names,
}: {
  estate: EstateTraffic;
  names: Record<string, string>;
}) {
  const bytes = rankConfigurations(estate, "bytes");
  const rejects = rankConfigurations(estate, "rejects");
  return (
    <>
      <div className={styles.topGrid}>
        <section className="panel" aria-labelledby="top-bytes">
          <h2 id="top-bytes">
            Top configurations by bytes <span className="dim small">last 24 h</span>
          </h2>
          {bytes.top.length === 0 ? (
            <p className="muted">No traffic recorded in the last 24 hours.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Configuration</th>
                  <th scope="col" className="n">
                    Bytes
                  </th>
                  <th scope="col" className="n">
                    Connections
                  </th>
                  <th scope="col" className="n">
                    Rejects
                  </th>
                </tr>
              </thead>
              <tbody>
                {bytes.top.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <ResourceLink kind="configuration" id={c.id} name={names[c.id]} />
                    </th>
                    <td className="n">{formatBytes(c.totals.bytes)}</td>
                    <td className="n">{formatInteger(c.totals.connections)}</td>
                    <td className={`n${c.totals.rejects > 0 ? " failure" : " dim"}`}>
                      {formatInteger(c.totals.rejects)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <NoSourceNote ids={bytes.withoutSource} />
        </section>
        <section className="panel" aria-labelledby="top-rejects">
          <h2 id="top-rejects">
            Top configurations by rejects <span className="dim small">last 24 h</span>
          </h2>
          {rejects.top.length === 0 ? (
            <p className="muted">No rejected connections in the last 24 hours.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Configuration</th>
                  <th scope="col" className="n">
                    Rejects
                  </th>
                  <th scope="col" className="n">
                    Connections
                  </th>
                  <th scope="col" className="n">
                    Bytes
                  </th>
                </tr>
              </thead>
              <tbody>
                {rejects.top.map((c) => (
                  <tr key={c.id} className={styles.rejectRow}>
                    <th scope="row">
                      <Link href={`/configurations/${encodeURIComponent(c.id)}?metric=rejects`}>
                        {names[c.id] ?? <code>{c.id}</code>}
                      </Link>
                      {names[c.id] && <code className="cell-sub">{c.id}</code>}
                    </th>
                    <td className="n">
                      <span className="badge badge-bad">{formatInteger(c.totals.rejects)}</span>
                    </td>
                    <td className="n">{formatInteger(c.totals.connections)}</td>
                    <td className="n">{formatBytes(c.totals.bytes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <NoSourceNote ids={rejects.withoutSource} />
        </section>
      </div>
      <CostFooter cost={estate.cost} generatedAt={estate.generatedAt} />
    </>
  );
}
