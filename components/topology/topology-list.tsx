"use client";

import Link from "next/link";
import type { TopologyGraph, TopologyNode } from "@/lib/topology/topology-types";
import { formatBytes, formatCount } from "./format-metric";
import { kindTag, matchesSearch, visibleGraph } from "./graph-option";
import styles from "./topology.module.css";

const noData = <span className="dim">no data</span>;

/**
 * The graph as two tables (nodes, then links), for keyboard and screen-reader users and for
 * anyone who wants to read the estate rather than look at it. Same window, focus, search and
 * hidden kinds as the graph; every node can be opened, focused or expanded from here.
 */
export function TopologyList({
  graph,
  hidden,
  search,
  focusId,
  onFocus,
  onToggle,
}: {
  graph: TopologyGraph;
  hidden: ReadonlySet<string>;
  search: string;
  focusId?: string;
  onFocus: (id: string) => void;
  onToggle: (key: string) => void;
}) {
  const { nodes, edges } = visibleGraph(graph, hidden);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const q = search.trim();
  const shown = nodes.filter((n) => n.kind !== "account-region" && (!q || matchesSearch(n, q)));
  const shownIds = new Set(shown.map((n) => n.id));
  const links = edges.filter((e) => !q || shownIds.has(e.source) || shownIds.has(e.target));
  const name = (n: TopologyNode | undefined, id: string) => n?.label ?? id;

  return (
    <div className={styles.list}>
      <table>
        <caption>
          Nodes{q ? ` matching “${q}”` : ""}: {shown.length}
        </caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Name</th>
            <th scope="col">Account</th>
            <th scope="col">Region</th>
            <th scope="col">Health</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((n) => (
            <tr key={n.id} aria-current={n.id === focusId ? "true" : undefined}>
              <td>
                <span className={styles.kind}>{kindTag[n.kind]}</span>
              </td>
              <th scope="row">
                {n.href ? <Link href={n.href}>{n.label}</Link> : n.label}
                {n.resourceId && n.resourceId !== n.label && <code className="dim"> {n.resourceId}</code>}
                {n.count !== undefined && <span className="dim"> ({n.count})</span>}
              </th>
              <td>
                <code>{n.accountId}</code>
              </td>
              <td>{n.region}</td>
              <td>{n.health}</td>
              <td className="nowrap">
                <button
                  type="button"
                  className="btn"
                  onClick={() => onFocus(n.id)}
                  aria-label={`Focus ${n.label}`}
                >
                  Focus
                </button>
                {n.expandKey && n.count !== undefined && (
                  <button
                    type="button"
                    className="btn"
                    onClick={() => onToggle(n.expandKey ?? "")}
                    aria-label={`Expand ${n.label}`}
                  >
                    Expand
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Links: {links.length}</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col" className="num">
              Bytes
            </th>
            <th scope="col" className="num">
              Connections
            </th>
            <th scope="col" className="num">
              Rejects
            </th>
          </tr>
        </thead>
        <tbody>
          {links.map((e) => (
            <tr key={e.id}>
              <td>{name(byId.get(e.source), e.source)}</td>
              <td>{name(byId.get(e.target), e.target)}</td>
              <td className="num">{e.bytes == null ? noData : formatBytes(e.bytes)}</td>
              <td className="num">{e.connections == null ? noData : formatCount(e.connections)}</td>
              <td className="num">{e.rejects == null ? noData : formatCount(e.rejects)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
