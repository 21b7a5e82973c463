/**
 * Route geometry from place ids: one line of `[lon, lat]` points per route, and the part of it
 * drawn so far. The static twin and the live map both draw routes from these functions.
 *
 * Overland and sea legs are drawn as gentle curves (a quadratic Bézier bowing to the left of
 * the direction of travel) so that a leg does not hide under a straight border and two routes
 * between the same towns stay apart. Air legs follow the great circle, as flights do.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Leg, Place, Route } from '../content/schema';

/** A point as `[longitude, latitude]` in degrees. */
export type LonLat = [number, number];

/** Places by id; only the coordinates are needed here. */
export type PlaceLookup = ReadonlyMap<string, Pick<Place, 'coordinates'>>;

/** Points sampled along each leg, not counting its start. */
export const SAMPLES_PER_LEG = 24;

/** How far a curved leg bows out: the control point's offset as a fraction of the leg's length. */
export const BOW = 0.16;

/**
 * The points of one leg from `from` to `to`, both included exactly. Air legs follow the great
 * circle; other legs bow gently to the left of the direction of travel.
 */
export function legCoordinates(from: LonLat, to: LonLat, mode: Leg['mode'], samples = SAMPLES_PER_LEG): LonLat[] {
  const points: LonLat[] = [[from[0], from[1]]];
  if (mode === 'air') {
    const along = geoInterpolate(from, to);
    for (let i = 1; i < samples; i++) points.push(along(i / samples));
  } else {
    // Work in a local plane where one unit east equals one unit north, so the bow is
    // perpendicular to the leg on the map; unwrap the longitude of a leg that crosses ±180°.
    const toLon = to[0] + (to[0] - from[0] > 180 ? -360 : to[0] - from[0] < -180 ? 360 : 0);
    const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180) || 1;
    const x0 = from[0] * k;
    const y0 = from[1];
    const x2 = toLon * k;
    const y2 = to[1];
    const cx = (x0 + x2) / 2 - (y2 - y0) * BOW;
    const cy = (y0 + y2) / 2 + (x2 - x0) * BOW;
    for (let i = 1; i < samples; i++) {
      const t = i / samples;
      const u = 1 - t;
      const x = u * u * x0 + 2 * u * t * cx + t * t * x2;
      const y = u * u * y0 + 2 * u * t * cy + t * t * y2;
      points.push([wrapLongitude(x / k), y]);
    }
  }
  points.push([to[0], to[1]]);
  return points;
}

/**
 * The points of each leg of a route, in travel order; leg n+1 starts on the point where leg n
 * ends. Throws an Error naming the leg and the id when a place id is unknown.
 */
export function routeLegs(route: Pick<Route, 'legs' | 'title'>, places: PlaceLookup): LonLat[][] {
  return route.legs.map((leg, i) => {
    const at = (id: string): LonLat => {
      const place = places.get(id);
      if (!place)
        throw new Error(`Route "${route.title}", leg ${i + 1} (${leg.from} → ${leg.to}): unknown place "${id}"`);
      return [place.coordinates[0], place.coordinates[1]];
    };
    return legCoordinates(at(leg.from), at(leg.to), leg.mode);
  });
}

/** The whole route as one line: its legs joined, without repeating the point where they meet. */
export function routeCoordinates(route: Pick<Route, 'legs' | 'title'>, places: PlaceLookup): LonLat[] {
  return routeLegs(route, places).flatMap((leg, i) => (i === 0 ? leg : leg.slice(1)));
}

/** The length of a line along the sphere, in radians (multiply by 6371 for kilometres). */
export function lineLength(coords: readonly LonLat[]): number {
  let total = 0;
  for (let i = 1; i < coords.length; i++) total += geoDistance(coords[i - 1] as LonLat, coords[i] as LonLat);
  return total;
}

/**
 * The part of a line from its start to `fraction` (0..1) of its length: a single point at 0,
 * the whole line at 1, and otherwise the points passed plus one interpolated end point.
 */
export function sliceLine(coords: readonly LonLat[], fraction: number): LonLat[] {
  const first = coords[0];
  if (first === undefined) return [];
  if (fraction <= 0) return [[first[0], first[1]]];
  if (fraction >= 1) return coords.map((p) => [p[0], p[1]]);
  const target = fraction * lineLength(coords);
  const out: LonLat[] = [[first[0], first[1]]];
  let travelled = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1] as LonLat;
    const b = coords[i] as LonLat;
    const step = geoDistance(a, b);
    if (travelled + step >= target) {
      if (step > 0) out.push(geoInterpolate(a, b)((target - travelled) / step));
      return out;
    }
    travelled += step;
    out.push([b[0], b[1]]);
  }
  return out;
}

/** A longitude brought back into -180..180. */
function wrapLongitude(lon: number): number {
  return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
}
