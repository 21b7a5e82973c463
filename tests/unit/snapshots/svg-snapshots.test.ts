/**
 * Snapshots of what the build draws: three static maps (a regional view with a route and a tinted
 * country, a close-up at town level, and a step of the long read as it covers a phone's screen,
 * with a trail of a route followed earlier) and a chart of each kind, each at every width: two bar
 * charts (single values, and one with sources, a range and a long label), estimates as ranges
 * (a figure, a range, open bounds, one without a number), a ledger (a plain and a "more than"
 * promise) and a timeline (a year, a month and a day; down the page and across it).
 * Numbers are rounded to whole viewBox units before comparison, so a change of geometry at the
 * level of a pixel shows up and floating-point noise does not. The snapshots (`*.svg.snap` beside
 * this test) hold the SVG markup, one drawing after another. After an intended change, run
 * `npx vitest run tests/unit/snapshots -u` and read the diff before committing it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import { chartSvgs } from '../../../src/lib/charts/draw';
import { DRAWN_WIDTHS } from '../../../src/lib/charts/type';
import StaticMap from '../../../src/components/map/StaticMap.astro';
import type { Chart, MapVisual, TimelineEvent } from '../../../src/lib/content/schema';
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
  'chart-ranges': {
    kind: 'ranges',
    title: 'Estimates disagree',
    subtitle: 'People (a test fixture)',
    data: [
      { group: 'Country A', by: 'A UN office', date: '2023', value: 120000, bound: 'at-least', sources: ['fixture'] },
      {
        group: 'Country B',
        by: 'A UN office',
        date: '2023',
        value: 100000,
        bound: 'about',
        words: 'around 100,000',
        sources: ['fixture'],
      },
      {
        group: 'Country B',
        by: 'Its government, as cited by a charity',
        low: 80000,
        value: 100000,
        sources: ['fixture'],
      },
      {
        group: 'Country B',
        by: 'A foreign ministry',
        date: '2024',
        words: '"tens of thousands" (no figure)',
        sources: ['fixture'],
      },
      {
        group: 'Country C',
        by: 'A research institute',
        date: '2024',
        value: 85000,
        bound: 'at-most',
        sources: ['fixture'],
      },
    ],
    unit: 'people (estimated)',
    alt: 'A chart of five estimates for three countries, one of them without a figure.',
    sources: ['fixture'],
  },
  'chart-ledger': {
    kind: 'ledger',
    title: 'Prices were worth months of promised pay',
    subtitle: 'US dollars (a test fixture)',
    data: [
      {
        label: 'A man promised more than $1,500',
        promised: { usd: 1500, bound: 'more-than', words: 'more than $1,500 a month' },
        price: { usd: 12000, kind: 'sold', words: 'Sold for $12,000' },
        source: 'A newspaper',
        sources: ['fixture'],
      },
      {
        label: 'A woman promised $800',
        promised: { usd: 800, words: '$800 a month' },
        price: { usd: 10000, kind: 'freedom', words: 'Told to pay $10,000' },
        source: 'A broadcaster',
        sources: ['fixture'],
      },
    ],
    unit: 'US dollars',
    alt: 'Two people: at most 8 months and 12 and a half months of promised pay.',
    sources: ['fixture'],
  },
  'chart-timeline': {
    kind: 'timeline',
    title: 'Things happened',
    subtitle: 'Events (a test fixture)',
    events: [
      { event: 'year-only', label: undefined },
      { event: 'a-month', label: 'A short label for the month' },
      { event: 'a-day', label: undefined },
      { event: 'an-approximate-day', label: undefined },
    ],
    alt: 'A timeline of four events from 2017 to 2025.',
    sources: ['fixture'],
  },
};

/** The timeline the timeline fixture draws from. */
const timeline = new Map<string, TimelineEvent>(
  (
    [
      ['year-only', '2017', false, 'Building starts at a place known only to the year'],
      ['a-month', '2019-08', false, 'An order known to the month'],
      ['a-day', '2024-07-22', false, 'A ban announced on a known day'],
      ['an-approximate-day', '2025-01-30', true, 'Bosses handed over on about this day'],
    ] as const
  ).map(([id, date, approximate, title]) => [
    id,
    { date, approximate, title, text: title, places: [], sources: ['fixture'] },
  ]),
);

describe('static maps', () => {
  // Drawing a basemap picture takes a few seconds on a busy machine.
  test.each(Object.keys(maps))(
    '%s: overlay and basemap pictures',
    async (name) => {
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
    },
    60_000,
  );
});

describe('charts', () => {
  test.each(Object.keys(charts))('%s: one drawing per width', async (name) => {
    const drawings = chartSvgs(charts[name] as Chart, { labelledBy: `${name}-alt`, timeline });
    expect(drawings).toHaveLength(DRAWN_WIDTHS[(charts[name] as Chart).kind].length);
    await expect(rounded(drawings.join('\n\n'))).toMatchFileSnapshot(`./${name}.svg.snap`);
  });
});
