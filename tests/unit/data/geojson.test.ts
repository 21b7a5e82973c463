/**
 * The GeoJSON downloads: RFC 7946 FeatureCollections, positions as [longitude, latitude], routes
 * as lines whose vertices are their places in travel order, every property of the data
 * dictionary present. The checker they pass is tested here too, so that it can fail.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import type { Place, Route } from '../../../src/lib/content/schema';
import {
  formatGeoJson,
  placesCollection,
  PLACE_PROPERTIES,
  routesCollection,
  ROUTE_PROPERTIES,
} from '../../../src/lib/data/geojson';
import { geoJsonProblems } from '../../support/geojson';

const place = (name: string, coordinates: [number, number], extra: Partial<Place> = {}): Place => ({
  name,
  country: 'KH',
  coordinates,
  kind: 'transit',
  precision: 'exact-town',
  sources: [],
  ...extra,
});

const places = new Map<string, Place>([
  [
    'sihanoukville',
    place('Sihanoukville', [103.5, 10.63], {
      local: { name: 'ក្រុងព្រះសីហនុ', lang: 'km' },
      aka: ['Kampong Som'],
      kind: 'compound-region',
      sources: ['afp'],
    }),
  ],
  ['phnom-penh', place('Phnom Penh', [104.92, 11.57], { kind: 'capital' })],
  ['bangkok', place('Bangkok', [100.5, 13.75], { country: 'TH', precision: 'approximate-area', note: 'A note.' })],
]);

const route: Route = {
  title: 'Bangkok to Sihanoukville',
  summary: 'A summary.',
  legs: [
    { from: 'bangkok', to: 'phnom-penh', mode: 'air' },
    { from: 'phnom-penh', to: 'sihanoukville', mode: 'road', note: 'By car.' },
  ],
  period: { from: '2022-03' },
  sources: ['afp'],
  stories: ['chen'],
};

describe('places.geojson', () => {
  const collection = placesCollection(places);

  test('is a valid RFC 7946 FeatureCollection of points, in id order', () => {
    expect(geoJsonProblems(collection)).toEqual([]);
    expect(collection.features.map((f) => f.id)).toEqual(['bangkok', 'phnom-penh', 'sihanoukville']);
    expect(collection.features.every((f) => f.geometry.type === 'Point')).toBe(true);
  });

  test('puts longitude first, as in the content', () => {
    const s = collection.features.find((f) => f.id === 'sihanoukville')!;
    expect(s.geometry.coordinates).toEqual([103.5, 10.63]);
  });

  test('carries every property of the data dictionary, null where the content has none', () => {
    const names = PLACE_PROPERTIES.map((p) => p.name);
    for (const f of collection.features) expect(Object.keys(f.properties)).toEqual(names);
    expect(collection.features.find((f) => f.id === 'sihanoukville')!.properties).toMatchObject({
      id: 'sihanoukville',
      localName: 'ក្រុងព្រះសីហនុ',
      localLang: 'km',
      otherNames: ['Kampong Som'],
      kind: 'compound-region',
      country: 'KH',
      precision: 'exact-town',
      sources: ['afp'],
    });
    expect(collection.features.find((f) => f.id === 'phnom-penh')!.properties).toMatchObject({
      localName: null,
      note: null,
      summary: null,
    });
  });
});

describe('routes.geojson', () => {
  const collection = routesCollection(new Map([['bangkok-sihanoukville', route]]), places);
  const feature = collection.features[0]!;

  test('is a valid FeatureCollection of lines whose vertices are the places, in travel order', () => {
    expect(geoJsonProblems(collection)).toEqual([]);
    expect(feature.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [100.5, 13.75],
        [104.92, 11.57],
        [103.5, 10.63],
      ],
    });
    expect(feature.properties.places).toEqual(['bangkok', 'phnom-penh', 'sihanoukville']);
  });

  test('keeps legs, period, accounts and sources', () => {
    expect(Object.keys(feature.properties)).toEqual(ROUTE_PROPERTIES.map((p) => p.name));
    expect(feature.properties).toMatchObject({
      periodFrom: '2022-03',
      periodTo: null,
      legs: [
        { from: 'bangkok', to: 'phnom-penh', mode: 'air', note: null },
        { from: 'phnom-penh', to: 'sihanoukville', mode: 'road', note: 'By car.' },
      ],
      accounts: ['chen'],
      sources: ['afp'],
    });
  });

  test('names the route and the place when a leg names an unknown place', () => {
    const broken: Route = { ...route, legs: [{ from: 'bangkok', to: 'nowhere', mode: 'road' }] };
    expect(() => routesCollection(new Map([['broken', broken]]), places)).toThrow(
      'route broken: unknown place "nowhere"',
    );
  });
});

describe('the site content', () => {
  const content = loadContentOrThrow(join(import.meta.dirname, '../../../content'));
  const placeMap = new Map(content.places.map((p) => [p.id, p.data]));
  const routeMap = new Map(content.routes.map((r) => [r.id, r.data]));

  test('every place and route makes valid GeoJSON, and the served text parses back to it', () => {
    for (const collection of [placesCollection(placeMap), routesCollection(routeMap, placeMap)]) {
      expect(geoJsonProblems(collection)).toEqual([]);
      expect(JSON.parse(formatGeoJson(collection))).toEqual(collection);
    }
    expect(placesCollection(placeMap).features.length).toBe(content.places.length);
    expect(routesCollection(routeMap, placeMap).features.length).toBe(content.routes.length);
  });
});

describe('the GeoJSON checker', () => {
  const point = (coordinates: unknown) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'x', geometry: { type: 'Point', coordinates }, properties: {} }],
  });

  test('catches swapped coordinates, unknown types, short lines, open rings, crs and a missing geometry', () => {
    expect(geoJsonProblems(point([10.63, 103.5]))).toEqual([
      'features[0].geometry.coordinates: latitude 103.5 is outside -90..90 (are longitude and latitude swapped?)',
    ]);
    expect(geoJsonProblems(point([200, 10]))[0]).toContain('longitude 200');
    expect(geoJsonProblems(point(['103.5', '10.63']))[0]).toContain('finite numbers');
    expect(geoJsonProblems({ type: 'Line', coordinates: [] })[0]).toContain('unknown geometry type "Line"');
    expect(geoJsonProblems({ type: 'LineString', coordinates: [[1, 2]] })[0]).toContain('at least 2 positions');
    expect(
      geoJsonProblems({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      })[0],
    ).toContain('must end where it starts');
    expect(geoJsonProblems({ ...point([1, 2]), crs: {} })[0]).toContain('"crs"');
    expect(
      geoJsonProblems({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {} }] })[0],
    ).toContain('geometry member');
    expect(geoJsonProblems({ type: 'Feature', geometry: null, properties: {}, id: true })[0]).toContain(
      'id must be a string or a number',
    );
  });
});
