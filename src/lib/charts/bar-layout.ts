/**
 * Layout of a horizontal bar chart for one width, as plain numbers: where each bar, label, source
 * and value goes, in CSS pixels (the drawing is shown at its true size, never scaled down).
 * Pure (d3-scale and a character-width table only), so it runs at build time and in tests;
 * `BarChart.astro` draws it as SVG, once per width band.
 *
 * Labels go to the left of the bars when they fit there in a line or two; otherwise above their
 * bar, which then gets the whole width. Each value is written just past the end of its bar, and
 * the scale leaves room for the longest of them, so no value is ever cut off.
 *
 * A row with a `low` value is a range (an estimate given as "between 18 and 37"): its bar runs
 * from `low` to `value` instead of from zero, so one estimate is drawn as one bar, with the low
 * end written left of the bar (or, without room there, both ends written after it: "18–37").
 */
import { scaleLinear } from 'd3-scale';
import { balanceText, textWidth, wrapText } from './text-width';
import { ASCENT, CHART_TYPE, CHART_WIDTHS, DESCENT, HALF_CAP, INSET, type TextLine } from './type';

export type { TextLine } from './type';

export interface BarRow {
  label: string;
  /** Who made the estimate or reported the figure, shown in grey under the label. */
  source?: string;
  /** The value, or the upper end of a range. */
  value: number;
  /** The lower end of a range; leave out for a single value. */
  low?: number;
}

/** A value written beside a bar. */
export interface ValueLabel extends TextLine {
  /** `end` for the low end of a range, written left of its bar. */
  anchor: 'start' | 'end';
}

export interface Bar {
  label: string;
  value: number;
  /** The lower end, for a range. */
  low?: number;
  /** The label, broken into lines. */
  labelLines: TextLine[];
  /** The source, broken into lines (none without a source). */
  sourceLines: TextLine[];
  /** The bar's rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** One value after the bar; for a range, its low end before it and its high end after it, or "low–high" after it. */
  values: ValueLabel[];
}

export interface BarLayout {
  width: number;
  height: number;
  /** Where the labels sit. */
  labels: 'left' | 'above';
  /** x of zero on the value scale. */
  x0: number;
  bars: Bar[];
}

/** Type sizes of a bar chart, in CSS pixels: those of every chart (`CHART_TYPE`). */
export const BAR_TYPE = CHART_TYPE;

/** Options for `layoutBars`. */
export interface BarOptions {
  /** Width of the drawing in CSS pixels. */
  width: number;
  /** Where labels go: `auto` (default) puts them left when they fit there, else above. */
  labels?: 'auto' | 'left' | 'above';
  /** How a number reads (`4860` → `4,860`). */
  format?: (n: number) => string;
}

const LABEL_LINE = 18;
const SOURCE_LINE = 15;
/** Space between the label column and the bars, and between a bar and its value. */
const GAP = 12;
const VALUE_GAP = 6;
/** Share of the width the label column may take. */
const LABEL_SHARE = 0.4;
/** Share of the width under which one-line labels go left in any drawing, however narrow. */
const ONE_LINE_SHARE = 0.38;

