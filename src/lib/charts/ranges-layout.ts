/**
 * Layout of a chart of estimates as ranges, for one width, as plain numbers (CSS pixels, drawn at
 * true size). Pure (d3-scale and the character-width table); `RangesChart.astro` draws it.
 *
 * Estimates are grouped (by country) under a heading. Each estimate is one row, labelled with who
 * made it and when, and marked on one shared scale from zero: a dot for a figure, a bar from low
 * to high for a range, and a dot with an arrow for an open bound ("at least 120,000" points
 * right, "as many as 85,000" left). The estimate's words are written after its mark; a row with
 * no number ("tens of thousands") gets its words and no mark. Labels sit left of the scale when
 * they fit there in a line or two and leave the scale room, otherwise above their row.
 */
import { scaleLinear } from 'd3-scale';
import type { Bound } from '../content/schema';
import { boundWords, openSide } from './bounds';
import { balanceText, textWidth } from './text-width';
import { ASCENT, CHART_TYPE, DESCENT, HALF_CAP, INSET, type TextLine } from './type';

/** One estimate to place. */
export interface RangeItem {
  /** Its group's heading ("Cambodia"). */
  group: string;
  /** Who made it and when ("UN human rights office, 2023"). */
  label: string;
  /** The figure, or the upper end of a range; none when the source gives no number. */
  value?: number | undefined;
  /** The lower end of a range. */
  low?: number | undefined;
  bound?: Bound | undefined;
  /** The estimate in words, written beside the mark; by default the figure with its bound. */
  words?: string | undefined;
}

/** A placed estimate. */
export interface RangeMark {
  /** Index of the estimate in the items given (the chart's row). */
  index: number;
  labelLines: TextLine[];
  /** What is drawn: a dot, a bar from x1 to x2, or nothing (no number). */
  kind: 'dot' | 'range' | 'none';
  /** Centre line of the mark. */
  y: number;
  /** The dot (x1 = x2), or the range's ends. */
  x1: number;
  x2: number;
  /** An open bound's arrow, from the dot to its tip (`tip` < `x1` points left). */
  arrow?: { from: number; tip: number };
  /** The estimate's words, after the mark. */
  words: TextLine;
}

/** A group heading, with the rule drawn under it. */
export interface RangeGroup {
  heading: TextLine;
  rule: { x1: number; x2: number; y: number };
}

export interface RangesLayout {
  width: number;
  height: number;
  labels: 'left' | 'above';
  /** x of zero; the scale's ticks, with their labels, and the grid's extent. */
  x0: number;
  ticks: { x: number; label: TextLine & { anchor: 'start' | 'middle' | 'end' } }[];
  grid: { y1: number; y2: number };
  groups: RangeGroup[];
  rows: RangeMark[];
}

/** Options for `layoutRanges`. */
export interface RangesOptions {
  width: number;
  /** `auto` (default): left of the scale when every label fits in two lines in 40% of the width and the scale keeps `MIN_LEFT_SCALE` px. */
  labels?: 'auto' | 'left' | 'above';
  /** How a number reads (`120000` → `120,000`). */
  format?: (n: number) => string;
}

const DOT_R = 5;
const RANGE_H = 10;
/** Length of an open bound's arrow beyond its dot. */
const ARROW = 22;
const GAP = 12;
const WORDS_GAP = 7;
const LABEL_LINE = 17;
const ROW_GAP = 12;
const LABEL_SHARE = 0.4;
/** Labels go left of the scale only when that leaves the scale and its words this much room. */
const MIN_LEFT_SCALE = 380;

/** The words written beside an estimate. */
export function rangeWords(item: Omit<RangeItem, 'group' | 'label'>, format: (n: number) => string): string {
  if (item.words !== undefined) return item.words;
  if (item.value === undefined) return '';
  if (item.low !== undefined) return `${format(item.low)}–${format(item.value)}`;
  return boundWords(item.bound, format(item.value));
}

