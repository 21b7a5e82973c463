/** SVG strings: escaped text, numbers to a tenth, each drawing an image named by the chart's alt text. */
import { expect, test } from 'vitest';
import { attrs, drawing, esc, path } from '../../../src/lib/charts/svg';
import { bandsOf, CHART_WIDTHS, DRAWN_WIDTHS } from '../../../src/lib/charts/type';

test('text and attribute values are escaped', () => {
  expect(esc('"A" & <b>')).toBe('&quot;A&quot; &amp; &lt;b&gt;');
  expect(attrs({ title: 'a "b"', x: 1.26, skip: undefined, off: false })).toBe(' title="a &quot;b&quot;" x="1.3"');
});

test('paths round their points to a tenth of a pixel', () => {
  expect(
    path([
      [0.04, 1.26],
      [10, 2],
    ]),
  ).toBe('M0 1.3L10 2');
});

test('a drawing is an image of its true size, named by the element holding the alt text, shown in its bands', () => {
  const svg = drawing({ width: 240, height: 100.4, labelledBy: 'x-alt', bands: [240, 320] }, '<g/>');
  expect(svg).toBe(
    '<svg class="ch-svg ch-w240 ch-w320" width="240" height="100.4" viewBox="0 0 240 100.4" role="img" aria-labelledby="x-alt" font-size="14"><g/></svg>',
  );
});

test('every width band is served by exactly one drawing of each kind', () => {
  for (const widths of Object.values(DRAWN_WIDTHS)) {
    const served = widths.flatMap((w) => bandsOf(w, widths));
    expect(served).toEqual([...CHART_WIDTHS]);
  }
});
