"use client";

import { useMemo, useState } from "react";
import { downloadText } from "@/components/ui/download-file";
import type { ConsumerTraffic, EndpointMetrics } from "@/lib/schemas/traffic";
import { ResourceLink } from "../ui/resource-link";
import { consumersCsv } from "./consumers-csv";
import { EndpointMetricsCell } from "./endpoint-metrics-cell";
import { formatBytes, formatInteger } from "./format-traffic";
import { patternLabels } from "./pattern-label";
import styles from "./traffic.module.css";

type SortKey = "bytes" | "connections" | "rejects";

/** Top consumers of the subject over the window: who sends what, and who is being rejected. */
export function ConsumersTable({
  consumers,
  names,
  accountNames,
  showConfiguration,
  fileName,
  noSource,
  totalBytes,
  ambiguousBytes,
  endpointMetrics = [],
}: {
  consumers: ConsumerTraffic[];
  /** Resource id → name, for links. */
  names: Record<string, string>;
  accountNames: Record<string, string>;
  /** Gateways and endpoints span several configurations: say which one each row reached. */
  showConfiguration: boolean;
  fileName: string;
  noSource: boolean;
  /** The subject's bytes (null: no byte source) and, of them, the ambiguous ones. */
  totalBytes?: number | null;
  ambiguousBytes?: number;
  /** AWS/VpcLattice metrics of the consumer endpoints: a column where their flow logs are absent. */
  endpointMetrics?: EndpointMetrics[];
}) {
  const [sort, setSort] = useState<SortKey>("bytes");
  const rows = useMemo(
    () => [...consumers].sort((a, b) => b[sort] - a[sort] || a.key.localeCompare(b.key)),
    [consumers, sort],
  );
  const hasEstimate = consumers.some((c) => c.endpointEstimate);
  const metricIds = new Set(endpointMetrics.filter((m) => m.series.length).map((m) => m.endpointId));
  const hasMetrics = consumers.some(
    (c) => !c.endpointEstimate && c.endpointId && metricIds.has(c.endpointId),
  );

  const head = (key: SortKey, label: string) => (
    <th scope="col" className="n" aria-sort={sort === key ? "descending" : "none"}>
      <button type="button" className="sort-btn" onClick={() => setSort(key)}>
        {label}
        <span className="sort-ind" aria-hidden>
          {sort === key ? "▼" : ""}
        </span>
      </button>
    </th>
  );

  return (
    <section className="panel" aria-labelledby="traffic-consumers">
      <div className={styles.panelHead}>
        <h2 id="traffic-consumers">
          Top consumers <span className="count num">{consumers.length}</span>
        </h2>
        <button
          type="button"
          className="btn"
          disabled={consumers.length === 0}
          onClick={() => downloadText(consumersCsv(rows), fileName)}
        >
          Export CSV
        </button>
      </div>
      {consumers.length === 0 ? (
        <div className="empty">
          {noSource ? (
            <>
              <strong>No data source</strong>
              No flow logs or access logs cover this path, so who connects is not recorded.
            </>
          ) : (
            <>
              <strong>No consumer traffic in this window</strong>
              The sources were read; no connection reached the resource.
            </>
          )}
        </div>
      ) : (
        <table aria-labelledby="traffic-consumers">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">VPC</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Pattern</th>
              {showConfiguration && <th scope="col">Configuration</th>}
              {head("bytes", "Bytes")}
              {head("connections", "Connections")}
              {head("rejects", "Rejects")}
              {hasEstimate && (
                <th scope="col" className="n">
                  <abbr title="Consumer-side estimate from the endpoint ENIs' flow logs">
                    Endpoint-side estimate
                  </abbr>
                </th>
              )}
              {hasMetrics && (
                <th scope="col" className="n">
                  <abbr title="Sums of the endpoint's AWS/VpcLattice metrics, where its ENIs have no flow logs">
                    Endpoint metrics
                  </abbr>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.key} className={c.rejects > 0 ? styles.rejectRow : undefined}>
                <td>
                  {c.accountId ? <code>{c.accountId}</code> : <span className="dim">unknown</span>}
                  {c.accountId && accountNames[c.accountId] && (
                    <span className="cell-sub">{accountNames[c.accountId]}</span>
                  )}
                </td>
                <td>{c.vpcId ? <code>{c.vpcId}</code> : <span className="dim">—</span>}</td>
                <td>
                  {c.endpointId ? (
                    <ResourceLink kind="endpoint" id={c.endpointId} name={names[c.endpointId]} />
                  ) : (
                    <span className="dim">—</span>
                  )}
                </td>
                <td>
                  {patternLabels[c.pattern]}
                  {c.serviceNetworkId && <code className="cell-sub">{c.serviceNetworkId}</code>}
                </td>
                {showConfiguration && (
                  <td>
                    {c.resourceConfigurationId ? (
                      <ResourceLink
                        kind="configuration"
                        id={c.resourceConfigurationId}
                        name={names[c.resourceConfigurationId]}
                      />
                    ) : (
                      <span className="dim">—</span>
                    )}
                  </td>
                )}
                <td className="n">
                  {formatBytes(c.bytes)}
                  <span className="cell-sub">
                    ↑ {formatBytes(c.bytesToResource)} · ↓ {formatBytes(c.bytesFromResource)}
                  </span>
                </td>
                <td className="n">{formatInteger(c.connections)}</td>
                <td className="n">
                  {c.rejects > 0 ? (
                    <span className="badge badge-bad">{formatInteger(c.rejects)}</span>
                  ) : (
                    <span className="dim">0</span>
                  )}
                </td>
                {hasEstimate && (
                  <td className="n">
                    {c.endpointEstimate ? (
                      <>
                        {formatBytes(c.endpointEstimate.bytes)}
                        <span className="cell-sub">{formatInteger(c.endpointEstimate.rejects)} rejects</span>
                      </>
                    ) : (
                      <span
                        className="dim"
                        title="The consumer account has no flow logs on the endpoint ENIs"
                      >
                        —
                      </span>
                    )}
                  </td>
                )}
                {hasMetrics && <EndpointMetricsCell consumer={c} metrics={endpointMetrics} />}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalBytes != null && (
        <ByteSplit consumers={consumers} total={totalBytes} ambiguous={ambiguousBytes ?? 0} />
      )}
      <p className={`dim small ${styles.note}`}>
        ↑ to the resource (requests) · ↓ from the resource (responses). Bytes in binary units (1 KiB = 1024
        B).
      </p>
    </section>
  );
}

/**
 * Attributed + ambiguous + unattributed = the total, said beside the table: bytes of flow records
 * that could be several consumers' connections are never given to one of them.
 */
function ByteSplit({
  consumers,
  total,
  ambiguous,
}: {
  consumers: ConsumerTraffic[];
  total: number;
  ambiguous: number;
}) {
  const unattributed = consumers.filter((c) => c.key === "unattributed").reduce((s, c) => s + c.bytes, 0);
  const attributed = total - ambiguous - unattributed;
  return (
    <p className={`small ${styles.note}`} data-byte-split="">
      Attributed to consumers <span className="num">{formatBytes(attributed)}</span> · ambiguous{" "}
      <span className="num">{formatBytes(ambiguous)}</span> · unattributed{" "}
      <span className="num">{formatBytes(unattributed)}</span> · total{" "}
      <span className="num">{formatBytes(total)}</span>
      {ambiguous > 0 && (
        <span className="cell-sub">
          Ambiguous: flow records that match connections of several consumers on one gateway ENI. The default
          flow-log format shows only the ENI&apos;s primary address; add pkt-srcaddr and pkt-dstaddr to the
          gateway&apos;s flow-log format to attribute them.
        </span>
      )}
    </p>
  );
}
