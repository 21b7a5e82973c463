/**
 * Bar layout: single values start at zero, a range is one bar from its low to its high end, every
 * value fits inside the drawing, and labels go left when they fit there and above their bars when
 * they do not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BAR_TYPE, BAR_WIDTHS, chooseLabels, formatBarValue, layoutBars } from '../../../src/lib/charts/bar-layout';
import { textWidth } from '../../../src/lib/charts/text-width';
import { CHART_WIDTHS } from '../../../src/lib/charts/type';
import { formatNumber } from '../../../src/lib/format/number';

const format = formatNumber;
const rightEdge = (v: { x: number; text: string; anchor: 'start' | 'end' }) =>
  v.anchor === 'start' ? v.x + textWidth(v.text, BAR_TYPE.value) : v.x;
const leftEdge = (v: { x: number; text: string; anchor: 'start' | 'end' }) =>
  v.anchor === 'end' ? v.x - textWidth(v.text, BAR_TYPE.value) : v.x;

describe('scale', () => {
  test('a single value is a bar from zero, and bars are proportional to their values', () => {
    const { x0, bars } = layoutBars(
      [
        { label: 'A', value: 50 },
        { label: 'B', value: 100 },
      ],
      { width: 400, labels: 'left', format },
    );
    expect(bars.map((b) => b.x)).toEqual([x0, x0]);
    expect(bars[1]!.width / bars[0]!.width).toBeCloseTo(2);
    expect(bars[0]).not.toHaveProperty('low');
  });

  test('a range is one bar from low to value, on the same scale as the other rows', () => {
    const { x0, bars } = layoutBars(
      [
        { label: 'Single', value: 40 },
        { label: 'Range', low: 18, value: 37 },
      ],
      { width: 400, labels: 'above', format },
    );
    const [single, range] = [bars[0]!, bars[1]!];
    const unit = single.width / 40;
    expect(range.low).toBe(18);
    expect(range.x - x0).toBeCloseTo(18 * unit);
    expect(range.x + range.width - x0).toBeCloseTo(37 * unit);
  });

  test('a range with room before it writes its low end there and its high end after it', () => {
    const { bars } = layoutBars([{ label: 'Range', low: 3000, value: 4000 }], { width: 400, labels: 'above', format });
    expect(bars[0]!.values.map((v) => [v.text, v.anchor])).toEqual([
      ['3,000', 'end'],
      ['4,000', 'start'],
    ]);
  });

  test('a range without room before it writes both ends after it', () => {
    const { bars } = layoutBars(
      [
        { label: 'Big', value: 1000 },
        { label: 'Range', low: 1, value: 20 },
      ],
      { width: 300, labels: 'above', format },
    );
    expect(bars[1]!.values.map((v) => v.text)).toEqual(['1–20']);
  });
});

describe('every width', () => {
  const rows = [
    { label: 'Chinese builder, construction job in Sihanoukville', source: 'AFP', value: 2000 },
    { label: 'Malaysian man, Sihanoukville', source: 'Lianhe Zaobao, via Mothership', low: 3000, value: 4000 },
    { label: 'Asia', source: 'UNODC', low: 18, value: 37 },
    { label: 'Kenyan woman, job in Thailand, taken to Laos', value: 800 },
  ];
  test.each(BAR_WIDTHS)('at %i px, every value, label and source lies inside the drawing', (width) => {
    const layout = layoutBars(rows, { width, format });
    for (const bar of layout.bars) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(width);
      for (const v of bar.values) {
        expect(rightEdge(v)).toBeLessThanOrEqual(width);
        expect(leftEdge(v)).toBeGreaterThanOrEqual(layout.x0);
        expect(v.y).toBeLessThan(layout.height);
      }
      for (const line of bar.labelLines)
        expect(line.x + textWidth(line.text, BAR_TYPE.label)).toBeLessThanOrEqual(width);
      for (const line of bar.sourceLines) {
        expect(line.x + textWidth(line.text, BAR_TYPE.source)).toBeLessThanOrEqual(width);
      }
    }
    expect(layout.bars.at(-1)!.y + layout.bars.at(-1)!.height).toBeLessThanOrEqual(layout.height);
  });

  test.each(BAR_WIDTHS)('at %i px, rows do not overlap', (width) => {
    const { bars } = layoutBars(rows, { width, format });
    for (let i = 1; i < bars.length; i++) {
      const above = bars[i - 1]!;
      const below = bars[i]!;
      const aboveBottom = Math.max(
        above.y + above.height,
        ...[...above.labelLines, ...above.sourceLines].map((l) => l.y),
      );
      const belowTop = Math.min(below.y, ...below.labelLines.map((l) => l.y - BAR_TYPE.label));
      expect(belowTop).toBeGreaterThan(aboveBottom);
    }
  });
});

describe('labels', () => {
  test('short labels go left, even in a narrow drawing', () => {
    expect(chooseLabels([{ label: 'China', value: 1 }], 240)).toBe('left');
  });

  test('long labels go above their bars in a narrow drawing, and left in a wide one', () => {
    const rows = [{ label: 'Chinese man in Sihanoukville: asking price in a Telegram advert', value: 1 }];
    expect(chooseLabels(rows, 340)).toBe('above');
    expect(chooseLabels(rows, 700)).toBe('left');
  });

  test('above its bar, a label gets the full width and wraps only when it must', () => {
    const layout = layoutBars([{ label: 'Chinese builder, construction job in Sihanoukville', value: 1 }], {
      width: 240,
      labels: 'above',
      format,
    });
    const bar = layout.bars[0]!;
    expect(bar.labelLines.length).toBe(2);
    expect(bar.y).toBeGreaterThan(bar.labelLines.at(-1)!.y);
    expect(bar.x).toBe(layout.x0);
    expect(bar.labelLines[0]!.x).toBe(layout.x0);
  });

  test('left of its bar, a label column is as wide as the widest label, and bars start after it', () => {
    const layout = layoutBars(
      [
        { label: 'Philippines', value: 2 },
        { label: 'Laos', value: 1 },
      ],
      { width: 400, labels: 'left', format },
    );
    expect(layout.x0).toBeGreaterThan(textWidth('Philippines', BAR_TYPE.label));
    expect(layout.x0).toBeLessThan(textWidth('Philippines', BAR_TYPE.label) + 20);
  });

  test('a source goes under its label', () => {
    const { bars } = layoutBars([{ label: 'Myanmar', source: 'UN human rights office, 2023', value: 1 }], {
      width: 480,
      format,
    });
    expect(bars[0]!.sourceLines.map((l) => l.text)).toEqual(['UN human rights office, 2023']);
    expect(bars[0]!.sourceLines[0]!.y).toBeGreaterThan(bars[0]!.labelLines[0]!.y);
  });
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
  expect(chartSchema.safeParse(chart({ label: 'Range', source: 'UNODC', low: 18, value: 37 })).success).toBe(true);
  const upsideDown = chartSchema.safeParse(chart({ label: 'Range', low: 37, value: 18 }));
  expect(upsideDown.success).toBe(false);
  expect(upsideDown.error?.issues[0]?.message).toBe(
    'low must be smaller than value: a range runs from low up to value',
  );
  expect(chartSchema.safeParse(chart({ label: 'Range', source: ' ', value: 1 })).error?.issues[0]?.message).toBe(
    'source must not be empty',
  );
});

test('charts.css switches drawings at the widths in CHART_WIDTHS (BAR_WIDTHS are the same)', () => {
  const source = readFileSync(new URL('../../../src/components/charts/charts.css', import.meta.url), 'utf8');
  const queried = [...source.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) => Number(m[1]));
  expect(BAR_WIDTHS).toBe(CHART_WIDTHS);
  expect(queried).toEqual(CHART_WIDTHS.slice(1));
  for (const width of CHART_WIDTHS) expect(source).toContain(`.ch-w${width} {`);
});
