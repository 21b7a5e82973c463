/**
 * The basemap of the live maps as static GeoJSON, built once at build time from the Natural
 * Earth data in `world-atlas` (read through `src/lib/build-data/basemap.ts`, the same data as the
 * static twin) and served as `/data/basemap-*.json` (see `src/pages/data/`).
 *
 * Three files, each a FeatureCollection of countries (`kind: 'country'`, with `iso2` for
 * highlighting) and one MultiLineString of borders (`kind: 'border'`):
 * - `world` (1:110m, the whole world): Africa, the Gulf, South Asia and the Americas for the
 *   long routes and world views. world-atlas cuts polygons at ±180°, and borders are clipped to
 *   the box, so Fiji and Russia never draw a line across the map.
 * - `region` (1:50m, `REGION_BOX`): South-East Asia for regional views. It also carries a
 *   `kind: 'cover'` box in sea colour, drawn over the world layer, so inside the box only the
 *   finer coastlines show (no 1:110m land peeking out at sea).
 * - `town` (1:10m, `TOWN_BOX`, coordinates rounded to 3 decimals ≈ 100 m): close views, with
 *   its own cover, so that inside its box it replaces the 1:50m layer, borders included.
 *
 * Clipping is planar in longitude/latitude, which is exact for the straight box edges of Web
 * Mercator (MapLibre draws GeoJSON edges as straight lines in Mercator too).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { loadBasemap, type Resolution } from './basemap';

/** A lon/lat box: `[west, south, east, north]`. */
export type Box = readonly [number, number, number, number];

/** The region of the story: mainland and maritime South-East Asia with southern China. */
export const REGION_BOX: Box = [90, -12, 142, 30];

/** The coarse world layer: the whole world (world views reach the Americas). */
export const WORLD_BOX: Box = [-180, -85, 180, 85];

/**
 * Where close-up (1:10m) views go: mainland South-East Asia and Luzon. Smaller than the region
 * because 1:10m data is large (the whole region would be about 300 KB gzip).
 */
export const TOWN_BOX: Box = [96, 9, 123, 25];

/** The three basemap files the site serves. */
export const BASEMAP_FILES = {
  world: { resolution: '110m', box: WORLD_BOX, decimals: 2, cover: false },
  region: { resolution: '50m', box: REGION_BOX, decimals: 3, cover: true },
  town: { resolution: '10m', box: TOWN_BOX, decimals: 3, cover: true },
} as const satisfies Record<string, { resolution: Resolution; box: Box; decimals: number; cover: boolean }>;

export type BasemapFile = keyof typeof BASEMAP_FILES;

/** What a basemap feature carries. */
export interface BasemapProperties {
  kind: 'country' | 'border' | 'cover';
  /** ISO 3166-1 alpha-2 code of a country; '' for borders, the cover and areas without one. */
  iso2: string;
}

