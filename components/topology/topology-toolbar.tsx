"use client";

import { nodeKinds, type TopologyGraph } from "@/lib/topology/topology-types";
import { type EdgeLabelMetric, edgeLabelMetrics } from "./format-metric";
import styles from "./topology.module.css";

const kindLabels: Record<string, string> = {
  account: "Consumer accounts",
  vpc: "VPCs",
  endpoint: "VPC endpoints",
  association: "SN VPC associations",
  "service-network": "Service networks",
  configuration: "Configurations",
  gateway: "Gateways",
  eni: "Gateway ENIs",
  target: "Targets",
};

/** Accounts (consumer side) and service networks the user may fold into one node. */
export function collapsibleKeys(graph: TopologyGraph): Array<{ key: string; label: string }> {
  const out = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.collapseKey) out.set(n.collapseKey, n.kind === "account" ? `Account ${n.label}` : `SN ${n.label}`);
    if (n.kind === "vpc" || n.kind === "endpoint" || n.kind === "association")
      out.set(`account:${n.accountId}`, `Account ${n.accountId}`);
  }
  const names = new Map(
    graph.nodes.filter((n) => n.kind === "account-region").map((n) => [n.accountId, n.label.split(" · ")[0]]),
  );
  for (const k of graph.collapsed)
    if (k.startsWith("account:") || k.startsWith("sn:")) out.set(k, out.get(k) ?? k);
  return [...out.entries()]
    .map(([key, label]) => ({
      key,
      label: key.startsWith("account:") ? `Account ${names.get(key.slice(8)) ?? key.slice(8)}` : label,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export function TopologyToolbar({
  graph,
  search,
  onSearch,
  labels,
  onLabels,
  hidden,
  onHidden,
  onToggle,
  onFit,
  onPng,
  onJson,
  graphView,
}: {
  graph?: TopologyGraph;
  search: string;
  onSearch: (q: string) => void;
  labels: EdgeLabelMetric;
  onLabels: (m: EdgeLabelMetric) => void;
  hidden: string[];
  onHidden: (kinds: string[]) => void;
  onToggle: (key: string) => void;
  onFit: () => void;
  onPng: () => void;
  onJson: () => void;
  graphView: boolean;
}) {
  const collapsed = new Set(graph?.collapsed ?? []);
  return (
    <>
      <input
        type="search"
        placeholder="Search nodes: name, id, account"
        aria-label="Search nodes"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
      />
      {graphView && (
        <>
          <label className="small">
            Edge labels{" "}
            <select
              aria-label="Edge labels"
              value={labels}
              onChange={(e) => onLabels(e.target.value as EdgeLabelMetric)}
            >
              {edgeLabelMetrics.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <details className="multi">
            <summary>Kinds{hidden.length ? ` (${hidden.length} hidden)` : ""}</summary>
            <div className="multi-menu">
              {nodeKinds
                .filter((k) => k !== "account-region")
                .map((k) => (
                  <label key={k}>
                    <input
                      type="checkbox"
                      checked={!hidden.includes(k)}
                      onChange={(e) =>
                        onHidden(e.target.checked ? hidden.filter((h) => h !== k) : [...hidden, k].sort())
                      }
                    />
                    {kindLabels[k]}
                  </label>
                ))}
            </div>
          </details>
          <details className="multi">
            <summary>Collapse</summary>
            <div className="multi-menu">
              {graph &&
                collapsibleKeys(graph).map((c) => (
                  <label key={c.key}>
                    <input type="checkbox" checked={collapsed.has(c.key)} onChange={() => onToggle(c.key)} />
                    {c.label}
                  </label>
                ))}
            </div>
          </details>
          <button type="button" className="btn" onClick={onFit}>
            Fit
          </button>
        </>
      )}
      <span className={styles.spacer} />
      <button type="button" className="btn" onClick={onPng} disabled={!graph}>
        Export PNG
      </button>
      <button type="button" className="btn" onClick={onJson} disabled={!graph}>
        Export JSON
      </button>
    </>
  );
}