/** Lays out `items` as ranges for a drawing `width` px wide. */
export function layoutRanges(items: readonly RangeItem[], options: RangesOptions): RangesLayout {
  const { width, format = String } = options;
  const size = CHART_TYPE.value;
  const column = Math.floor((width - 2 * INSET) * LABEL_SHARE);
  const fitsLeft = items.every((item) => balanceText(item.label, column, size).length <= 2);
  const labels =
    options.labels === undefined || options.labels === 'auto'
      ? fitsLeft && width - column - GAP - 2 * INSET >= MIN_LEFT_SCALE
        ? 'left'
        : 'above'
      : options.labels;
  const labelWidth =
    labels === 'left'
      ? Math.ceil(
          Math.max(
            ...items.map((item) => Math.max(...balanceText(item.label, column, size).map((l) => textWidth(l, size)))),
          ),
        )
      : width - 2 * INSET;
  const x0 = labels === 'left' ? INSET + labelWidth + GAP : INSET + DOT_R;
  const right = width - INSET;
  const max = Math.max(1, ...items.map((item) => item.value ?? 0));

  // The widest the scale may run so that every estimate's words still fit after its mark.
  let reach = right - x0;
  for (const item of items) {
    if (item.value === undefined) continue;
    const side = item.low === undefined ? openSide(item.bound) : undefined;
    const after = (side === 'right' ? ARROW : DOT_R) + WORDS_GAP + textWidth(rangeWords(item, format), size);
    reach = Math.min(reach, ((right - x0 - after) * max) / item.value);
  }
  const x = scaleLinear()
    .domain([0, max])
    .range([x0, x0 + Math.max(0, reach)]);

  // Ticks: as many as fit with their labels apart, never past the drawing.
  const tickSize = CHART_TYPE.source;
  let values = x.ticks(Math.max(2, Math.floor(reach / 130)));
  const tickWidth = (v: number) => textWidth(format(v), tickSize);
  while (
    values.length > 2 &&
    values.some((v, i) => i > 0 && x(v) - x(values[i - 1]!) < (tickWidth(v) + tickWidth(values[i - 1]!)) / 2 + 10)
  ) {
    // d3's count is a hint: asking for fewer ticks can give as many (0 to 62,000 in 2 steps is
    // 0, 20,000, 40,000, 60,000). Ask for fewer until there are fewer, else keep both ends, so
    // that every round drops a tick and the loop ends.
    let count = values.length - 2;
    let fewer = x.ticks(count);
    while (fewer.length >= values.length && count > 1) fewer = x.ticks(--count);
    values = fewer.length < values.length ? fewer : [values[0]!, values.at(-1)!];
  }
  const tickY = Math.ceil(ASCENT * tickSize) + 1;
  const ticks = values
    .map((v) => {
      const w = tickWidth(v);
      const cx = x(v);
      const anchor: 'start' | 'middle' | 'end' = cx - w / 2 < INSET ? 'start' : cx + w / 2 > right ? 'end' : 'middle';
      const tx = anchor === 'start' ? Math.max(INSET, cx - 2) : cx;
      return { x: cx, label: { text: format(v), x: tx, y: tickY, anchor } };
    })
    .filter((t) => (t.label.anchor === 'end' ? t.x <= right : true));

  let top = tickY + DESCENT * tickSize + 8;
  const gridTop = top - 4;
  const groups: RangeGroup[] = [];
  const rows: RangeMark[] = [];
  items.forEach((item, index) => {
    if (index === 0 || items[index - 1]!.group !== item.group) {
      if (index > 0) top += 6;
      const baseline = top + ASCENT * CHART_TYPE.label - 1;
      groups.push({
        heading: { text: item.group, x: INSET, y: baseline },
        rule: { x1: INSET, x2: right, y: Math.round(baseline + DESCENT * CHART_TYPE.label + 3) + 0.5 },
      });
      top = baseline + DESCENT * CHART_TYPE.label + 10;
    }
    const lines = balanceText(item.label, labelWidth, size);
    const labelLines = lines.map((text, k) => ({
      text,
      x: INSET,
      y: top + k * LABEL_LINE + LABEL_LINE / 2 + HALF_CAP * size,
    }));
    const markY = labels === 'left' ? top + LABEL_LINE / 2 : top + lines.length * LABEL_LINE + 2 + RANGE_H / 2;
    const words = rangeWords(item, format);
    let mark: Pick<RangeMark, 'kind' | 'x1' | 'x2' | 'arrow'>;
    if (item.value === undefined) {
      mark = { kind: 'none', x1: x0, x2: x0 };
    } else if (item.low !== undefined) {
      mark = { kind: 'range', x1: x(item.low), x2: x(item.value) };
    } else {
      const cx = x(item.value);
      const side = openSide(item.bound);
      const arrow =
        side === 'right'
          ? { from: cx + DOT_R, tip: cx + ARROW }
          : side === 'left'
            ? { from: cx - DOT_R, tip: Math.max(x0, cx - ARROW) }
            : undefined;
      mark = { kind: 'dot', x1: cx, x2: cx, ...(arrow ? { arrow } : {}) };
    }
    const end =
      mark.kind === 'none'
        ? x0 - WORDS_GAP
        : mark.arrow && mark.arrow.tip > mark.x2
          ? mark.arrow.tip
          : mark.x2 + (mark.kind === 'dot' ? DOT_R : 0);
    rows.push({
      index,
      labelLines,
      ...mark,
      y: markY,
      words: { text: words, x: end + WORDS_GAP, y: markY + HALF_CAP * size },
    });
    const bottom = Math.max(markY + RANGE_H / 2, top + lines.length * LABEL_LINE);
    top = bottom + ROW_GAP;
  });
  const last = rows.at(-1);
  const bottom = last ? Math.max(last.y + RANGE_H / 2, last.labelLines.at(-1)!.y + DESCENT * size) : top;
  return {
    width,
    height: Math.ceil(bottom + 3),
    labels,
    x0,
    ticks,
    grid: { y1: gridTop, y2: bottom },
    groups,
    rows,
  };
}

/** Sizes of the marks, for the renderer. */
export const RANGE_MARK = { dot: DOT_R, range: RANGE_H } as const;
