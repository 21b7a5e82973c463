/**
 * Layout of a horizontal bar chart, as plain numbers: where each bar, label and value goes.
 * Pure (d3-scale only) so it runs at build time and in tests; `BarChart.astro` draws it as SVG.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarRow {
  label: string;
  value: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** x where bars start (after the label column). */
  x0: number;
  bars: { label: string; value: number; y: number; width: number; height: number; labelY: number }[];
}

/** Options for `layoutBars`, in SVG user units. */
export interface BarOptions {
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  rowHeight?: number;
  padding?: number;
}

/** Lays out rows as horizontal bars scaled from zero to the largest value. */
export function layoutBars(rows: readonly BarRow[], options: BarOptions = {}): BarLayout {
  const { width = 640, labelWidth = 130, valueWidth = 70, rowHeight = 34, padding = 0.28 } = options;
  const height = rows.length * rowHeight;
  const max = Math.max(0, ...rows.map((r) => r.value));
  const x = scaleLinear()
    .domain([0, max || 1])
    .range([0, width - labelWidth - valueWidth]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([0, height])
    .padding(padding);
  return {
    width,
    height,
    x0: labelWidth,
    bars: rows.map((r, i) => {
      const top = y(i) ?? 0;
      return {
        label: r.label,
        value: r.value,
        y: top,
        width: x(r.value),
        height: y.bandwidth(),
        labelY: top + y.bandwidth() / 2,
      };
    }),
  };
}
