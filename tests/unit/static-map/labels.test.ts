/** Place labels: room estimates and placement around symbols without collisions. */
import { describe, expect, test } from 'vitest';
import { labelSize, overlap, placeLabels, textWidth, type LabelRequest } from '../../../src/lib/static-map/labels';

const options = { width: 1200, height: 800, fontSize: 26, obstacles: [] };
const request = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  clearance: 7,
  text: { name: id, local: { name: 'แม่สอด', lang: 'th' } },
  ...extra,
});

describe('textWidth', () => {
  test('grows with the text and the font size', () => {
    expect(textWidth('Mae Sot', 20)).toBeGreaterThan(textWidth('Mae', 20));
    expect(textWidth('Mae Sot', 40)).toBeCloseTo(2 * textWidth('Mae Sot', 20), 9);
  });

  test('gives combining marks no room (Thai tone marks, Myanmar vowel signs)', () => {
    expect(textWidth('แม่', 20)).toBe(textWidth('แม', 20));
  });
});

describe('labelSize', () => {
  test('takes a second line for the local name', () => {
    expect(labelSize({ name: 'Mae Sot', local: { name: 'แม่สอด', lang: 'th' } }, 26).height).toBeGreaterThan(
      1.9 * labelSize({ name: 'Mae Sot' }, 26).height * 0.9,
    );
  });
});

describe('placeLabels', () => {
  test('puts a label to the right of its symbol when there is room', () => {
    const [label] = placeLabels([request('Bangkok', 600, 400)], options);
    expect(label?.position).toBe('right');
    expect(label?.anchor).toBe('start');
    expect(label?.x).toBeGreaterThan(607);
  });

  test('flips a label to the left near the right edge', () => {
    const [label] = placeLabels([request('Bangkok', 1180, 400)], options);
    expect(label?.position).toBe('left');
    expect(label?.anchor).toBe('end');
    expect(label?.box.x1).toBeLessThanOrEqual(1200);
  });

  test('keeps two nearby labels apart', () => {
    const labels = placeLabels(
      [request('Mae Sot', 600, 400, { required: true }), request('Myawaddy', 585, 402, { required: true })],
      options,
    );
    expect(labels).toHaveLength(2);
    const [a, b] = labels;
    expect(a && b && overlap(a.box, b.box)).toBe(0);
  });

  test('drops the local name of a context place before dropping the label', () => {
    const labels = placeLabels(
      [
        request('Mae Sot', 600, 400, { required: true }),
        request('Myawaddy', 600, 440),
        request('Shwe Kokko', 600, 360),
      ],
      { ...options, obstacles: [{ x0: 0, y0: 0, x1: 560, y1: 800 }] },
    );
    expect(labels.map((l) => l.id)).toContain('Mae Sot');
    for (const label of labels)
      for (const other of labels) if (label !== other) expect(overlap(label.box, other.box)).toBe(0);
  });

  test('always labels a highlighted place, and leaves out a context label that cannot fit', () => {
    const crowded = [request('A', 600, 400, { required: true }), request('B', 601, 401), request('C', 602, 402)];
    const walls = [
      { x0: 0, y0: 0, x1: 1200, y1: 340 },
      { x0: 0, y0: 460, x1: 1200, y1: 800 },
      { x0: 0, y0: 0, x1: 520, y1: 800 },
    ];
    const ids = placeLabels(crowded, { ...options, obstacles: walls }).map((l) => l.id);
    expect(ids).toContain('A');
    expect(ids.length).toBeLessThan(3);
  });
});
