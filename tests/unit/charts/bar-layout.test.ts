/** Bar layout: single values start at zero; a range is one bar from its low to its high end. */
import { expect, test } from 'vitest';
import { formatBarValue, layoutBars } from '../../../src/lib/charts/bar-layout';
import { formatNumber } from '../../../src/lib/format/number';

const options = { width: 300, labelWidth: 100, valueWidth: 0, rowHeight: 20, padding: 0 };

test('a single value is a bar from zero', () => {
  const { x0, bars } = layoutBars(
    [
      { label: 'A', value: 50 },
      { label: 'B', value: 100 },
    ],
    options,
  );
  expect(x0).toBe(100);
  expect(bars.map((b) => [b.x, b.width])).toEqual([
    [0, 100],
    [0, 200],
  ]);
  expect(bars[0]).not.toHaveProperty('low');
});

test('a range is one bar from low to value, on the same scale as the other rows', () => {
  const { bars } = layoutBars(
    [
      { label: 'Single', value: 40 },
      { label: 'Range', low: 18, value: 37 },
    ],
    options,
  );
  const range = bars[1]!;
  expect(range.low).toBe(18);
  expect(range.x).toBeCloseTo((18 / 40) * 200);
  expect(range.x + range.width).toBeCloseTo((37 / 40) * 200);
  expect(bars.length).toBe(2);
});

test('the scale reaches the largest upper end', () => {
  const { bars } = layoutBars([{ label: 'Range', low: 3000, value: 4000 }], options);
  expect(bars[0]!.x + bars[0]!.width).toBeCloseTo(200);
});

test('values read as one number, or low–high for a range', () => {
  expect(formatBarValue({ value: 4860 }, formatNumber)).toBe('4,860');
  expect(formatBarValue({ low: 18, value: 37 }, formatNumber)).toBe('18–37');
});

test('a chart row with low at or above value is refused', async () => {
  const { chartSchema } = await import('../../../src/lib/content/schema');
  const chart = (row: object) => ({
    kind: 'bar',
    title: 'A title',
    subtitle: 'A subtitle',
    data: [row],
    unit: 'US$ billion',
    alt: 'A chart of one estimate, drawn as a range.',
    sources: ['a-source'],
  });
  expect(chartSchema.safeParse(chart({ label: 'Range', low: 18, value: 37 })).success).toBe(true);
  const upsideDown = chartSchema.safeParse(chart({ label: 'Range', low: 37, value: 18 }));
  expect(upsideDown.success).toBe(false);
  expect(upsideDown.error?.issues[0]?.message).toBe(
    'low must be smaller than value: a range runs from low up to value',
  );
});
