/** The live maps' style and data: no glyph server, every layer wired, colours from the caller. */
import { describe, expect, test } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { placeFeatures, routeFeatures } from '../../../src/lib/live-map/features';
import {
  buildStyle,
  countryFilter,
  DEFAULT_FONTS,
  hasLocalName,
  LABEL_LAYOUT,
  labelOffset,
  SOURCES,
  STYLE_LAYERS,
  type MapColors,
} from '../../../src/lib/live-map/style';
import { basemapData, clipLine, clipRing, unwrap } from '../../../src/lib/build-data/basemap-geojson';
import { routeCoordinates } from '../../../src/lib/geo/routes';
import { places, routes } from '../geo/fixtures';

const colors: MapColors = {
  sea: '#000001',
  land: '#000002',
  landHighlight: '#000003',
  border: '#000004',
  accent: '#000005',
  routeContext: '#000006',
  label: '#000007',
  labelHalo: '#000008',
};
const style = buildStyle({
  colors,
  basemap: { world: '/data/basemap-world.json', region: '/data/basemap-region.json', town: '/data/basemap-town.json' },
  places: '/data/places.json',
  routes: '/data/routes.json',
  countries: ['TH'],
});
const layer = (id: string) => {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found as {
    paint?: Record<string, unknown>;
    layout?: Record<string, unknown>;
    filter?: unknown;
    source?: string;
  };
};

describe('buildStyle', () => {
  test('has no glyphs (labels use the page fonts) and no sprite', () => {
    expect('glyphs' in style).toBe(false);
    expect('sprite' in style).toBe(false);
  });
  test('is a valid MapLibre style', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });
  test('has every source, pointing at the data given', () => {
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCES).sort());
    expect(style.sources[SOURCES.places]).toMatchObject({ type: 'geojson', data: '/data/places.json' });
    expect(style.sources[SOURCES.routes]).toMatchObject({ type: 'geojson', data: '/data/routes.json' });
  });
  test('has every named layer exactly once, basemap under routes under places under labels', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const named = Object.values(STYLE_LAYERS).flat();
    for (const id of named) expect(ids).toContain(id);
    const at = (id: string) => ids.indexOf(id);
    expect(at(STYLE_LAYERS.sea)).toBe(0);
    expect(at(STYLE_LAYERS.borders[2])).toBeLessThan(at(STYLE_LAYERS.routeHalo));
    expect(at(STYLE_LAYERS.routeHalo)).toBeLessThan(at(STYLE_LAYERS.routeContext));
    expect(at(STYLE_LAYERS.routeContext)).toBeLessThan(at(STYLE_LAYERS.routeHighlight));
    expect(at(STYLE_LAYERS.routeHighlight)).toBeLessThan(at(STYLE_LAYERS.places));
    expect(at(STYLE_LAYERS.placesHighlight)).toBeLessThan(at(STYLE_LAYERS.labels));
  });
  test('applies the colours given', () => {
    expect(layer(STYLE_LAYERS.sea).paint?.['background-color']).toBe(colors.sea);
    expect(layer(STYLE_LAYERS.regionLand).paint?.['fill-color']).toBe(colors.land);
    expect(layer(STYLE_LAYERS.regionCover).paint?.['fill-color']).toBe(colors.sea);
    expect(layer(STYLE_LAYERS.countryHighlight[1]).paint?.['fill-color']).toBe(colors.landHighlight);
    expect(layer(STYLE_LAYERS.borders[0]).paint?.['line-color']).toBe(colors.border);
    expect(layer(STYLE_LAYERS.routeHighlight).paint?.['line-color']).toBe(colors.accent);
    expect(layer(STYLE_LAYERS.routeContext).paint?.['line-color']).toBe(colors.routeContext);
    expect(layer(STYLE_LAYERS.routeHalo).paint?.['line-color']).toBe(colors.labelHalo);
    expect(layer(STYLE_LAYERS.labels).paint).toMatchObject({
      'text-color': colors.label,
      'text-halo-color': colors.labelHalo,
    });
  });
  test('tints the countries given', () => {
    expect(layer(STYLE_LAYERS.countryHighlight[0]).filter).toEqual(countryFilter(['TH']));
  });
  test('labels places with the English name only, in the page fonts', () => {
    // The local name is HTML (src/scripts/maplibre/local-labels.ts): MapLibre cannot shape its scripts.
    const layout = layer(STYLE_LAYERS.labels).layout;
    expect(layout?.['text-field']).toEqual(['get', 'name']);
    expect(layout?.['text-font']).toEqual(['literal', [...DEFAULT_FONTS]]);
  });
  test('anchors each label on a fixed side, raised for a local line under it on the places in focus', () => {
    const layout = layer(STYLE_LAYERS.labels).layout;
    expect(layout?.['text-variable-anchor']).toBeUndefined();
    expect(layout?.['text-anchor']).toEqual(['case', ['==', ['get', 'labelLeft'], true], 'right', 'left']);
    expect(layout?.['text-offset']).toEqual(labelOffset(['all', hasLocalName, ['==', ['get', 'highlight'], true]]));
    const { offsetX, localShift } = LABEL_LAYOUT;
    expect(JSON.stringify(layout?.['text-offset'])).toContain(JSON.stringify([offsetX, -localShift]));
    expect(JSON.stringify(layout?.['text-offset'])).toContain(JSON.stringify([-offsetX, 0]));
  });
});

