"use client";

import { useMemo } from "react";
import { EChart } from "../charts/echart";
import { useChartPalette } from "../charts/use-chart-palette";
import { projectedSpendOption, type SpendBar } from "./projected-spend-option";

/** Projected spend by configuration; the table below carries the same figures as text. */
export function ProjectedSpendChart({ bars, dataKnown }: { bars: SpendBar[]; dataKnown: boolean }) {
  const palette = useChartPalette();
  const option = useMemo(() => projectedSpendOption(bars, palette), [bars, palette]);
  const height = Math.max(140, bars.length * 30 + 50);
  return (
    <EChart
      option={option}
      height={height}
      label={`Projected monthly spend by configuration${dataKnown ? "" : " (hourly charges only: data-processing charges unknown)"}: ${bars
        .map((b) => `${b.name} $${(b.hourly + (b.data ?? 0)).toFixed(2)}`)
        .join(", ")}`}
    />
  );
}
