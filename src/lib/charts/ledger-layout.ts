/**
 * Layout of a "promise against price" ledger for one width, as plain numbers (CSS pixels, drawn
 * at true size). Pure (d3-scale and the character-width table); `LedgerChart.astro` draws it.
 *
 * For each person, stacked: who they are and who reported it; the pay they were promised for a
 * month, as a short bar; the price put on them, as a longer bar on the same dollar scale, cut into
 * blocks of one month of that promised pay; and, under it, how many months the price equals
 * (`monthsOfPay`). A promise of "more than" a sum has an arrow pointing right at the end of its
 * bar. A key over the rows says what one block is.
 */
import { scaleLinear } from 'd3-scale';
import type { Bound } from '../content/schema';
import { openSide } from './bounds';
import { monthsOfPay, type MonthsOfPay } from './months-of-pay';
import { balanceText, type TextWeight } from './text-width';
import { CHART_TYPE, DESCENT, HALF_CAP, INSET, type TextLine } from './type';

/** One person to place. */
export interface LedgerItem {
  /** Who ("Tao, a securities analyst from China"). */
  label: string;
  /** Who reported it ("Al Jazeera"). */
  source: string;
  /** The pay promised a month; `words` as the source gives it ("more than $1,500 a month"), shown after "Promised". */
  promised: { usd: number; bound?: Bound | undefined; words: string };
  price: { usd: number; words: string };
}

/** A placed person. */
export interface LedgerRow {
  /** Index of the person in the items given (the chart's row). */
  index: number;
  labelLines: TextLine[];
  sourceLines: TextLine[];
  /** The promise's words, and its bar (one month of pay); `open` when the pay was "more than". */
  promiseLines: TextLine[];
  promise: { x: number; y: number; width: number; height: number; open?: { from: number; tip: number } };
  /** The price's words, its bar, and the x of each cut between months. */
  priceLines: TextLine[];
  price: { x: number; y: number; width: number; height: number; cuts: number[] };
  /** How many months of the promised pay the price equals, in words ("= at most 8 months of the promised pay"). */
  months: MonthsOfPay;
  monthsLines: TextLine[];
}

export interface LedgerLayout {
  width: number;
  height: number;
  /** The key: a sample block and its words. */
  key: { block: { x: number; y: number; width: number; height: number }; lines: TextLine[] };
  rows: LedgerRow[];
}

const PROMISE_H = 12;
const PRICE_H = 18;
const LABEL_LINE = 18;
const SMALL_LINE = 16;
const ARROW = 16;
const ROW_GAP = 22;

/** The annotation under a price bar. */
export function monthsSentence(months: MonthsOfPay): string {
  return `= ${months.text} of the promised pay`;
}

/** Lays out `items` as a ledger for a drawing `width` px wide. */
export function layoutLedger(items: readonly LedgerItem[], options: { width: number }): LedgerLayout {
  const { width } = options;
  const full = width - 2 * INSET;
  const max = Math.max(...items.map((item) => Math.max(item.price.usd, item.promised.usd)));
  // Room at the right end for an open promise's arrow.
  const x = scaleLinear()
    .domain([0, max])
    .range([INSET, width - INSET - 2]);

  const small = CHART_TYPE.source;
  const keyText = 'One block = one month of the promised pay';
  const keyBlock = { x: INSET, y: 3, width: 14, height: PRICE_H - 6 };
  const keyLines = balanceText(keyText, full - 20, small).map((t, k) => ({
    text: t,
    x: INSET + 20,
    y: keyBlock.y + keyBlock.height / 2 + HALF_CAP * small + k * SMALL_LINE,
  }));
  let top = Math.max(keyBlock.y + keyBlock.height, keyLines.at(-1)!.y + 4) + 14;

  /** Lines of `text` at `size` (semi-bold for names and months) starting at `at`, each `lineHeight` tall. */
  const lines = (text: string, size: number, lineHeight: number, at: number, weight: TextWeight = 400): TextLine[] =>
    balanceText(text, full, size, weight).map((t, k) => ({
      text: t,
      x: INSET,
      y: at + k * lineHeight + lineHeight / 2 + HALF_CAP * size,
    }));
  const after = (ls: TextLine[], lineHeight: number, at: number) => at + ls.length * lineHeight;

  const rows = items.map((item, index): LedgerRow => {
    const labelLines = lines(item.label, CHART_TYPE.label, LABEL_LINE, top, 600);
    let y = after(labelLines, LABEL_LINE, top);
    const sourceLines = lines(item.source, small, SMALL_LINE, y - 2);
    y = after(sourceLines, SMALL_LINE, y - 2) + 6;

    const promiseLines = lines(`Promised ${item.promised.words}`, CHART_TYPE.value, SMALL_LINE, y);
    y = after(promiseLines, SMALL_LINE, y) + 2;
    const promiseEnd = x(item.promised.usd);
    const open =
      openSide(item.promised.bound) === 'right'
        ? { from: promiseEnd + 2, tip: Math.min(width - INSET - 1, promiseEnd + ARROW) }
        : undefined;
    const promise = { x: INSET, y, width: promiseEnd - INSET, height: PROMISE_H, ...(open ? { open } : {}) };
    y += PROMISE_H + 8;

    const priceLines = lines(item.price.words, CHART_TYPE.value, SMALL_LINE, y);
    y = after(priceLines, SMALL_LINE, y) + 2;
    const priceEnd = x(item.price.usd);
    const cuts: number[] = [];
    for (let usd = item.promised.usd; usd < item.price.usd - 1e-6; usd += item.promised.usd) cuts.push(x(usd));
    const price = { x: INSET, y, width: priceEnd - INSET, height: PRICE_H, cuts };
    y += PRICE_H + 4;

    const months = monthsOfPay(item.price.usd, item.promised);
    const monthsLines = lines(monthsSentence(months), CHART_TYPE.label, LABEL_LINE, y, 600);
    y = after(monthsLines, LABEL_LINE, y);
    const row: LedgerRow = {
      index,
      labelLines,
      sourceLines,
      promiseLines,
      promise,
      priceLines,
      price,
      months,
      monthsLines,
    };
    top = y + ROW_GAP;
    return row;
  });
  const last = rows.at(-1);
  const bottom = last ? last.monthsLines.at(-1)!.y + DESCENT * CHART_TYPE.label : top;
  return { width, height: Math.ceil(bottom + 3), key: { block: keyBlock, lines: keyLines }, rows };
}
