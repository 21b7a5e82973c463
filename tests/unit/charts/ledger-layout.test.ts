/**
 * "Promise against price": the promise and the price on one dollar scale, the price cut into one
 * block per month of promised pay, an arrow after a "more than" promise, and every line of text
 * inside the drawing at every width.
 */
import { describe, expect, test } from 'vitest';
import { layoutLedger, monthsSentence, type LedgerItem } from '../../../src/lib/charts/ledger-layout';
import { textWidth } from '../../../src/lib/charts/text-width';
import { CHART_TYPE, CHART_WIDTHS } from '../../../src/lib/charts/type';

const items: LedgerItem[] = [
  {
    label: 'Tao, a securities analyst from China',
    source: 'Al Jazeera',
    promised: { usd: 1500, bound: 'more-than', words: 'more than $1,500 a month' },
    price: { usd: 12000, words: 'Told he had been sold for $12,000' },
  },
  {
    label: 'A Kenyan woman, offered a job in Thailand, held in Laos',
    source: 'BBC, via The Thaiger',
    promised: { usd: 800, words: 'US$800 a month' },
    price: { usd: 10000, words: 'Told to pay US$10,000 "to buy your freedom"' },
  },
];

describe('the bars', () => {
  const layout = layoutLedger(items, { width: 480 });
  const [tao, kenyan] = layout.rows;

  test('promise and price share one dollar scale', () => {
    expect(tao!.price.width / tao!.promise.width).toBeCloseTo(8);
    expect(kenyan!.price.width / kenyan!.promise.width).toBeCloseTo(12.5);
    expect(tao!.price.width / kenyan!.price.width).toBeCloseTo(1.2);
  });

  test('the price is cut after every month of promised pay, each cut one promise further on', () => {
    expect(tao!.price.cuts).toHaveLength(7);
    expect(kenyan!.price.cuts).toHaveLength(12);
    tao!.price.cuts.forEach((x, i) => expect(x - tao!.price.x).toBeCloseTo((i + 1) * tao!.promise.width));
  });

  test('a "more than" promise has an arrow after its bar; a plain one has none', () => {
    expect(tao!.promise.open!.tip).toBeGreaterThan(tao!.promise.x + tao!.promise.width);
    expect(kenyan!.promise.open).toBeUndefined();
  });

  test('under each price, the months it equals, said as surely as the promise allows', () => {
    expect(tao!.monthsLines.map((l) => l.text).join(' ')).toBe('= at most 8 months of the promised pay');
    expect(kenyan!.monthsLines.map((l) => l.text).join(' ')).toBe('= 12½ months of the promised pay');
    expect(monthsSentence(kenyan!.months)).toBe('= 12½ months of the promised pay');
  });
});

describe.each(CHART_WIDTHS)('at %i px', (width) => {
  test('every line of text and every bar lies inside the drawing, rows one after another', () => {
    const layout = layoutLedger(items, { width });
    const sizes = (size: number) => (l: { x: number; text: string }) =>
      expect(l.x + textWidth(l.text, size, size === CHART_TYPE.label ? 600 : 400)).toBeLessThanOrEqual(width);
    layout.key.lines.forEach(sizes(CHART_TYPE.source));
    let previous = 0;
    for (const r of layout.rows) {
      r.labelLines.forEach(sizes(CHART_TYPE.label));
      r.sourceLines.forEach(sizes(CHART_TYPE.source));
      r.promiseLines.forEach(sizes(CHART_TYPE.value));
      r.priceLines.forEach(sizes(CHART_TYPE.value));
      r.monthsLines.forEach(sizes(CHART_TYPE.label));
      expect(r.price.x + r.price.width).toBeLessThanOrEqual(width);
      expect(r.promise.open?.tip ?? 0).toBeLessThanOrEqual(width);
      expect(r.labelLines[0]!.y).toBeGreaterThan(previous);
      previous = r.monthsLines.at(-1)!.y;
    }
    expect(previous).toBeLessThan(layout.height);
  });
});
