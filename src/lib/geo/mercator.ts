/**
 * The projection of the static twin: a d3 Web Mercator that frames exactly what a MapLibre map
 * with the same camera shows in a viewport of the same size in CSS pixels.
 *
 * Web-map semantics (MapLibre, 512 px tiles): at zoom z the whole world is 512 · 2^z pixels
 * wide. d3's Mercator maps the world onto 2π · scale units, so scale = 512 · 2^z / 2π. The
 * camera centre sits in the middle of the viewport and the bearing turns the map the way
 * MapLibre does (bearing 90 puts east at the top). Pitch is ignored: the static twin is always
 * seen from straight above.
 */
import { geoMercator, type GeoProjection } from 'd3';
import type { Camera } from '../content/schema';

/** Pixel size of a web-map tile; MapLibre's zoom levels are defined with 512 px tiles. */
export const TILE_SIZE = 512;

/** The d3 Mercator scale (radius in pixels) for a web-map zoom level. */
export function scaleForZoom(zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
}

/**
 * The Mercator projection for a camera and a viewport of `width` × `height` pixels.
 * Whole-world data can be drawn with it: anything outside the viewport is clipped on screen
 * (`clipExtent`), so never pre-clip data to a box (see RECIPES.md).
 */
export function projectionForCamera(camera: Camera, width: number, height: number): GeoProjection {
  return geoMercator()
    .scale(scaleForZoom(camera.zoom))
    .center(camera.center)
    .translate([width / 2, height / 2])
    .angle(camera.bearing ?? 0)
    .clipExtent([
      [0, 0],
      [width, height],
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
 * The longitude/latitude box that a viewport covers, as `[[west, south], [east, north]]`, or
 * `undefined` when the view wraps around the antimeridian (then nothing should be pre-filtered).
 * Mercator keeps meridians and parallels straight, so the inverted corners bound the view even
 * when the map is rotated.
 */
export function viewBounds(
  projection: GeoProjection,
  width: number,
  height: number,
): [[number, number], [number, number]] | undefined {
  const centre = projection.invert?.([width / 2, height / 2]);
  // A view whose corners lie half a world or more from its centre cannot be described by one box.
  const reach = (Math.hypot(width, height) / 2 / projection.scale()) * (180 / Math.PI);
  if (!centre || reach >= 180) return undefined;
  const corners: [number, number][] = [
    [0, 0],
    [width, 0],
    [0, height],
    [width, height],
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
