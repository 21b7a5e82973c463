/** The basemap picture of a static map frame: its geometry, its file and its name. */
import { describe, expect, test } from 'vitest';
import { WIDE_FRAME } from '../../../src/lib/geo/frames';
import { MAP_THEME } from '../../../src/lib/map-theme';
import { basemapSvg, basemapViewId, drawBasemap, type BasemapView } from '../../../src/lib/static-map/basemap-layer';

const view = (extra: Partial<BasemapView> = {}): BasemapView => ({
  camera: { center: [99.5, 15.2], zoom: 5.5 },
  ...WIDE_FRAME,
  countries: [],
  ...extra,
});

describe('drawBasemap', () => {
  test('draws land and borders, and no tint unless asked', () => {
    const layer = drawBasemap(view());
    expect(layer.land.length).toBeGreaterThan(1000);
    expect(layer.borders.length).toBeGreaterThan(100);
    expect(layer.tinted).toBe('');
  });

  test('tints the countries a step names', () => {
    expect(drawBasemap(view({ countries: ['TH'] })).tinted.length).toBeGreaterThan(100);
  });

  test('tints countries in a view of most of the world', () => {
    const world = { center: [120, 0] as [number, number], zoom: 1.6 };
    expect(drawBasemap(view({ camera: world, countries: ['KE'] })).tinted.length).toBeGreaterThan(100);
  });

  test('stops on a country code the basemap does not have', () => {
    expect(() => drawBasemap(view({ countries: ['XX'] }))).toThrow('no country with code "XX"');
  });
});

describe('basemapSvg', () => {
  const svg = basemapSvg(drawBasemap(view({ countries: ['TH'] })));

  test('is a standalone SVG document of the frame with its bleed (the safe area from 0,0)', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-200 -350 1600 1500" width="1600" height="1500">/,
    );
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(3);
  });

  test('carries both themes in its own style, with the colours of map-theme', () => {
    expect(svg).toContain(`.l{fill:${MAP_THEME.light.land}}`);
    expect(svg).toContain(`@media (prefers-color-scheme:dark){svg{background:${MAP_THEME.dark.sea}}`);
    expect(svg).toContain('vector-effect:non-scaling-stroke');
  });

  test('is small: a regional view with its bleed stays under 100 KB before compression', () => {
    expect(svg.length).toBeLessThan(100_000);
  });
});

describe('basemapViewId', () => {
  test('is the same for the same view, whatever the order of tinted countries', () => {
    expect(basemapViewId(view({ countries: ['TH', 'KH'] }))).toBe(basemapViewId(view({ countries: ['KH', 'TH'] })));
  });

  test('changes with the camera, the frame or the tint', () => {
    const ids = new Set([
      basemapViewId(view()),
      basemapViewId(view({ camera: { center: [99.5, 15.2], zoom: 5.6 } })),
      basemapViewId(view({ width: 600 })),
      basemapViewId(view({ countries: ['TH'] })),
    ]);
    expect(ids.size).toBe(4);
  });
});
