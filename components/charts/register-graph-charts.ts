"use client";
/**
 * The graph and Sankey chart types, registered on the shared ECharts core that echart.tsx renders
 * with. A separate module so only the topology page loads them; the time-series pages stay lean.
 */
import { GraphChart, SankeyChart } from "echarts/charts";
import * as echarts from "echarts/core";

echarts.use([GraphChart, SankeyChart]);
