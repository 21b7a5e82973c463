/** The basemap: Natural Earth countries with ISO alpha-2 codes, at the right resolution. */
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import {
  bordersIn,
  iso2FromNumeric,
  loadBasemap,
  mayTouch,
  resolutionForZoom,
} from '../../../src/lib/build-data/basemap';

describe('loadBasemap', () => {
  const { countries } = loadBasemap('50m');
  const byName = (name: string) => countries.find((c) => c.properties.name === name);

  test.each([
    ['Cambodia', 'KH'],
    ['Thailand', 'TH'],
    ['Myanmar', 'MM'],
    ['Laos', 'LA'],
    ['Vietnam', 'VN'],
  ])('gives %s the code %s', (name, iso2) => {
    expect(byName(name)?.properties.iso2).toBe(iso2);
  });

  test('leaves areas without an ISO number uncoded instead of failing', () => {
    expect(byName('Kosovo')?.properties.iso2).toBeUndefined();
  });

  test('is read once per resolution', () => {
    expect(loadBasemap('50m')).toBe(loadBasemap('50m'));
  });

  test('has internal borders as one line per border', () => {
    const { borders, borderLines } = loadBasemap('50m');
    expect(borders.type).toBe('MultiLineString');
    expect(borderLines).toHaveLength(borders.coordinates.length);
  });
});

describe('iso2FromNumeric', () => {
  test('reads ids with or without leading zeros', () => {
    expect(iso2FromNumeric('116')).toBe('KH');
    expect(iso2FromNumeric('050')).toBe('BD');
    expect(iso2FromNumeric(50)).toBe('BD');
  });

  test('is undefined for missing or odd ids', () => {
    expect(iso2FromNumeric(undefined)).toBeUndefined();
    expect(iso2FromNumeric('')).toBeUndefined();
    expect(iso2FromNumeric('-99')).toBeUndefined();
    expect(iso2FromNumeric('999')).toBeUndefined();
  });
});

describe('resolution', () => {
  test('is 1:110m for continents, 1:50m for regions and countries, 1:10m from town zoom', () => {
    expect(resolutionForZoom(1.6)).toBe('110m');
    expect(resolutionForZoom(3)).toBe('50m');
    expect(resolutionForZoom(4.3)).toBe('50m');
    expect(resolutionForZoom(6.9)).toBe('50m');
    expect(resolutionForZoom(7)).toBe('10m');
  });

  // Reading the 1:10m basemap for the first time takes several seconds on a busy machine.
  test('at town zoom draws the Thai–Myanmar border around Mae Sot in far more detail', () => {
    const view: [[number, number], [number, number]] = [
      [98.13, 16.38],
      [98.95, 17.02],
    ];
    const vertices = (resolution: '50m' | '10m') =>
      bordersIn(loadBasemap(resolution), view)
        .coordinates.flat()
        .filter(
          ([lon = 0, lat = 0]) => lon >= view[0][0] && lon <= view[1][0] && lat >= view[0][1] && lat <= view[1][1],
        ).length;
    expect(vertices('10m')).toBeGreaterThan(4 * vertices('50m'));
  }, 60_000);

  test('turns polygons wound the wrong way round (the 1:10m Maldives) the right way', () => {
    const { countries, landPolygons } = loadBasemap('10m');
    expect(countries.filter((c) => geoArea(c) > 2 * Math.PI).map((c) => c.properties.name)).toEqual([]);
    expect(landPolygons.filter((l) => geoArea(l.polygon) > 2 * Math.PI)).toHaveLength(0);
    const maldives = countries.find((c) => c.properties.iso2 === 'MV');
    expect(maldives && geoContains(maldives, [98.57, 16.71])).toBe(false);
  });
});

describe('pre-filtering by bounds', () => {
  const view: [[number, number], [number, number]] = [
    [97, 15],
    [100, 18],
  ];

  test('keeps what touches the view and drops what does not', () => {
    expect(
      mayTouch(
        [
          [98, 16],
          [99, 17],
        ],
        view,
      ),
    ).toBe(true);
    expect(
      mayTouch(
        [
          [10, 40],
          [20, 50],
        ],
        view,
      ),
    ).toBe(false);
  });

  test('always keeps features that cross the antimeridian, and everything when the view has no box', () => {
    expect(
      mayTouch(
        [
          [177, -20],
          [-179, -12],
        ],
        view,
      ),
    ).toBe(true);
    expect(
      mayTouch(
        [
          [10, 40],
          [20, 50],
        ],
        undefined,
      ),
    ).toBe(true);
  });

  test('keeps fewer border lines than the whole world', () => {
    const basemap = loadBasemap('50m');
    const some = bordersIn(basemap, view).coordinates.length;
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(basemap.borders.coordinates.length / 10);
  });
});
