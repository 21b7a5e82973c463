/**
 * Estimates as ranges: one shared scale from zero, a range drawn from its low to its high end, a
 * dot for a figure, an arrow pointing the way an open bound is open, an estimate without a number
 * drawn as words only, and every label and word inside the drawing at every width.
 */
import { describe, expect, test } from 'vitest';
import { layoutRanges, rangeWords, type RangeItem } from '../../../src/lib/charts/ranges-layout';
import { textWidth } from '../../../src/lib/charts/text-width';
import { CHART_TYPE, CHART_WIDTHS } from '../../../src/lib/charts/type';
import { formatNumber } from '../../../src/lib/format/number';

const format = formatNumber;
const items: RangeItem[] = [
  { group: 'Myanmar', label: 'UN human rights office, 2023', value: 120000, bound: 'at-least' },
  { group: 'Cambodia', label: 'UN human rights office, 2023', value: 100000, bound: 'about', words: 'around 100,000' },
  { group: 'Cambodia', label: 'Cambodian government, as cited by IJM (undated)', low: 80000, value: 100000 },
  { group: 'Cambodia', label: 'US State Department, 2023', value: 10000, bound: 'more-than' },
  { group: 'Cambodia', label: 'US State Department, 2024', words: '"tens of thousands" (no figure)' },
  {
    group: 'Laos',
    label: 'US Institute of Peace, via Radio Free Asia, 2024',
    value: 85000,
    bound: 'at-most',
    words: 'as many as 85,000',
  },
];

describe('marks', () => {
  const layout = layoutRanges(items, { width: 480, format });
  const [myanmar, un, government, state2023, state2024, laos] = layout.rows;
  const unit = (un!.x1 - layout.x0) / 100000;

  test('one scale for all: a figure sits at its value from zero', () => {
    expect(myanmar!.x1 - layout.x0).toBeCloseTo(120000 * unit);
    expect(laos!.x1 - layout.x0).toBeCloseTo(85000 * unit);
  });

  test('a range runs from its low to its high end', () => {
    expect(government!.kind).toBe('range');
    expect(government!.x1 - layout.x0).toBeCloseTo(80000 * unit);
    expect(government!.x2 - layout.x0).toBeCloseTo(100000 * unit);
  });

  test('"at least" and "more than" point right; "as many as" points left; a plain figure has no arrow', () => {
    expect(myanmar!.arrow!.tip).toBeGreaterThan(myanmar!.x1);
    expect(state2023!.arrow!.tip).toBeGreaterThan(state2023!.x1);
    expect(laos!.arrow!.tip).toBeLessThan(laos!.x1);
    expect(un!.arrow).toBeUndefined();
  });

  test('an estimate without a number has its words and no mark', () => {
    expect(state2024!.kind).toBe('none');
    expect(state2024!.words.text).toBe('"tens of thousands" (no figure)');
  });

  test('one heading per group, in order', () => {
    expect(layout.groups.map((g) => g.heading.text)).toEqual(['Myanmar', 'Cambodia', 'Laos']);
  });
});

describe.each(CHART_WIDTHS)('at %i px', (width) => {
  test('labels, words and tick labels lie inside the drawing, and rows do not overlap', () => {
    const layout = layoutRanges(items, { width, format });
    for (const row of layout.rows) {
      expect(row.words.x + textWidth(row.words.text, CHART_TYPE.value)).toBeLessThanOrEqual(width);
      for (const line of row.labelLines)
        expect(line.x + textWidth(line.text, CHART_TYPE.value)).toBeLessThanOrEqual(width);
      expect(row.y).toBeLessThanOrEqual(layout.height);
    }
    for (const tick of layout.ticks) {
      const w = textWidth(tick.label.text, CHART_TYPE.source);
      const left =
        tick.label.anchor === 'start'
          ? tick.label.x
          : tick.label.anchor === 'end'
            ? tick.label.x - w
            : tick.label.x - w / 2;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + w).toBeLessThanOrEqual(width);
    }
    for (let i = 1; i < layout.rows.length; i++) {
      expect(layout.rows[i]!.labelLines[0]!.y - 13).toBeGreaterThan(layout.rows[i - 1]!.y);
    }
  });
});

test('labels go left of the scale in a wide drawing and above their rows in a narrow one', () => {
  expect(layoutRanges(items, { width: 700, format }).labels).toBe('left');
  expect(layoutRanges(items, { width: 320, format }).labels).toBe('above');
});

test("the words beside a mark: the source's own, or the figure with its bound, or low–high", () => {
  expect(rangeWords({ value: 120000, bound: 'at-least' }, format)).toBe('at least 120,000');
  expect(rangeWords({ value: 85000, bound: 'at-most' }, format)).toBe('up to 85,000');
  expect(rangeWords({ low: 18, value: 37 }, format)).toBe('18–37');
  expect(rangeWords({ value: 85000, bound: 'at-most', words: 'as many as 85,000' }, format)).toBe('as many as 85,000');
});

test('ticks thin out even where d3 gives as many ticks for a smaller count (0 to 62,000 at 240 px)', () => {
  // The scale test's synthetic content found it: this layout used to loop for ever.
  const narrow: RangeItem[] = [
    { group: 'A', label: 'Estimator 1, 2020', low: 31000, value: 62000 },
    { group: 'A', label: 'Estimator 2, 2021', value: 12000, bound: 'at-least', words: 'at least 12,000' },
    { group: 'B', label: 'Estimator 3, 2024', value: 26000, bound: 'at-least', words: 'at least 26,000' },
  ];
  const layout = layoutRanges(narrow, { width: 240, format });
  expect(layout.ticks.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < layout.ticks.length; i++) {
    const [a, b] = [layout.ticks[i - 1]!, layout.ticks[i]!];
    const room = (textWidth(a.label.text, CHART_TYPE.source) + textWidth(b.label.text, CHART_TYPE.source)) / 2;
    expect(b.x - a.x, `${a.label.text} and ${b.label.text} overlap`).toBeGreaterThanOrEqual(room);
  }
});
