/** The basemap picture of a static map frame: its geometry, its file and its name. */
import { describe, expect, test } from 'vitest';
import { STORY_PORTRAIT_FRAME, WIDE_FRAME } from '../../../src/lib/geo/frames';
import { MAP_THEME } from '../../../src/lib/map-theme';
import {
  basemapSvg,
  basemapViewId,
  drawBasemap,
  visibleTrails,
  type BasemapView,
} from '../../../src/lib/static-map/basemap-layer';

/** Bangkok to Myawaddy, and a line far away (Nairobi to Mombasa). */
const toMyawaddy: [number, number][] = [
  [100.75, 13.69],
  [99.5, 15.5],
  [98.51, 16.69],
];
const inKenya: [number, number][] = [
  [36.82, -1.29],
  [39.66, -4.04],
];

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
      basemapViewId(view({ trails: [toMyawaddy] })),
      basemapViewId(view({ ...STORY_PORTRAIT_FRAME })),
    ]);
    expect(ids.size).toBe(6);
  });
});

describe('trails', () => {
  test('are drawn as one faint path in the accent colour, under nothing else of the basemap', () => {
    const svg = basemapSvg(drawBasemap(view({ trails: [toMyawaddy] })));
    expect(svg).toMatch(/<path class="r" d="M[^"]+"\/><\/svg>$/);
    expect(svg).toContain(`.r{stroke:${MAP_THEME.light.accent}}`);
    expect(svg).toMatch(/\.r\{fill:none;stroke-width:2;stroke-opacity:0\.35;/);
    expect(basemapSvg(drawBasemap(view()))).not.toContain('class="r"');
  });

  test('are kept only where they cross the picture, so a view without any keeps its name', () => {
    expect(visibleTrails(view(), [toMyawaddy, inKenya])).toEqual([toMyawaddy]);
    // A line crossing the picture with no point inside it still counts.
    const across: [number, number][] = [
      [90, 15.2],
      [110, 15.2],
    ];
    expect(visibleTrails(view(), [across])).toEqual([across]);
  });
});

describe('the story’s phone frame', () => {
  test('keeps its safe area in the upper part of an 800 × 1400 picture', () => {
    const svg = basemapSvg(drawBasemap(view({ ...STORY_PORTRAIT_FRAME })));
    expect(svg).toMatch(/viewBox="-100 -190 800 1400" width="800" height="1400"/);
  });
});
