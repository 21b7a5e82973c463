/**
 * Layout of a timeline for one width, as plain numbers (CSS pixels, drawn at true size). Pure
 * (d3-scale's UTC time scale, `spread` and the character-width table), so it runs at build time
 * and in tests; `timeline-svg.ts` draws it.
 *
 * Each event is a mark on a time axis covering the span its date names (a dot for a day or a
 * month, a bar along the axis for a date known only to the year) and a label: its date, then its
 * title. Labels never overlap each other, and leaders never cross each other or a label:
 *
 * - `vertical` (narrow drawings): time runs down the page, years left of the axis, labels right
 *   of it in date order, moved apart as little as possible (`spread`), each joined to its mark.
 * - `horizontal` (wide drawings): time runs across; labels alternate above and below the axis,
 *   in date order on each side, centred on their marks as nearly as their neighbours allow.
 *
 * Events bunch (four in 2025, none in 2018), so the time scale is piecewise: each year gets room
 * in proportion to its events' labels, at least a minimum, and time runs evenly within a year.
 * The ticks show where each year begins, so unequal years are visible; labels then sit beside
 * their marks instead of far from them.
 */
import { scaleUtc } from 'd3-scale';
import { dateSpan, shortDate } from './dates';
import { spread } from './spread';
import { balanceText, textWidth } from './text-width';
import { ASCENT, DESCENT, HALF_CAP, INSET, type TextLine } from './type';

/** One event to place. */
export interface TimelineItem {
  /** `2017`, `2019-08` or `2019-08-15`. */
  date: string;
  /** True when the sources give the date only approximately. */
  approximate?: boolean;
  /** The event, in a few words. */
  label: string;
}

/** Type sizes of a timeline, in CSS pixels; `charts.css` must use the same. */
export const TIMELINE_TYPE = {
  /** Event titles. */
  label: 13,
  /** Event dates and years on the axis (semi-bold dates). */
  date: 12,
} as const;

const LABEL_LINE = 17;
const DATE_LINE = 15;
/** Radius of a dot; half the thickness of a year bar. */
const DOT_R = 4.5;
/** The least room a year gets down the page, events or none. */
const MIN_YEAR = 30;
/** Drawings at least this wide run time across the page. */
export const HORIZONTAL_FROM = 640;

/** One placed event. */
export interface TimelineMark {
  /** Index of the event in the items given (the chart's row). */
  index: number;
  /** The mark: from (x1, y1) to (x2, y2) along the axis; a dot when they are the same point. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Its date, as the label's first line (semi-bold). */
  dateLine: TextLine;
  /** Its title, broken into lines. */
  labelLines: TextLine[];
  /** The leader from the mark to the label, as points. */
  leader: [number, number][];
  /** The label's box, for tests and the interactive layer: left, top, right, bottom. */
  box: [number, number, number, number];
  /** Whether the label's lines start at their x (beside a leader, down the page) or are centred on it (across). */
  anchor: 'start' | 'middle';
}

