"use client";
/**
 * The graph and Sankey chart types, registered on the shared ECharts core that
 * components/charts/echart.tsx renders with (it registers only what the time series need).
 */
import { GraphChart, SankeyChart } from "echarts/charts";
import * as echarts from "echarts/core";

echarts.use([GraphChart, SankeyChart]);