describe('features', () => {
  test('places carry id, names, lang, kind, country and precision', () => {
    const fc = placeFeatures(places);
    const myawaddy = fc.features.find((f) => f.properties.id === 'myawaddy');
    expect(myawaddy).toMatchObject({
      geometry: { type: 'Point', coordinates: [98.51, 16.69] },
      properties: {
        name: 'Myawaddy',
        localName: 'မြဝတီ',
        lang: 'my',
        kind: 'compound-region',
        country: 'MM',
        precision: 'exact-town',
      },
    });
  });
  test('routes are the same lines as routeCoordinates, rounded', () => {
    const fc = routeFeatures(routes, places);
    const [feature] = fc.features;
    const exact = routeCoordinates(routes.get('bangkok-myawaddy')!, places);
    expect(feature?.properties).toEqual({ id: 'bangkok-myawaddy', title: routes.get('bangkok-myawaddy')!.title });
    expect(feature?.geometry.coordinates).toHaveLength(exact.length);
    feature?.geometry.coordinates.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(exact[i]![0], 4);
      expect(p[1]).toBeCloseTo(exact[i]![1], 4);
    });
  });
});

describe('basemap data', () => {
  const box = [0, 0, 10, 10] as const;
  test('clipRing keeps the part of a ring inside the box, closed', () => {
    const ring = clipRing(
      [
        [-5, 5],
        [5, 5],
        [5, 15],
        [-5, 15],
        [-5, 5],
      ],
      box,
    );
    expect(ring[0]).toEqual(ring.at(-1));
    for (const [x, y] of ring) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
  test('clipLine splits a line that leaves and re-enters the box', () => {
    const parts = clipLine(
      [
        [1, 1],
        [20, 1],
        [20, 5],
        [1, 5],
      ],
      box,
    );
    expect(parts).toEqual([
      [
        [1, 1],
        [10, 1],
      ],
      [
        [10, 5],
        [1, 5],
      ],
    ]);
  });
  test('unwrap continues a line across the antimeridian instead of jumping back', () => {
    expect(
      unwrap([
        [179, -16],
        [-179, -16],
      ]),
    ).toEqual([
      [179, -16],
      [181, -16],
    ]);
  });
  test('no basemap file draws a line across the map (antimeridian): no segment longer than 180°', () => {
    for (const file of ['world', 'region'] as const) {
      for (const f of basemapData(file).features) {
        const lines =
          f.geometry.type === 'Polygon'
            ? f.geometry.coordinates
            : f.geometry.type === 'MultiPolygon'
              ? f.geometry.coordinates.flat()
              : f.geometry.type === 'MultiLineString'
                ? f.geometry.coordinates
                : [];
        for (const line of lines)
          for (let i = 1; i < line.length; i++)
            expect(Math.abs((line[i]![0] as number) - (line[i - 1]![0] as number)), file).toBeLessThan(180);
      }
    }
  });
  test('the region file has its sea cover, and countries with ISO codes', () => {
    const region = basemapData('region');
    expect(region.features[0]?.properties.kind).toBe('cover');
    expect(region.features.some((f) => f.properties.iso2 === 'KH')).toBe(true);
  });
});