/** Lays out rows as horizontal bars for a drawing `width` px wide (ranges from low to value). */
export function layoutBars(rows: readonly BarRow[], options: BarOptions): BarLayout {
  const { width, format = String } = options;
  const labels = options.labels === undefined || options.labels === 'auto' ? chooseLabels(rows, width) : options.labels;
  const labelWidth = labels === 'left' ? leftColumn(rows, width - 2 * INSET) : width - 2 * INSET;
  const x0 = labels === 'left' ? INSET + labelWidth + GAP : INSET;
  const area = width - INSET - x0;
  const max = Math.max(0, ...rows.map((r) => r.value)) || 1;

  // Which rows write their low end left of the bar; those without room write "low–high" after it.
  const lowLeft = rows.map((r) => r.low !== undefined);
  const after = (r: BarRow, i: number) =>
    r.low !== undefined && !lowLeft[i] ? formatBarValue(r, format) : format(r.value);
  let x = scaleLinear()
    .domain([0, max])
    .range([x0, x0 + area]);
  for (let pass = 0; pass < 3; pass++) {
    // The widest the scale may run so that every value still fits after its bar.
    const reach = Math.min(
      area,
      ...rows.map((r, i) =>
        r.value > 0 ? ((area - VALUE_GAP - textWidth(after(r, i), BAR_TYPE.value)) * max) / r.value : area,
      ),
    );
    x = scaleLinear()
      .domain([0, max])
      .range([x0, x0 + Math.max(0, reach)]);
    let changed = false;
    rows.forEach((r, i) => {
      if (lowLeft[i] && r.low !== undefined && x(r.low) - VALUE_GAP - textWidth(format(r.low), BAR_TYPE.value) < x0) {
        lowLeft[i] = false;
        changed = true;
      }
    });
    if (!changed) break;
  }

  const barHeight = labels === 'left' ? 18 : 16;
  const rowGap = labels === 'left' ? 10 : 14;
  let top = Math.ceil(ASCENT * BAR_TYPE.label - LABEL_LINE / 2 - HALF_CAP * BAR_TYPE.label) + 1;
  let bottom = 0;
  const bars = rows.map((r, i): Bar => {
    const labelLines = balanceText(r.label, labelWidth, BAR_TYPE.label).map((text, k) => ({
      text,
      x: INSET,
      y: top + k * LABEL_LINE + LABEL_LINE / 2 + HALF_CAP * BAR_TYPE.label,
    }));
    const textTop = top + labelLines.length * LABEL_LINE;
    const sourceLines = (r.source ? balanceText(r.source, labelWidth, BAR_TYPE.source) : []).map((text, k) => ({
      text,
      x: INSET,
      y: textTop + k * SOURCE_LINE + SOURCE_LINE / 2 + HALF_CAP * BAR_TYPE.source - 1,
    }));
    const textBottom = textTop + sourceLines.length * SOURCE_LINE;
    const y = labels === 'left' ? top + LABEL_LINE / 2 - barHeight / 2 : textBottom + 4;
    const start = r.low === undefined ? x0 : x(r.low);
    const end = x(r.value);
    const valueY = y + barHeight / 2 + HALF_CAP * BAR_TYPE.value;
    const values: ValueLabel[] = [{ text: after(r, i), x: end + VALUE_GAP, y: valueY, anchor: 'start' }];
    if (lowLeft[i] && r.low !== undefined) {
      values.unshift({ text: format(r.low), x: start - VALUE_GAP, y: valueY, anchor: 'end' });
    }
    const rowBottom = Math.max(y + barHeight, textBottom);
    bottom = Math.max(rowBottom, valueY + DESCENT * BAR_TYPE.value, lastBaseline(labelLines, sourceLines));
    top = rowBottom + rowGap;
    return {
      label: r.label,
      value: r.value,
      ...(r.low === undefined ? {} : { low: r.low }),
      labelLines,
      sourceLines,
      x: start,
      y,
      width: Math.max(1, end - start),
      height: barHeight,
      values,
    };
  });
  return { width, height: Math.ceil(bottom + 2), labels, x0, bars };
}

/** Lowest point of a row's text (its last line's descender). */
function lastBaseline(labelLines: TextLine[], sourceLines: TextLine[]): number {
  const source = sourceLines.at(-1);
  if (source) return source.y + DESCENT * BAR_TYPE.source;
  return (labelLines.at(-1)?.y ?? 0) + DESCENT * BAR_TYPE.label;
}

/**
 * Width of the label column when labels sit left: as wide as the widest line of a label or source
 * once each is broken into even lines within the column's share of the width.
 */
function leftColumn(rows: readonly BarRow[], width: number): number {
  const share = width * LABEL_SHARE;
  const widest = (text: string, size: number) =>
    Math.max(...balanceText(text, share, size).map((line) => textWidth(line, size)));
  const natural = Math.max(
    ...rows.map((r) => Math.max(widest(r.label, BAR_TYPE.label), r.source ? widest(r.source, BAR_TYPE.source) : 0)),
  );
  return Math.ceil(Math.min(natural, share));
}

/**
 * Labels go left when each fits on one line in a column of at most 38% of the width, or, in
 * a drawing at least 480 px wide, on two lines (sources too) in the label column; otherwise above.
 */
export function chooseLabels(rows: readonly BarRow[], width: number): 'left' | 'above' {
  const column = leftColumn(rows, width);
  const lines = (r: BarRow) => ({
    label: wrapText(r.label, column, BAR_TYPE.label).length,
    source: r.source ? wrapText(r.source, column, BAR_TYPE.source).length : 0,
  });
  if (column <= width * ONE_LINE_SHARE && rows.every((r) => lines(r).label === 1 && lines(r).source <= 1))
    return 'left';
  if (width >= 480 && rows.every((r) => lines(r).label <= 2 && lines(r).source <= 2)) return 'left';
  return 'above';
}

/** How a row's value reads in labels and tables: `4,860`, or `18–37` for a range. */
export function formatBarValue(row: Pick<BarRow, 'value' | 'low'>, format: (n: number) => string): string {
  return row.low === undefined ? format(row.value) : `${format(row.low)}–${format(row.value)}`;
}

/** Widths (CSS px) a bar chart is drawn at: those of every chart (`CHART_WIDTHS`). */
export const BAR_WIDTHS = CHART_WIDTHS;