/** A short line across the axis where a year begins. */
export interface TimelineTick {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A year's number, in the middle of its span of the axis. */
export type TimelineYear = TextLine & { anchor: 'middle' | 'end' };

export interface TimelineLayout {
  width: number;
  height: number;
  orientation: 'vertical' | 'horizontal';
  /** The axis line. */
  axis: { x1: number; y1: number; x2: number; y2: number };
  /** Where each year begins (and the last one ends). */
  ticks: TimelineTick[];
  years: TimelineYear[];
  /** The events, in date order. */
  events: TimelineMark[];
}

/** Options for `layoutTimeline`. */
export interface TimelineOptions {
  /** Width of the drawing in CSS pixels. */
  width: number;
  /** `auto` (default): across the page from `HORIZONTAL_FROM` px, else down it. */
  orientation?: 'auto' | 'vertical' | 'horizontal';
}

/** Lays out `items` as a timeline `width` px wide. */
export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions): TimelineLayout {
  const orientation =
    options.orientation === undefined || options.orientation === 'auto'
      ? options.width >= HORIZONTAL_FROM
        ? 'horizontal'
        : 'vertical'
      : options.orientation;
  const events = items
    .map((item, index) => ({ ...item, index, ...dateSpan(item.date) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.index - b.index);
  if (events.length === 0) throw new Error('layoutTimeline: no events');
  const first = events[0]!.start.getUTCFullYear();
  const last = Math.max(...events.map((e) => new Date(e.end.getTime() - 1).getUTCFullYear()));
  const years = Array.from({ length: last - first + 2 }, (_, i) => new Date(Date.UTC(first + i, 0, 1)));
  return orientation === 'vertical' ? vertical(events, years, options.width) : horizontal(events, years, options.width);
}

type Dated = TimelineItem & { index: number; start: Date; end: Date };

/** The middle of an event's span. */
const middle = (e: Dated) => new Date((e.start.getTime() + e.end.getTime()) / 2);

/** The words of an event's label: its date line and title lines, broken to `width`. */
function words(e: Dated, width: number): { date: string; lines: string[]; height: number; wide: number } {
  const date = shortDate(e.date, e.approximate);
  const lines = balanceText(e.label, width, TIMELINE_TYPE.label);
  const wide = Math.max(
    textWidth(date, TIMELINE_TYPE.date, 600),
    ...lines.map((l) => textWidth(l, TIMELINE_TYPE.label)),
  );
  return { date, lines, height: DATE_LINE + lines.length * LABEL_LINE, wide };
}

/** Text lines of a label whose box starts at (x, top). */
function labelText(
  x: number,
  top: number,
  date: string,
  lines: string[],
): { dateLine: TextLine; labelLines: TextLine[] } {
  return {
    dateLine: { text: date, x, y: top + DATE_LINE / 2 + HALF_CAP * TIMELINE_TYPE.date },
    labelLines: lines.map((text, k) => ({
      text,
      x,
      y: top + DATE_LINE + k * LABEL_LINE + LABEL_LINE / 2 + HALF_CAP * TIMELINE_TYPE.label,
    })),
  };
}

/** A mark's two ends along the axis: a dot for a day or a month, a bar for a year. */
function markEnds(scale: (d: Date) => number, e: Dated): [number, number] {
  const a = scale(e.start);
  const b = scale(e.end);
  if (e.date.includes('-') || b - a < 2 * DOT_R + 6) {
    const mid = scale(middle(e));
    return [mid, mid];
  }
  // A year bar stops short of the year's ticks.
  return [a + 3, b - 3];
}

function vertical(events: Dated[], years: Date[], width: number): TimelineLayout {
  const yearWidth = textWidth('0000', TIMELINE_TYPE.date);
  const axisX = Math.round(INSET + yearWidth + 10) + 0.5;
  const labelX = axisX + 16;
  const labelWidth = width - INSET - labelX;
  const texts = events.map((e) => words(e, labelWidth));
  const gap = 10;
  // Each year gets the room its labels need (at least MIN_YEAR), so that labels sit beside their
  // marks; time runs evenly within a year, and the ticks show where each year begins.
  const need = years.slice(0, -1).map(() => 0);
  events.forEach((e, i) => {
    const k = middle(e).getUTCFullYear() - years[0]!.getUTCFullYear();
    need[k]! += texts[i]!.height + gap;
  });
  const top = Math.ceil(ASCENT * TIMELINE_TYPE.date) + 2;
  const stops = [top];
  for (const n of need) stops.push(stops.at(-1)! + Math.max(MIN_YEAR, n + 6));
  const y = scaleUtc().domain(years).range(stops);
  const centres = events.map((e) => y(middle(e)));
  // A label's date line sits level with its mark when it can.
  const tops = spread(
    texts.map((t, i) => ({ ideal: centres[i]! - DATE_LINE / 2 + t.height / 2, size: t.height })),
    gap,
    1,
  );
  const marks = events.map((e, i): TimelineMark => {
    const t = texts[i]!;
    const [y1, y2] = markEnds(y, e);
    const labelTop = tops[i]!;
    const dateMid = labelTop + DATE_LINE / 2;
    const text = labelText(labelX, labelTop, t.date, t.lines);
    const at = centres[i]!;
    return {
      index: e.index,
      x1: axisX,
      y1,
      x2: axisX,
      y2,
      ...text,
      leader:
        Math.abs(dateMid - at) < 1
          ? [
              [axisX + DOT_R + 2, at],
              [labelX - 4, at],
            ]
          : [
              [axisX + DOT_R + 2, at],
              [axisX + 8, at],
              [labelX - 6, dateMid],
              [labelX - 4, dateMid],
            ],
      box: [labelX, labelTop, labelX + t.wide, labelTop + t.height],
      anchor: 'start',
    };
  });
  const axisEnd = y(years.at(-1)!);
  const ticks = years.map((d): TimelineTick => ({ x1: axisX - 5, y1: y(d), x2: axisX + 5, y2: y(d) }));
  const yearLabels = years.slice(0, -1).map((start, i): TimelineYear => ({
    text: String(start.getUTCFullYear()),
    x: axisX - 10,
    y: (y(start) + y(years[i + 1]!)) / 2 + HALF_CAP * TIMELINE_TYPE.date,
    anchor: 'end',
  }));
  const bottom = Math.max(
    axisEnd,
    ...marks.map((m) => m.box[3] - LABEL_LINE / 2 + (0.5 + DESCENT) * TIMELINE_TYPE.label),
  );
  return {
    width,
    height: Math.ceil(bottom + 3),
    orientation: 'vertical',
    axis: { x1: axisX, y1: top, x2: axisX, y2: axisEnd },
    ticks,
    years: yearLabels,
    events: marks,
  };
}

/** Widest a label runs across the page, and the least gap between labels side by side. */
const FLAG_WIDTH = 140;
const FLAG_GAP = 10;
/** The least room a year gets across the page. */
const MIN_YEAR_ACROSS = 36;
/** Room for the leaders between the axis and the labels, and for the year numbers under the axis. */
const LEADER_ROOM = 26;
const YEAR_ROW = 18;

function horizontal(events: Dated[], years: Date[], width: number): TimelineLayout {
  const left = INSET + 1;
  const right = width - INSET;
  // Neighbours in time go to opposite sides, so each side holds every other event; each label is
  // as wide as its side's share of the width allows (FLAG_WIDTH at most), centred on its mark as
  // nearly as its neighbours let it be.
  const sides = events.map((_, i): 'above' | 'below' => (i % 2 === 0 ? 'above' : 'below'));
  const perSide = Math.ceil(events.length / 2);
  const labelWidth = Math.min(FLAG_WIDTH, Math.floor((right - INSET - (perSide - 1) * FLAG_GAP) / perSide));
  const texts = events.map((e) => words(e, labelWidth));
  // As down the page, each year gets room in proportion to its events (half a label each, as the
  // labels alternate sides), and at least MIN_YEAR_ACROSS.
  const counts = years.slice(0, -1).map(() => 0);
  for (const e of events) counts[middle(e).getUTCFullYear() - years[0]!.getUTCFullYear()]! += 1;
  const room = right - 4 - left;
  let unit = room / Math.max(1, events.length);
  for (let pass = 0; pass < 8; pass++) {
    const used = counts.reduce((sum, n) => sum + Math.max(MIN_YEAR_ACROSS, n * unit), 0);
    unit *= room / used;
  }
  const stops = [left];
  for (const n of counts) stops.push(stops.at(-1)! + Math.max(MIN_YEAR_ACROSS, n * unit));
  const x = scaleUtc().domain(years).range(stops);
  const centres = events.map((e) => x(middle(e)));
  const starts: number[] = [];
  for (const side of ['above', 'below'] as const) {
    const members = events.flatMap((_, i) => (sides[i] === side ? [i] : []));
    const placed = spread(
      members.map((i) => ({ ideal: centres[i]!, size: texts[i]!.wide })),
      FLAG_GAP,
      INSET,
      right,
    );
    members.forEach((i, k) => (starts[i] = placed[k]!));
  }
  const tallest = (side: 'above' | 'below') =>
    Math.max(0, ...texts.filter((_, i) => sides[i] === side).map((t) => t.height));
  const axisY = Math.ceil(2 + tallest('above') + LEADER_ROOM) + 0.5;
  const belowTop = axisY + YEAR_ROW + LEADER_ROOM - 8;

  const marks = events.map((e, i): TimelineMark => {
    const t = texts[i]!;
    const [x1, x2] = markEnds(x, e);
    const above = sides[i] === 'above';
    const labelTop = above ? axisY - LEADER_ROOM - t.height : belowTop;
    const labelLeft = starts[i]!;
    const centre = labelLeft + t.wide / 2;
    const text = labelText(centre, labelTop, t.date, t.lines);
    const from = above ? axisY - DOT_R - 2 : axisY + DOT_R + 2;
    const to = above ? labelTop + t.height + 3 : labelTop - 3;
    return {
      index: e.index,
      x1,
      y1: axisY,
      x2,
      y2: axisY,
      ...text,
      leader: [
        [centres[i]!, from],
        [centre, to],
      ],
      box: [labelLeft, labelTop, labelLeft + t.wide, labelTop + t.height],
      anchor: 'middle',
    };
  });
  const ticks = years.map((d): TimelineTick => ({ x1: x(d), y1: axisY - 5, x2: x(d), y2: axisY + 5 }));
  const yearLabels = years.slice(0, -1).map((start, i): TimelineYear => ({
    text: String(start.getUTCFullYear()),
    x: (x(start) + x(years[i + 1]!)) / 2,
    y: axisY + 5 + ASCENT * TIMELINE_TYPE.date,
    anchor: 'middle',
  }));
  const bottom = Math.max(
    axisY + YEAR_ROW,
    ...marks.map((m) => m.box[3] - LABEL_LINE / 2 + (0.5 + DESCENT) * TIMELINE_TYPE.label),
  );
  return {
    width,
    height: Math.ceil(bottom + 2),
    orientation: 'horizontal',
    axis: { x1: left, y1: axisY, x2: x(years.at(-1)!), y2: axisY },
    ticks,
    years: yearLabels,
    events: marks,
  };
}
