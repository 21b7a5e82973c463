/**
 * The one Web Mercator of the site, shared by the static twin, the live maps and the build:
 * unit coordinates (`mercatorUnit`), camera fitting (`fitCamera`), zoom conversion
 * (`equivalentZoom`) and the d3 projection of the static twin, which frames exactly what a
 * MapLibre map with the same camera shows in a viewport of the same size in CSS pixels.
 *
 * Web-map semantics (MapLibre, 512 px tiles): at zoom z the whole world is 512 · 2^z pixels
 * wide. d3's Mercator maps the world onto 2π · scale units, so scale = 512 · 2^z / 2π. The
 * camera centre sits in the middle of the viewport and the bearing turns the map the way
 * MapLibre does (bearing 90 puts east at the top). Pitch is ignored: the static twin is always
 * seen from straight above.
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Camera } from '../content/schema';

/** A longitude and latitude in degrees. */
type LonLat = readonly [number, number];

/**
 * Web Mercator coordinates in the unit square: x from 0 (180° W) to 1 (180° E), y from 0 (about
 * 85° N) down to 1 (about 85° S). Multiply by `TILE_SIZE * 2 ** zoom` for web-map pixels.
 */
export function mercatorUnit([lon, lat]: LonLat): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Longitude and latitude of a point in Web Mercator unit coordinates (`mercatorUnit`'s inverse). */
export function fromMercatorUnit([x, y]: readonly [number, number]): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The camera (centre and zoom, web-map semantics with 512-pixel tiles) that fits `points`
 * inside a `width` × `height` viewport with `padding` pixels to spare on each side, no closer
 * than `maxZoom`. Centre rounded to 0.01°, zoom to 0.01.
 */
export function fitCamera(
  points: readonly LonLat[],
  width: number,
  height: number,
  { padding = 80, maxZoom = 8 }: { padding?: number; maxZoom?: number } = {},
): Camera {
  if (points.length === 0) throw new Error('fitCamera needs at least one point');
  const xy = points.map(mercatorUnit);
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(
    maxZoom,
    Math.log2(Math.min((width - 2 * padding) / (dx * TILE_SIZE), (height - 2 * padding) / (dy * TILE_SIZE))),
  );
  const [lon, lat] = fromMercatorUnit([(x0 + x1) / 2, (y0 + y1) / 2]);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { center: [round(lon), round(lat)], zoom: round(zoom) };
}

/** Pixel size of a web-map tile; MapLibre's zoom levels are defined with 512 px tiles. */
export const TILE_SIZE = 512;

/** The d3 Mercator scale (radius in pixels) for a web-map zoom level. */
export function scaleForZoom(zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/** Extra room around a viewport: the same above and below (`y`), or `top` and `bottom` apart. */
export type BleedSpec = { x: number; y: number } | { x: number; top: number; bottom: number };

/** `[left, top, right, bottom]` of a bleed. */
function bleedSides(bleed: BleedSpec): [number, number, number, number] {
  return 'y' in bleed ? [bleed.x, bleed.y, bleed.x, bleed.y] : [bleed.x, bleed.top, bleed.x, bleed.bottom];
}

/**
 * The Mercator projection for a camera and a viewport of `width` × `height` pixels, the camera's
 * centre in the middle of the viewport. Whole-world data can be drawn with it: anything outside
 * the viewport, grown by `bleed` pixels on each side, is clipped on screen (`clipExtent`), so
 * never pre-clip data to a box (pre-clipped edges bulge along great circles).
 */
export function projectionForCamera(
  camera: Camera,
  width: number,
  height: number,
  bleed: BleedSpec = { x: 0, y: 0 },
): GeoProjection {
  const [left, top, right, bottom] = bleedSides(bleed);
  return geoMercator()
    .scale(scaleForZoom(camera.zoom))
    .center(camera.center)
    .translate([width / 2, height / 2])
    .angle(camera.bearing ?? 0)
    .clipExtent([
      [0 - left, 0 - top],
      [width + right, height + bottom],
    ]);
}

/**
 * The zoom at which a map `actualWidth` pixels wide frames the same area as one `referenceWidth`
 * pixels wide at `zoom`. The static twin is drawn for a fixed viewBox (1200 × 800); a live map
 * in a container of another size uses this to show the same area as the picture it replaces.
 */
export function equivalentZoom(zoom: number, referenceWidth: number, actualWidth: number): number {
  return zoom + Math.log2(actualWidth / referenceWidth);
}

/**
 * The longitude/latitude box that a viewport (grown by `bleed` on each side) covers, as
 * `[[west, south], [east, north]]`, or `undefined` when the view wraps around the antimeridian (then
 * nothing should be pre-filtered).
 * Mercator keeps meridians and parallels straight, so the inverted corners bound the view even
 * when the map is rotated.
 */
export function viewBounds(
  projection: GeoProjection,
  width: number,
  height: number,
  bleed: BleedSpec = { x: 0, y: 0 },
): [[number, number], [number, number]] | undefined {
  const centre = projection.invert?.([width / 2, height / 2]);
  const [left, top, right, bottom] = bleedSides(bleed);
  // A view whose corners lie half a world or more from its centre cannot be described by one box.
  const reach =
    ((Math.hypot(width / 2 + Math.max(left, right), height / 2 + Math.max(top, bottom)) / projection.scale()) * 180) /
    Math.PI;
  if (!centre || reach >= 180) return undefined;
  const [x0, y0, x1, y1] = [0 - left, 0 - top, width + right, height + bottom];
  const corners: [number, number][] = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ];
  const lonLats = corners.map((c) => projection.invert?.(c));
  if (lonLats.some((p) => p === null || p === undefined)) return undefined;
  const points = lonLats as [number, number][];
  // invert() wraps longitudes into -180..180; unwrap them around the centre first.
  const lons = points.map(([lon]) => centre[0] + ((((lon - centre[0]) % 360) + 540) % 360) - 180);
  const lats = points.map((p) => p[1]);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  // A view across ±180° would need two boxes: no box, no pre-filtering.
  if (west < -180 || east > 180) return undefined;
  return [
    [west, Math.min(...lats)],
    [east, Math.max(...lats)],
  ];
}
