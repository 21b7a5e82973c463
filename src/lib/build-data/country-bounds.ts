/**
 * The box a map must show to show a country: the bounds of its main land masses in the 1:50m
 * Natural Earth basemap, for account maps that frame a country the text names ("from China",
 * "arrived in Cambodia"). Far-flung islands and overseas territories (a polygon under a quarter
 * of the size of the country's largest) are left out, so France is framed without Guiana. Build
 * time only: it reads the basemap.
 */
import { geoArea, geoBounds } from 'd3-geo';
import type { Polygon } from 'geojson';
import { loadBasemap } from './basemap';

/** Geographic bounds `[[west, south], [east, north]]` in degrees. */
export type Bounds = [[number, number], [number, number]];

/** Polygons smaller than this share of the country's largest are left out of its frame. */
const MAIN_LAND_SHARE = 0.25;

const cache = new Map<string, Bounds | undefined>();

/** The bounds of a country's main land masses, or undefined for a code the basemap does not know. */
export function countryBounds(code: string): Bounds | undefined {
  if (cache.has(code)) return cache.get(code);
  const country = loadBasemap('50m').countries.find((c) => c.properties.iso2 === code);
  let bounds: Bounds | undefined;
  if (country) {
    const g = country.geometry;
    const polygons: Polygon[] =
      g.type === 'Polygon'
        ? [g]
        : g.type === 'MultiPolygon'
          ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
          : [];
    const sized = polygons.map((polygon) => ({ polygon, area: geoArea(polygon) }));
    const largest = Math.max(...sized.map((p) => p.area));
    const boxes = sized.filter((p) => p.area >= largest * MAIN_LAND_SHARE).map((p) => geoBounds(p.polygon));
    // A box across ±180° has west > east: keep the largest land mass alone rather than span the world.
    const simple = boxes.every(([[w], [e]]) => w <= e);
    const chosen = simple ? boxes : [geoBounds(sized.reduce((a, b) => (b.area > a.area ? b : a)).polygon)];
    if (chosen.length > 0) {
      bounds = [
        [Math.min(...chosen.map((b) => b[0][0])), Math.min(...chosen.map((b) => b[0][1]))],
        [Math.max(...chosen.map((b) => b[1][0])), Math.max(...chosen.map((b) => b[1][1]))],
      ];
    }
  }
  cache.set(code, bounds);
  return bounds;
}
