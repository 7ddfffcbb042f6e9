"use client";

import Link from "next/link";
import type { TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { kindTag, matchesSearch } from "./graph-option";
import styles from "./topology.module.css";

const patternLabels = {
  "resource-endpoint": "Resource endpoint (PrivateLink)",
  "sn-endpoint": "Service network endpoint",
  "sn-vpc-association": "Service network VPC association",
} as const;

/**
 * What the canvas cannot say in text: the access patterns present, the nodes matching the search
 * (with links and focus buttons: the accessible way through the graph), the focused node, legend.
 */
export function TopologySidePanel({
  graph,
  search,
  focusId,
  onFocus,
  onToggle,
}: {
  graph: TopologyGraph;
  search: string;
  focusId?: string;
  onFocus: (id: string | null) => void;
  onToggle: (key: string) => void;
}) {
  const patterns = (Object.keys(patternLabels) as Array<keyof typeof patternLabels>).map((p) => ({
    label: patternLabels[p],
    n: graph.patterns[p],
  }));
  const hits = search
    ? graph.nodes.filter((n) => n.kind !== "account-region" && matchesSearch(n, search))
    : [];
  const focused = focusId ? graph.nodes.find((n) => n.id === focusId) : undefined;
  const alarming = graph.nodes.filter((n) => n.alarm === "ALARM");
  const aggregates = graph.nodes.filter((n) => n.count !== undefined && n.expandKey && !n.href);
  // Aggregates are named within their frame (account · region): say which frame in the list.
  const frameLabel = new Map(
    graph.nodes.filter((n) => n.kind === "account-region").map((n) => [n.id, n.label]),
  );
  return (
    <aside className={styles.side} aria-label="Topology details">
      <h2>Access patterns</h2>
      <ul>
        {patterns.map((p) => (
          <li key={p.label}>
            <span>{p.label}</span>
            <span>{p.n}</span>
          </li>
        ))}
      </ul>
      {alarming.length > 0 && (
        <>
          <h2>
            In ALARM <span className="badge badge-bad">{alarming.length}</span>
          </h2>
          <ul aria-label="Nodes in ALARM">
            {alarming.map((n) => (
              <li key={n.id}>
                <span>
                  <span className={styles.kind}>{kindTag[n.kind]}</span>
                  {n.href ? <Link href={n.href}>{n.label}</Link> : n.label}
                </span>
              </li>
            ))}
          </ul>
          <p className="small">
            <Link href="/alarms">All alarms</Link>
          </p>
        </>
      )}
      {focused && (
        <>
          <h2>Focus</h2>
          <NodeRow node={focused} onFocus={onFocus} />
          <button type="button" className="btn btn-link" onClick={() => onFocus(null)}>
            Clear focus
          </button>
        </>
      )}
      {search && (
        <>
          <h2>Matches ({hits.length})</h2>
          <ul aria-label="Search matches">
            {hits.slice(0, 30).map((n) => (
              <NodeRow key={n.id} node={n} onFocus={onFocus} />
            ))}
          </ul>
        </>
      )}
      {aggregates.length > 0 && (
        <>
          <h2>Aggregated ({aggregates.length})</h2>
          <ul>
            {aggregates.slice(0, 20).map((n) => (
              <li key={n.id}>
                <span>
                  <span className={styles.kind}>{kindTag[n.kind]}</span>
                  {n.label} <span className="dim">{n.parent ? frameLabel.get(n.parent) : ""}</span>
                </span>
                <button
                  type="button"
                  className="btn btn-link"
                  onClick={() => n.expandKey && onToggle(n.expandKey)}
                >
                  Expand
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Legend</h2>
      <ul>
        <li>
          <span>
            <span className={styles.swatch} style={{ borderColor: "var(--ok)" }} />
            healthy · <span style={{ color: "var(--pending)" }}>warning</span> ·{" "}
            <span style={{ color: "var(--bad)" }}>critical</span>
          </span>
        </li>
        <li>edge width: bytes (log scale); dashed: no data</li>
        <li>red edge: rejects in the window</li>
        <li>click: open · alt-click: focus · shift-click: expand/collapse</li>
      </ul>
      <h2>Window</h2>
      <p className="dim small">
        {graph.nodes.length} nodes · {graph.edges.length} edges · traffic: {graph.traffic}
        {graph.aggregated ? " · aggregated (large estate)" : ""} · layout {graph.stats.layoutMs} ms
        {graph.stats.layoutCached ? " (cached)" : ""}
      </p>
    </aside>
  );
}

/** The path check for a node: a configuration is a target, a VPC or endpoint a consumer. */
function checkPathHref(node: TopologyNode): string | undefined {
  const id = node.id.slice(node.id.indexOf(":") + 1);
  if (node.kind === "configuration" && id.startsWith("rcfg-"))
    return `/paths?target=${encodeURIComponent(id)}`;
  if ((node.kind === "vpc" && id.startsWith("vpc-")) || (node.kind === "endpoint" && id.startsWith("vpce-")))
    return `/paths?consumer=${encodeURIComponent(id)}`;
  return undefined;
}

function NodeRow({ node, onFocus }: { node: TopologyNode; onFocus: (id: string) => void }) {
  const check = checkPathHref(node);
  return (
    <li>
      <span>
        <span className={styles.kind}>{kindTag[node.kind]}</span>
        {node.href ? <Link href={node.href}>{node.label}</Link> : node.label}
        {check && (
          <>
            {" "}
            <Link href={check} className="small">
              Check path
            </Link>
          </>
        )}
      </span>
      <button
        type="button"
        className="btn btn-link"
        onClick={() => onFocus(node.id)}
        aria-label={`Focus ${node.label}`}
      >
        Focus
      </button>
    </li>
  );
}
