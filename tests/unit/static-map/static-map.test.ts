/** StaticMap and MapLegend, rendered with Astro's Container API as a page would render them. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import MapLegend from '../../../src/components/map/MapLegend.astro';
import StaticMap from '../../../src/components/map/StaticMap.astro';
import type { MapVisual } from '../../../src/lib/content/schema';
import { lookups } from '../geo/fixtures';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const alt = 'A map of western Thailand with a line from Bangkok north-west to Mae Sot and Myawaddy.';
const visual = (to = 1, extra: Partial<MapVisual> = {}): MapVisual => ({
  type: 'map',
  camera: { center: [99.5, 15.2], zoom: 5.5 },
  countries: [],
  places: [
    { id: 'bangkok', highlight: false },
    { id: 'mae-sot', highlight: true },
    { id: 'myawaddy', highlight: true },
  ],
  routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to } }],
  ...extra,
});
const render = (v: MapVisual, id = 'journey-bangkok') =>
  container.renderToString(StaticMap, { props: { visual: v, alt, id, lookups } });
const svgs = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
const routeLine = (html: string) => /<path class="line" d="([^"]+)"/.exec(html)?.[1] ?? '';

describe('StaticMap', () => {
  test('renders one SVG image named by its title', async () => {
    const html = await render(visual());
    const [svg, ...rest] = svgs(html);
    expect(rest).toHaveLength(0);
    expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 1200 800"/);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toMatch(/^<svg[^>]* aria-labelledby="journey-bangkok-map-title"/);
    expect(svg).toContain(`<title id="journey-bangkok-map-title">${alt}</title>`);
  });

  test('draws one line per route', async () => {
    const html = await render(visual());
    expect(html.match(/data-route="bangkok-myawaddy"/g)).toHaveLength(1);
    expect(html.match(/<path class="line"/g)).toHaveLength(1);
  });

  test('labels every place, with the local name of the place in focus marked up in its language', async () => {
    const html = await render(visual());
    // Whitespace inside SVG text is collapsed by the renderer, so the markup may wrap names.
    for (const name of ['Bangkok', 'Mae Sot', 'Myawaddy']) expect(html).toMatch(new RegExp(`>\\s*${name}\\s*</tspan>`));
    // The focus is the first highlighted place (Mae Sot): only it gets its local name.
    expect(html).toMatch(/<tspan class="local"[^>]* lang="th"[^>]*>\s*แม่สอด\s*<\/tspan>/);
    expect(html).not.toContain('မြဝတီ');
  });

  test('draws a compound region as an area sized to its precision, wider when zoomed in', async () => {
    const radius = async (zoom: number) => {
      const html = await render(visual(1, { camera: { center: [98.54, 16.7], zoom } }));
      const d = /<path class="place compound-region[^"]*" data-place="myawaddy" d="M[^a]+a([\d.]+)/.exec(html)?.[1];
      return Number(d);
    };
    // Zoomed out, an area keeps its smallest size; zoomed in, it grows with the map (3 km).
    expect(await radius(5.5)).toBeCloseTo(0.5 * 26, 0);
    expect(await radius(10)).toBeGreaterThan(30);
    expect(await radius(10)).toBeCloseTo(2 * (await radius(9)), 0);
  });

  test('draws a route half-way for draw.to 0.5', async () => {
    const half = routeLine(await render(visual(0.5)));
    const whole = routeLine(await render(visual(1)));
    expect(half.length).toBeGreaterThan(0);
    expect(half.length).toBeLessThan(whole.length);
  });

  test('adds a portrait SVG for a mobile camera, each with its own title id', async () => {
    const html = await render(visual(1, { mobileCamera: { center: [99.5, 15.2], zoom: 5 } }));
    const [wide, portrait] = svgs(html);
    expect(portrait).toMatch(/^<svg[^>]* viewBox="0 0 600 800"/);
    expect(wide).toContain('id="journey-bangkok-map-title"');
    expect(portrait).toContain('id="journey-bangkok-map-title-portrait"');
  });

  test('runs no script and loads nothing', async () => {
    const html = await render(visual());
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  test('stays small: under 40 KB for a country-level view', async () => {
    const [svg] = svgs(await render(visual()));
    expect(new TextEncoder().encode(svg).length).toBeLessThan(40_000);
  });

  test('fails the build with the step id when a place is unknown', async () => {
    await expect(render(visual(1, { places: [{ id: 'atlantis', highlight: false }] }), 'step-x')).rejects.toThrow(
      'Map "step-x": unknown place "atlantis"',
    );
  });
});

describe('MapLegend', () => {
  test('lists the kinds of mark shown, each row marked with its kind for its swatch', async () => {
    const html = await container.renderToString(MapLegend, { props: { visual: visual(), lookups } });
    expect(html).toMatch(/<ul[^>]*class="map-legend/);
    for (const text of [
      'Route this map follows',
      'Area this map is about, where scam compounds were reported',
      'Border crossing or area this map is about',
      'Town or city',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('Other documented route');
    expect(html.match(/<li class="key-[a-z-]+"/g)).toEqual([
      '<li class="key-route-highlight"',
      '<li class="key-compound-region-highlight"',
      '<li class="key-border-crossing-highlight"',
      '<li class="key-town"',
    ]);
  });

  test('names the subject it is given, tinted countries and trails', async () => {
    const html = await container.renderToString(MapLegend, {
      props: { visual: visual(1, { countries: ['TH'] }), lookups, subject: 'this step', trails: true },
    });
    expect(html).toContain('Country this step is about');
    expect(html).toContain('Route followed in an earlier step');
    expect(html).toContain('Route this step follows');
  });

  test('renders nothing when the map shows no mark', async () => {
    const html = await container.renderToString(MapLegend, {
      props: { visual: visual(1, { places: [], routes: [] }), lookups },
    });
    expect(html).not.toContain('<ul');
  });
});
