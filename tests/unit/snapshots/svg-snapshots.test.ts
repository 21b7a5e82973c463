/**
 * Snapshots of what the build draws: three static maps (a regional view with a route and a tinted
 * country, a close-up at town level, and a step of the long read as it covers a phone's screen,
 * with a trail of a route followed earlier) and two charts (single values, and one with sources, a range and a long label), each at every width.
 * Numbers are rounded to whole viewBox units before comparison, so a change of geometry at the
 * level of a pixel shows up and floating-point noise does not. The snapshots (`*.svg.snap` beside
 * this test) hold the SVG markup, one drawing after another. After an intended change, run
 * `npx vitest run tests/unit/snapshots -u` and read the diff before committing it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import BarChart from '../../../src/components/charts/BarChart.astro';
import { BAR_WIDTHS } from '../../../src/lib/charts/bar-layout';
import StaticMap from '../../../src/components/map/StaticMap.astro';
import type { Chart, MapVisual } from '../../../src/lib/content/schema';
import { basemapSvg, drawBasemap } from '../../../src/lib/static-map/basemap-layer';
import { basemapViews, type TrailLine } from '../../../src/lib/build-data/map-views';
import { lookups } from '../geo/fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Every number in `svg` rounded to a whole number; Astro's scoping attributes removed. */
function rounded(svg: string): string {
  return svg
    .replace(/ data-astro-cid-[a-z0-9]+/g, '')
    .replace(/-?\d*\.\d+/g, (n) => String(Math.round(Number(n))).replace(/^-0$/, '0'));
}

/** The inline SVGs of some markup. */
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

const maps: Record<string, MapVisual> = {
  'map-region-route': {
    type: 'map',
    camera: { center: [99.6, 15.2], zoom: 5.6 },
    mobileCamera: { center: [99.3, 15.6], zoom: 5.4 },
    countries: ['TH'],
    places: [
      { id: 'bangkok', highlight: false },
      { id: 'mae-sot', highlight: true },
      { id: 'myawaddy', highlight: true },
    ],
    routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 1 } }],
  },
  'map-town-closeup': {
    type: 'map',
    camera: { center: [98.55, 16.7], zoom: 9 },
    countries: [],
    places: [
      { id: 'mae-sot', highlight: false },
      { id: 'myawaddy', highlight: true },
    ],
    routes: [{ id: 'bangkok-myawaddy', highlight: false, draw: { from: 0, to: 1 } }],
  },
  'map-story-phone': {
    type: 'map',
    headline: 'By boat across the Moei River into Myawaddy',
    camera: { center: [98.54, 16.7], zoom: 9.5 },
    mobileCamera: { center: [98.54, 16.72], zoom: 9.2 },
    countries: ['MM'],
    places: [
      { id: 'myawaddy', highlight: true },
      { id: 'mae-sot', highlight: false },
    ],
    routes: [],
  },
};

/** How each map is fitted, and the trails it draws (the story map covers its box, with trails). */
const fits: Record<string, { fit: 'safe' | 'bleed'; trails: TrailLine[] }> = {
  'map-story-phone': {
    fit: 'bleed',
    trails: [
      [
        [100.75, 13.69],
        [98.57, 16.71],
        [98.51, 16.69],
      ],
    ],
  },
};

const charts: Record<string, Chart> = {
  'chart-single-values': {
    kind: 'bar',
    title: 'Most of the people counted came from one country',
    subtitle: 'People, by nationality (a test fixture)',
    data: [
      { label: 'First country', value: 4860 },
      { label: 'Second country', value: 572 },
      { label: 'Third', value: 64 },
    ],
    unit: 'people',
    alt: 'A bar chart of three countries: 4,860, 572 and 64 people.',
    sources: ['fixture'],
  },
  'chart-with-range': {
    kind: 'bar',
    title: 'Estimates differ, and one is a range',
    subtitle: 'US$ billion a year (a test fixture)',
    data: [
      { label: 'Estimate A', source: 'A research institute', value: 43.8 },
      { label: 'Estimate B', source: 'A UN office', low: 18, value: 37 },
      { label: 'Estimate C, with a label long enough to wrap on a phone', value: 10 },
    ],
    unit: 'US$ billion a year',
    alt: 'A bar chart of three estimates: 43.8, 18 to 37 (a range), and 10.',
    sources: ['fixture'],
  },
};

describe('static maps', () => {
  test.each(Object.keys(maps))('%s: overlay and basemap pictures', async (name) => {
    const visual = maps[name] as MapVisual;
    const { fit, trails } = fits[name] ?? { fit: 'safe', trails: [] };
    const html = await container.renderToString(StaticMap, {
      props: { visual, alt: name, id: name, lookups, fit, trails },
    });
    const { wide, portrait } = basemapViews(visual, fit, trails);
    const views = portrait ? [wide, portrait] : [wide];
    const pictures = views.map((view) => basemapSvg(drawBasemap(view)));
    const overlays = svgs(html);
    expect(overlays).toHaveLength(views.length);
    await expect(rounded([...overlays, ...pictures].join('\n\n'))).toMatchFileSnapshot(`./${name}.svg.snap`);
  });
});

describe('charts', () => {
  test.each(Object.keys(charts))('%s: one drawing per width', async (name) => {
    const html = await container.renderToString(BarChart, { props: { chart: charts[name] as Chart, id: name } });
    const drawings = svgs(html);
    expect(drawings).toHaveLength(BAR_WIDTHS.length);
    await expect(rounded(drawings.join('\n\n'))).toMatchFileSnapshot(`./${name}.svg.snap`);
  });
});
