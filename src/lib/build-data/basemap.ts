/**
 * The basemap: Natural Earth country polygons and internal borders from the `world-atlas`
 * package, read at build time and turned into GeoJSON once per resolution.
 *
 * Resolution: views of a continent or more (zoom below 3, the routes from East Africa and the
 * Gulf) use the 1:110m data; finer data would only add bytes (a world view at 1:50m is 80 KB of
 * SVG). The 1:50m data draws regions and countries with vertices a few pixels apart. From town level (zoom 7 and closer) it turns angular: in the Mae Sot view at zoom 7.5,
 * the Thai–Myanmar border has 36 vertices in view at 1:50m, about 40 px apart, against 217 at
 * 1:10m, about 7 px apart (measured; a unit test keeps the ratio). Town-level cameras therefore
 * use the 1:10m data. Neither scale is exact at town level: at Myawaddy the 1:10m border runs
 * about 2 km west of the Moei River, so a marker there sits on the line.
 *
 * The JSON is read with Node's `require` (not bundled), so the same code runs under Vitest and
 * inside Astro's build. Whole-world features are returned: clipping happens on screen.
 */
import { createRequire } from 'node:module';
import { geoArea, geoBounds } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Geometry, Polygon, Position } from 'geojson';
import { REGION_ZOOM, TOWN_ZOOM } from '../geo/zoom-bands';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

/** Natural Earth scales shipped by `world-atlas` that the maps use. */
export type Resolution = '110m' | '50m' | '10m';

/** The zoom levels at which finer data is used (see the header comment). */
export { REGION_ZOOM, TOWN_ZOOM };

/** What each country feature carries. */
export interface CountryProperties {
  /** Natural Earth's short English name ("Cambodia", "Lao PDR" may differ by scale). */
  name: string;
  /** ISO 3166-1 alpha-2 code, or `undefined` for areas without one (Kosovo, Somaliland, N. Cyprus…). */
  iso2: string | undefined;
  /** Geographic bounds `[[west, south], [east, north]]`; west > east for features crossing ±180°. */
  bounds: [[number, number], [number, number]];
}

/** A country polygon of the basemap. */
export type CountryFeature = Feature<Geometry, CountryProperties>;

/** The basemap at one resolution. */
export interface Basemap {
  resolution: Resolution;
  /** Every country and territory of the world. */
  countries: CountryFeature[];
  /** Borders shared by two countries (coastlines are left out: land on sea draws them). */
  borders: MultiLineString;
  /**
   * All land as separate polygons with their bounds, without internal borders: drawing land
   * from these instead of from the countries halves the path data.
   */
  landPolygons: { polygon: Polygon; bounds: [[number, number], [number, number]] }[];
  /** The same borders, one line each with its bounds, so a view can pick the ones it needs. */
  borderLines: { coordinates: Position[]; bounds: [[number, number], [number, number]] }[];
}

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

const cache = new Map<Resolution, Basemap>();

/** The resolution to use for a camera zoom level. */
export function resolutionForZoom(zoom: number): Resolution {
  return zoom >= TOWN_ZOOM ? '10m' : zoom >= REGION_ZOOM ? '50m' : '110m';
}

/**
 * The alpha-2 code for a Natural Earth ISO numeric id ("116" → "KH"), or `undefined` when the
 * id is missing or unknown (Natural Earth leaves some disputed areas without one).
 */
export function iso2FromNumeric(id: string | number | undefined): string | undefined {
  if (id === undefined || id === '' || !/^\d{1,3}$/.test(String(id))) return undefined;
  return isoCountries.numericToAlpha2(String(id).padStart(3, '0'));
}

/** The basemap at a resolution, read and converted on first use and memoized. */
export function loadBasemap(resolution: Resolution): Basemap {
  const cached = cache.get(resolution);
  if (cached) return cached;
  const topology = require(`world-atlas/countries-${resolution}.json`) as WorldTopology;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const countries: CountryFeature[] = collection.features.map((f) => ({
    type: 'Feature',
    id: f.id,
    geometry: rewound(f.geometry),
    properties: { name: f.properties.name, iso2: iso2FromNumeric(f.id), bounds: geoBounds(f) },
  }));
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const borderLines = borders.coordinates.map((coordinates) => ({ coordinates, bounds: lineBounds(coordinates) }));
  const land = feature(topology, topology.objects.land) as FeatureCollection<MultiPolygon | Polygon>;
  const landPolygons = land.features
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .map((coordinates) => {
      const polygon = rewound<Polygon>({ type: 'Polygon', coordinates });
      return { polygon, bounds: geoBounds(polygon) };
    });
  const basemap: Basemap = { resolution, countries, landPolygons, borders, borderLines };
  cache.set(resolution, basemap);
  return basemap;
}

/** The basemap suited to a camera zoom level. */
export function basemapForZoom(zoom: number): Basemap {
  return loadBasemap(resolutionForZoom(zoom));
}

/**
 * Whether a feature's bounds may touch a view box. Features crossing ±180° (Fiji, Russia) and
 * views that cannot be boxed always count as touching; clipping sorts them out on screen.
 */
export function mayTouch(
  bounds: [[number, number], [number, number]],
  view: [[number, number], [number, number]] | undefined,
): boolean {
  if (view === undefined) return true;
  const [[west, south], [east, north]] = bounds;
  if (west > east) return true;
  return west <= view[1][0] && east >= view[0][0] && south <= view[1][1] && north >= view[0][1];
}

/**
 * The geometry with any polygon that d3 would read as covering most of the sphere turned the
 * right way round. A few 1:10m polygons (the Maldives among them) are wound the wrong way for
 * d3's spherical rules, so they would fill the whole map instead of a speck.
 */
function rewound<G extends Geometry>(geometry: G): G {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map(fix) };
  return geometry;
}

/** The land polygons that may be visible in a view box. */
export function landIn(basemap: Basemap, view: [[number, number], [number, number]] | undefined): Polygon[] {
  return basemap.landPolygons.filter((l) => mayTouch(l.bounds, view)).map((l) => l.polygon);
}

/** The borders that may be visible in a view box, as one MultiLineString. */
export function bordersIn(basemap: Basemap, view: [[number, number], [number, number]] | undefined): MultiLineString {
  if (view === undefined) return basemap.borders;
  return {
    type: 'MultiLineString',
    coordinates: basemap.borderLines.filter((l) => mayTouch(l.bounds, view)).map((l) => l.coordinates),
  };
}

/**
 * Planar bounds of a border line; a line that jumps across ±180° gets west > east so that it is
 * never filtered out.
 */
function lineBounds(coordinates: Position[]): [[number, number], [number, number]] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  let previous: number | undefined;
  let wraps = false;
  for (const [lon = 0, lat = 0] of coordinates) {
    if (previous !== undefined && Math.abs(lon - previous) > 180) wraps = true;
    previous = lon;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return wraps
    ? [
        [180, south],
        [-180, north],
      ]
    : [
        [west, south],
        [east, north],
      ];
}
