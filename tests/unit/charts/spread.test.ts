/** `spread`: labels kept in order and apart, moved as little as possible, within bounds when they fit. */
import { expect, test } from 'vitest';
import { spread } from '../../../src/lib/charts/spread';

const tops = (items: { ideal: number; size: number }[], gap: number, min?: number, max?: number) =>
  spread(items, gap, min, max).map((t) => Math.round(t * 100) / 100);

test('labels with room stay centred where they want to be', () => {
  expect(
    tops(
      [
        { ideal: 10, size: 10 },
        { ideal: 50, size: 10 },
      ],
      5,
    ),
  ).toEqual([5, 45]);
});

test('two labels that collide move apart equally, the gap between them', () => {
  // Both want their centre at 50: one moves up and one down by the same amount.
  expect(
    tops(
      [
        { ideal: 50, size: 20 },
        { ideal: 50, size: 20 },
      ],
      4,
    ),
  ).toEqual([28, 52]);
});

test('a crowd keeps its order and its gaps, centred on where its members want to be on average', () => {
  const items = [
    { ideal: 100, size: 10 },
    { ideal: 101, size: 10 },
    { ideal: 102, size: 10 },
  ];
  const result = spread(items, 2);
  for (let i = 1; i < result.length; i++) expect(result[i]! - result[i - 1]!).toBeCloseTo(12);
  const centres = result.map((t, i) => t + items[i]!.size / 2);
  expect(centres.reduce((a, b) => a + b) / 3).toBeCloseTo(101);
});

test('labels stay inside [min, max] when they fit there', () => {
  const result = spread(
    [
      { ideal: 0, size: 10 },
      { ideal: 1, size: 10 },
    ],
    2,
    0,
    100,
  );
  expect(result[0]).toBe(0);
  expect(result[1]).toBe(12);
  const end = spread([{ ideal: 99, size: 10 }], 0, 0, 100);
  expect(end[0]! + 10).toBeLessThanOrEqual(100);
});

test('labels that do not fit start at min and run on', () => {
  expect(
    spread(
      [
        { ideal: 5, size: 10 },
        { ideal: 5, size: 10 },
      ],
      0,
      0,
      15,
    ),
  ).toEqual([0, 10]);
});
