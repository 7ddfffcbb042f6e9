"use client";

/**
 * The ECharts wrapper (components/charts holds every ECharts import). Only the chart types and components the option builders use
 * are registered (tree-shaken core build): line, bar, grid, tooltip, legend, markArea, brush.
 */
import { BarChart, LineChart } from "echarts/charts";
import {
  BrushComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  ToolboxComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import ReactEChartsCore from "echarts-for-react/lib/core";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { downloadUrl } from "@/components/ui/download-file";

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  BrushComponent,
  ToolboxComponent,
  CanvasRenderer,
]);

export type EChartInstance = echarts.ECharts;

interface BrushEndParams {
  areas?: Array<{ coordRange?: [number, number] }>;
}

export function EChart({
  option,
  height,
  label,
  onBrushRange,
  onReady,
  className,
}: {
  // Option builders return plain objects; ECharts' own option type is too deep to name here.
  option: object;
  height: number;
  /** Accessible name: a canvas has no text of its own. */
  label: string;
  /** Drag across the plot: the selected [start, end] in epoch ms. Enables the brush cursor. */
  onBrushRange?: (start: number, end: number) => void;
  onReady?: (chart: EChartInstance) => void;
  className?: string;
}) {
  const chartRef = useRef<EChartInstance | null>(null);
  const boxRef = useRef<HTMLDivElement | null>(null);
  // In a print (PDF report) charts draw without animation, and say when they are drawn.
  const printed = useMemo(() => (isPrintMode() ? { ...option, animation: false } : option), [option]);
  const brushRef = useRef(onBrushRange);
  brushRef.current = onBrushRange;
  const brushable = onBrushRange !== undefined;

  // The brush cursor is a mode, not an option: re-enter it after every setOption (notMerge resets it).
  const armBrush = useCallback(() => {
    const chart = chartRef.current;
    // React may unmount (and echarts-for-react dispose) before this runs.
    if (!chart || chart.isDisposed() || !brushable) return;
    chart.dispatchAction({
      type: "takeGlobalCursor",
      key: "brush",
      brushOption: { brushType: "lineX", brushMode: "single" },
    });
  }, [brushable]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-arm whenever the option changes
  useEffect(() => {
    armBrush();
  }, [option, armBrush]);

  const onEvents = useMemo(
    () => ({
      // ECharts' finished event: the chart is fully drawn; the PDF renderer waits for it. Never reset:
      // echarts-for-react skips a setOption whose option is deep-equal, and then no event would follow.
      finished: () => boxRef.current?.setAttribute("data-chart-finished", "true"),
      brushEnd: (params: BrushEndParams) => {
        const range = params.areas?.[0]?.coordRange;
        const chart = chartRef.current;
        if (chart && !chart.isDisposed()) chart.dispatchAction({ type: "brush", areas: [] });
        if (!range || !brushRef.current) return;
        const [a, b] = range;
        if (Number.isFinite(a) && Number.isFinite(b) && b > a) brushRef.current(Math.round(a), Math.round(b));
      },
    }),
    [],
  );

  return (
    <div role="img" aria-label={label} className={className} ref={boxRef} data-echart="">
      <ReactEChartsCore
        echarts={echarts}
        option={printed}
        notMerge
        lazyUpdate
        style={{ height, width: "100%" }}
        opts={{ renderer: "canvas" }}
        onEvents={onEvents}
        onChartReady={(chart) => {
          chartRef.current = chart;
          armBrush();
          onReady?.(chart);
        }}
      />
    </div>
  );
}

function isPrintMode(): boolean {
  return typeof window !== "undefined" && new URLSearchParams(window.location.search).get("print") === "1";
}

/** PNG of a chart as a download (ECharts renders its own canvas at 2× for a crisp image). */
export function downloadChartPng(chart: EChartInstance, fileName: string, background: string): void {
  downloadUrl(chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: background }), fileName);
}
