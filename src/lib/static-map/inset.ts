/**
 * The explorer's locator inset, worked out at build time: a small map of the whole span (East
 * Africa to the Philippines) with the routes, the places outside the main map, and a rectangle
 * for what the main map shows, so that readers see where the long-haul routes come from. Drawn
 * inline (a few kB): land from the 1:110m basemap, simplified to what 200 units can show.
 *
 * Build time only (it reads the Natural Earth data).
 */
import type { Camera, Place, Route } from '../content/schema';
import { loadBasemap } from '../build-data/basemap';
import { fitCamera, projectionForCamera } from '../geo/mercator';
import { routeCoordinates } from '../geo/routes';
import { compactPath } from './svg-path';

/** Size of the inset's viewBox. */
export const INSET_SIZE = { width: 200, height: 100 } as const;

/** A frame of the main map, to outline on the inset. */
export interface InsetFrame {
  camera: Camera;
  width: number;
  height: number;
}

/** The inset's drawing, in viewBox units. */
export interface Inset {
  width: number;
  height: number;
  /** The inset's own camera (so that the live map can outline what it shows). */
  camera: Camera;
  land: string;
  /** One path per route, by id. */
  routes: { id: string; d: string }[];
  /** Places outside every outlined frame: a dot each. */
  places: { id: string; name: string; x: number; y: number }[];
  /** The outline of each main-map frame, as a rectangle (x, y, width, height). */
  frames: { x: number; y: number; width: number; height: number }[];
}

/**
 * Draws the inset for every place and route in `places` and `routes`, outlining `frames` (the
 * main map's wide and portrait frames, in that order).
 */
export function buildInset(
  places: ReadonlyMap<string, Place>,
  routes: ReadonlyMap<string, Route>,
  frames: readonly InsetFrame[],
): Inset {
  const { width, height } = INSET_SIZE;
  const coords = [...places.values()].map((p) => p.coordinates);
  const camera =
    coords.length > 0
      ? fitCamera(coords, width, height, { padding: 10 })
      : { center: [90, 10] as [number, number], zoom: 0.5 };
  const projection = projectionForCamera(camera, width, height);
  const land = compactPath(projection, 1.2, 6, 0);
  const line = compactPath(projection, 0.8, 0, 1);
  const round = (v: number) => Math.round(v * 10) / 10;

  const outlines = frames.map((frame) => {
    const main = projectionForCamera(frame.camera, frame.width, frame.height);
    const nw = main.invert?.([0, 0]) ?? frame.camera.center;
    const se = main.invert?.([frame.width, frame.height]) ?? frame.camera.center;
    const [x0, y0] = projection(nw) ?? [0, 0];
    const [x1, y1] = projection(se) ?? [0, 0];
    return { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
  });
  const inside = (x: number, y: number) =>
    outlines.some((o) => x >= o.x && x <= o.x + o.width && y >= o.y && y <= o.y + o.height);

  return {
    width,
    height,
    camera,
    land: loadBasemap('110m')
      .landPolygons.map((l) => land(l.polygon))
      .join(''),
    routes: [...routes].map(([id, route]) => ({
      id,
      d: line({ type: 'LineString', coordinates: routeCoordinates(route, places) }),
    })),
    places: [...places]
      .map(([id, place]) => {
        const [x, y] = projection(place.coordinates) ?? [NaN, NaN];
        return { id, name: place.name, x: round(x), y: round(y) };
      })
      .filter((p) => Number.isFinite(p.x) && !inside(p.x, p.y)),
    frames: outlines,
  };
}
