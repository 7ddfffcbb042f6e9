"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { downloadChartPng, EChart, type EChartInstance } from "@/components/charts/echart";
import { useChartPalette } from "@/components/charts/use-chart-palette";
import { TimeRangePicker } from "@/components/time-range/time-range-picker";
import { useTimeRange } from "@/components/time-range/use-time-range";
import { downloadText } from "@/components/ui/download-file";
import type { TopologyNode } from "@/lib/topology/topology-types";
import "@/components/charts/register-graph-charts";
import { buildGraphOption } from "./graph-option";
import { buildSankeyOption } from "./sankey-option";
import styles from "./topology.module.css";
import { TopologyList } from "./topology-list";
import { TopologySidePanel } from "./topology-side-panel";
import { TopologyToolbar } from "./topology-toolbar";
import { useTopology } from "./use-topology";
import { topologyViewLabels, topologyViews, useTopologyState } from "./use-topology-state";

interface ClickParams {
  dataType?: string;
  data?: { id?: string };
  event?: { event?: MouseEvent };
}

export function TopologyView() {
  const [state, setState] = useTopologyState();
  const [{ from, to }] = useTimeRange();
  const palette = useChartPalette();
  const router = useRouter();
  const chartRef = useRef<EChartInstance | null>(null);
  const [height, setHeight] = useState(680);
  const [width, setWidth] = useState(1000);
  const [roam, setRoam] = useState<{ zoom: number; center?: [number, number] }>({ zoom: 1 });
  const canvasRef = useRef<HTMLDivElement | null>(null);

  // Only what the server needs goes into the API query; search, labels and hidden kinds are drawn client-side.
  const query = useMemo(() => {
    const p = new URLSearchParams({ from, to });
    if (state.account) p.set("account", state.account);
    if (state.region) p.set("region", state.region);
    if (state.focus) p.set("focus", state.focus);
    if (state.expand.length) p.set("expand", state.expand.join(","));
    if (state.collapse.length) p.set("collapse", state.collapse.join(","));
    return p.toString();
  }, [from, to, state.account, state.region, state.focus, state.expand, state.collapse]);
  const result = useTopology(query, to === "now");
  const graph = result.graph;

  useEffect(() => {
    const size = () => setHeight(Math.max(420, window.innerHeight - 190));
    size();
    window.addEventListener("resize", size);
    const el = canvasRef.current;
    const ro = new ResizeObserver(() => el && setWidth(el.clientWidth));
    if (el) ro.observe(el);
    return () => {
      window.removeEventListener("resize", size);
      ro.disconnect();
    };
  }, []);
  // A new question (other focus, expand, window) starts fitted; a poll of the same one keeps the view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset whenever the query changes
  useEffect(() => setRoam({ zoom: 1 }), [query]);

  const focusId = state.focus
    ? graph?.nodes.find((n) => n.id === state.focus || n.resourceId === state.focus)?.id
    : undefined;
  const hidden = useMemo(() => new Set(state.hide), [state.hide]);
  const option = useMemo(() => {
    if (!graph || state.view === "list") return null;
    return state.view === "sankey"
      ? buildSankeyOption(graph, palette)
      : buildGraphOption(graph, { labels: state.labels, hidden, search: state.q, focusId }, palette, {
          width,
          height: height - 2,
          ...roam,
        });
  }, [graph, state.view, state.labels, hidden, state.q, focusId, palette, width, height, roam]);

  const toggle = useCallback(
    (key: string) => {
      const isCollapsed = graph?.collapsed.includes(key) ?? false;
      void setState({
        collapse: isCollapsed
          ? state.collapse.filter((k) => k !== key)
          : [...new Set([...state.collapse, key])].sort(),
        expand: isCollapsed
          ? [...new Set([...state.expand, key])].sort()
          : state.expand.filter((k) => k !== key),
      });
    },
    [graph, state.collapse, state.expand, setState],
  );

  const nodesById = useMemo(() => new Map((graph?.nodes ?? []).map((n) => [n.id, n])), [graph]);
  const onClick = useCallback(
    (p: ClickParams) => {
      if (p.dataType !== "node" || !p.data?.id) return;
      const n: TopologyNode | undefined = nodesById.get(p.data.id);
      if (!n || n.kind === "account-region") return;
      const ev = p.event?.event;
      if (ev?.altKey || ev?.metaKey || ev?.ctrlKey) void setState({ focus: n.id });
      else if (ev?.shiftKey && (n.expandKey || n.collapseKey))
        toggle((n.count !== undefined ? n.expandKey : n.collapseKey) ?? "");
      else if (n.href) router.push(n.href);
      else if (n.expandKey) toggle(n.expandKey);
    },
    [nodesById, router, setState, toggle],
  );
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  const onReady = useCallback((chart: EChartInstance) => {
    chartRef.current = chart;
    chart.off("click");
    chart.on("click", (p) => clickRef.current(p as ClickParams));
    // Labels are sized for the zoom (ECharts scales symbols, not text): redraw when a roam settles.
    let timer: ReturnType<typeof setTimeout> | undefined;
    chart.off("graphRoam");
    chart.on("graphRoam", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const series = (chart.getOption() as { series?: Array<{ zoom?: number; center?: [number, number] }> })
          .series?.[0];
        if (series?.zoom) setRoam({ zoom: series.zoom, center: series.center });
      }, 150);
    });
  }, []);

  return (
    <>
      <div className={styles.toolbar}>
        <div className={styles.tabs} role="tablist" aria-label="View">
          {topologyViews.map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={state.view === v}
              onClick={() => void setState({ view: v })}
            >
              {topologyViewLabels[v]}
            </button>
          ))}
        </div>
        <TimeRangePicker />
        <TopologyToolbar
          graph={graph}
          search={state.q}
          onSearch={(q) => void setState({ q: q || null })}
          labels={state.labels}
          onLabels={(labels) => void setState({ labels })}
          hidden={state.hide}
          onHidden={(hide) => void setState({ hide: hide.length ? hide : null })}
          onToggle={toggle}
          onFit={() => setRoam({ zoom: 1 })}
          onPng={() =>
            chartRef.current && downloadChartPng(chartRef.current, "topology.png", palette.surface)
          }
          onJson={() =>
            graph && downloadText(JSON.stringify(graph, null, 2), "topology.json", "application/json")
          }
          graphView={state.view === "graph"}
        />
      </div>
      {result.status === "error" && (
        <p role="alert" className="error-text">
          Topology failed: {result.message}
        </p>
      )}
      <div className={styles.layout}>
        <div
          className={styles.canvas}
          style={state.view === "list" ? { minHeight: height } : { height }}
          ref={canvasRef}
        >
          {result.status === "loading" && <span className={styles.status}>Laying out…</span>}
          {graph && state.view === "list" ? (
            <TopologyList
              graph={graph}
              hidden={hidden}
              search={state.q}
              focusId={focusId}
              onFocus={(id) => void setState({ focus: id })}
              onToggle={toggle}
            />
          ) : option ? (
            <EChart
              key={state.view}
              option={option}
              height={height - 2}
              label={
                state.view === "graph" ? "Topology graph" : "Sankey of bytes from consumers to resources"
              }
              onReady={onReady}
            />
          ) : graph && state.view === "sankey" ? (
            <p className={styles.empty}>
              No traffic data for this window: the Sankey draws bytes, and no source covers these paths yet.
            </p>
          ) : null}
        </div>
        {graph && (
          <TopologySidePanel
            graph={graph}
            search={state.q}
            focusId={focusId}
            onFocus={(id) => void setState({ focus: id })}
            onToggle={toggle}
          />
        )}
      </div>
    </>
  );
}