/** One basemap file's content. */
export function basemapData(file: BasemapFile): FeatureCollection<Geometry, BasemapProperties> {
  const { resolution, box, decimals, cover } = BASEMAP_FILES[file];
  const basemap = loadBasemap(resolution);
  const features: Feature<Geometry, BasemapProperties>[] = [];
  if (cover) {
    const [w, s, e, n] = box;
    features.push({
      type: 'Feature',
      properties: { kind: 'cover', iso2: '' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    });
  }
  for (const country of basemap.countries) {
    // Antarctica wraps the pole: off-topic here, and its ring would need special handling.
    if (country.properties.iso2 === 'AQ') continue;
    const polygons = polygonsOf(country.geometry)
      .flatMap((rings) => worldCopies(rings.map(unwrap)))
      .map((rings) => rings.map((ring) => roundRing(clipRing(ring, box), decimals)).filter((ring) => ring.length >= 4))
      .filter((rings) => rings.length > 0 && (rings[0]?.length ?? 0) >= 4);
    if (polygons.length === 0) continue;
    features.push({
      type: 'Feature',
      properties: { kind: 'country', iso2: country.properties.iso2 ?? '' },
      geometry:
        polygons.length === 1
          ? { type: 'Polygon', coordinates: polygons[0] as Position[][] }
          : { type: 'MultiPolygon', coordinates: polygons },
    });
  }
  const borders: MultiLineString = {
    type: 'MultiLineString',
    coordinates: basemap.borders.coordinates
      .flatMap((line) => worldCopies([unwrap(line)]).flatMap(([copy]) => clipLine(copy ?? [], box)))
      .map((line) => roundLine(line, decimals))
      .filter((line) => line.length >= 2),
  };
  features.push({ type: 'Feature', properties: { kind: 'border', iso2: '' }, geometry: borders });
  return { type: 'FeatureCollection', features };
}

/**
 * A ring or line whose longitudes never jump by more than 180° between points: a step across the
 * antimeridian (179° to -179°) continues past 180° instead. Drawn as given, such a jump would
 * streak across the whole map (Fiji, Chukotka).
 */
export function unwrap(line: readonly Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  return line.map(([lon = 0, lat = 0]) => {
    if (previous !== undefined) {
      if (lon + shift - previous > 180) shift -= 360;
      else if (lon + shift - previous < -180) shift += 360;
    }
    previous = lon + shift;
    return [lon + shift, lat];
  });
}

/**
 * The copies of unwrapped rings that may show between -180° and 180°: the rings themselves and,
 * when they reach past ±180°, the same rings moved by a whole turn. Clipping each copy to the
 * box then cuts the feature cleanly at the antimeridian.
 */
function worldCopies(rings: Position[][]): Position[][][] {
  const lons = rings.flat().map((p) => p[0] as number);
  const copies: Position[][][] = [rings];
  if (Math.max(...lons) > 180) copies.push(rings.map((r) => r.map(([x = 0, y = 0]) => [x - 360, y])));
  if (Math.min(...lons) < -180) copies.push(rings.map((r) => r.map(([x = 0, y = 0]) => [x + 360, y])));
  return copies;
}

/** The polygons of a (Multi)Polygon geometry as lists of rings; other geometries give none. */
function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * A polygon ring clipped to a box (Sutherland–Hodgman, one box edge at a time); the result is
 * closed, or empty when nothing is left. Parts outside the box collapse onto its edges, which
 * only ever fill area the box edge hides.
 */
export function clipRing(ring: readonly Position[], [w, s, e, n]: Box): Position[] {
  type Edge = { inside: (p: Position) => boolean; cut: (a: Position, b: Position) => Position };
  const x = (p: Position) => p[0] as number;
  const y = (p: Position) => p[1] as number;
  const atX = (a: Position, b: Position, v: number): Position => [
    v,
    y(a) + ((y(b) - y(a)) * (v - x(a))) / (x(b) - x(a)),
  ];
  const atY = (a: Position, b: Position, v: number): Position => [
    x(a) + ((x(b) - x(a)) * (v - y(a))) / (y(b) - y(a)),
    v,
  ];
  const edges: Edge[] = [
    { inside: (p) => x(p) >= w, cut: (a, b) => atX(a, b, w) },
    { inside: (p) => x(p) <= e, cut: (a, b) => atX(a, b, e) },
    { inside: (p) => y(p) >= s, cut: (a, b) => atY(a, b, s) },
    { inside: (p) => y(p) <= n, cut: (a, b) => atY(a, b, n) },
  ];
  let points = ring.slice(0, -1);
  for (const edge of edges) {
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i] as Position;
      const previous = input[(i + input.length - 1) % input.length] as Position;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cut(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) {
        points.push(edge.cut(previous, current));
      }
    }
    if (points.length === 0) return [];
  }
  return [...points, points[0] as Position];
}

/** The parts of a line inside a box (Liang–Barsky per segment, joined where they touch). */
export function clipLine(line: readonly Position[], [w, s, e, n]: Box): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  for (let i = 1; i < line.length; i++) {
    const [x0 = 0, y0 = 0] = line[i - 1] as Position;
    const [x1 = 0, y1 = 0] = line[i] as Position;
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [
      [-dx, x0 - w],
      [dx, e - x0],
      [-dy, y0 - s],
      [dy, n - y0],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      if (current.length > 1) parts.push(current);
      current = [];
      continue;
    }
    const a: Position = [x0 + t0 * dx, y0 + t0 * dy];
    const b: Position = [x0 + t1 * dx, y0 + t1 * dy];
    if (current.length === 0) current.push(a);
    current.push(b);
    if (t1 < 1) {
      parts.push(current);
      current = [];
    }
  }
  if (current.length > 1) parts.push(current);
  return parts;
}

/** A closed ring rounded to `decimals`, without repeated points; closed again at the end. */
function roundRing(ring: Position[], decimals: number): Position[] {
  if (ring.length === 0) return ring;
  const open = roundLine(ring.slice(0, -1), decimals);
  return open.length >= 3 ? [...open, open[0] as Position] : [];
}

/** A line rounded to `decimals`, without points repeated after rounding. */
function roundLine(line: readonly Position[], decimals: number): Position[] {
  const k = 10 ** decimals;
  const out: Position[] = [];
  for (const p of line) {
    const q: Position = [Math.round((p[0] as number) * k) / k, Math.round((p[1] as number) * k) / k];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
