/** Compact path data: relative, rounded, thinned, without invisible rings. */
import { geoIdentity } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { compactPath } from '../../../src/lib/static-map/svg-path';

// An identity "projection" keeps coordinates as they are, so outputs are easy to read.
const identity = geoIdentity() as unknown as Parameters<typeof compactPath>[0];

describe('compactPath', () => {
  test('writes a line as a move and relative steps with one decimal', () => {
    const d = compactPath(
      identity,
      0.5,
    )({
      type: 'LineString',
      coordinates: [
        [10, 10],
        [20.04, 10],
        [20.04, 5.55],
      ],
    });
    expect(d).toBe('M10,10l10,0 0-4.4');
  });

  test('drops vertices closer than the tolerance but keeps the last one', () => {
    const d = compactPath(
      identity,
      2,
    )({
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 0],
        [10, 0],
        [10.5, 0],
      ],
    });
    expect(d).toBe('M0,0l10,0 .5,0');
  });

  test('closes rings and leaves out rings too small to see', () => {
    const square = (x: number, size: number) => [
      [
        [x, 0],
        [x, size],
        [x + size, size],
        [x + size, 0],
        [x, 0],
      ],
    ];
    const path = compactPath(identity, 1, 4);
    expect(path({ type: 'Polygon', coordinates: square(0, 10) })).toMatch(/^M.*z$/);
    expect(path({ type: 'Polygon', coordinates: square(0, 1.5) })).toBe('');
  });

  test('does not let rounding errors add up along a line', () => {
    const coordinates = Array.from({ length: 101 }, (_, i) => [i * 1.04, 0]);
    const d = compactPath(identity, 0.5)({ type: 'LineString', coordinates });
    const steps = d
      .replace(/^M0,0l/, '')
      .split(' ')
      .map((pair) => Number(pair.split(',')[0]));
    expect(steps.reduce((a, b) => a + b, 0)).toBeCloseTo(104, 6);
  });
});
