/**
 * Layout of a horizontal bar chart, as plain numbers: where each bar, label and value goes.
 * Pure (d3-scale only) so it runs at build time and in tests; `BarChart.astro` draws it as SVG.
 *
 * A row with a `low` value is a range (an estimate given as "between 18 and 37"): its bar runs
 * from `low` to `value` instead of from zero, so one estimate is drawn as one bar.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarRow {
  label: string;
  /** The value, or the upper end of a range. */
  value: number;
  /** The lower end of a range; leave out for a single value. */
  low?: number;
}

export interface Bar {
  label: string;
  value: number;
  /** The lower end, for a range. */
  low?: number;
  /** Offset of the bar's start from `x0`: 0 for a single value, the scaled `low` for a range. */
  x: number;
  y: number;
  width: number;
  height: number;
  labelY: number;
}

export interface BarLayout {
  width: number;
  height: number;
  /** x where bars start (after the label column). */
  x0: number;
  bars: Bar[];
}

/** Options for `layoutBars`, in SVG user units. */
export interface BarOptions {
  width?: number;
  labelWidth?: number;
  valueWidth?: number;
  rowHeight?: number;
  padding?: number;
}

/** Lays out rows as horizontal bars scaled from zero to the largest value (ranges from low to value). */
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
      const start = r.low === undefined ? 0 : x(r.low);
      return {
        label: r.label,
        value: r.value,
        ...(r.low === undefined ? {} : { low: r.low }),
        x: start,
        y: top,
        width: x(r.value) - start,
        height: y.bandwidth(),
        labelY: top + y.bandwidth() / 2,
      };
    }),
  };
}

/** How a row's value reads in labels and tables: `4,860`, or `18–37` for a range. */
export function formatBarValue(row: Pick<BarRow, 'value' | 'low'>, format: (n: number) => string): string {
  return row.low === undefined ? format(row.value) : `${format(row.low)}–${format(row.value)}`;
}
