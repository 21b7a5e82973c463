/**
 * What every chart kind shares: the widths it is drawn at, its type sizes and the metrics of the
 * site's sans-serif, and how its numbers are written into SVG. One place, so that the kinds look
 * alike and `ChartDrawings.astro` can switch between drawings with one set of container queries.
 */

/**
 * Widths (CSS px) every chart is drawn at, narrowest first. Each drawing is shown while the
 * chart's box is at least that wide and narrower than the next (`charts.css` lists the same
 * widths in its container queries); the narrowest also below its width, scaled down to fit.
 * They cover a chart's box from a 320 px phone (in its card) to the wide right column (~770 px).
 */
export const CHART_WIDTHS = [240, 320, 400, 480, 700] as const;

/** One of `CHART_WIDTHS`. */
export type ChartWidth = (typeof CHART_WIDTHS)[number];

/**
 * The widths each kind is drawn at, a subset of `CHART_WIDTHS`: a drawing also serves the width
 * bands up to the next one drawn. Bars and ranges reflow their labels at every band; a ledger and
 * a timeline change little between neighbouring bands, and a timeline is long, so fewer of their
 * drawings ship (the long read carries every drawing in its HTML).
 */
export const DRAWN_WIDTHS = {
  bar: CHART_WIDTHS,
  ranges: CHART_WIDTHS,
  ledger: [240, 320, 480],
  timeline: [240, 400, 700],
} as const satisfies Record<string, readonly ChartWidth[]>;

/** The width bands (of `CHART_WIDTHS`) a drawing at `width` serves when only `drawn` are drawn. */
export function bandsOf(width: number, drawn: readonly number[]): ChartWidth[] {
  const next = drawn.find((w) => w > width) ?? Infinity;
  return CHART_WIDTHS.filter((band) => band >= width && band < next);
}

/** Type sizes of the charts, in CSS pixels; `charts.css` must use the same. */
export const CHART_TYPE = {
  /** Row labels, group headings, event titles. */
  label: 14,
  /** Sources, dates, captions: the grey second line. */
  source: 12,
  /** Values written beside marks. */
  value: 13,
} as const;

/** How far a line of Noto Sans reaches above and below its baseline, in ems (its ascender and descender). */
export const ASCENT = 1.07;
export const DESCENT = 0.3;
/** Half the height of a capital, in ems: a baseline this far below a line's middle centres it. */
export const HALF_CAP = 0.36;
/** Margin kept free at a drawing's left and right edges, for glyphs that reach past their advance ("j"). */
export const INSET = 2;

/** One line of text, placed by its baseline. */
export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

/** A number as written into SVG markup: one decimal at most (a tenth of a CSS pixel). */
export function px(n: number): number {
  return Math.round(n * 10) / 10;
}
