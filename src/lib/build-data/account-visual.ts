/**
 * The map state of a survivor account's page, derived from the account itself: its route (if
 * any) drawn in full and highlighted, and the places where the person was held, framed so that
 * everything fits. Derived rather than authored, so it cannot drift from the account.
 */
import type { Camera, MapVisual, Place, Route, Story } from '../content/schema';

const TILE = 512;

/** Web Mercator x, y in [0, 1] for a longitude and latitude. */
function mercator([lon, lat]: readonly [number, number]): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

/** Longitude and latitude for Web Mercator x, y in [0, 1]. */
function unmercator([x, y]: readonly [number, number]): [number, number] {
  const lon = x * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * The camera (centre and zoom, web-map semantics with 512-pixel tiles) that fits `points`
 * inside a `width` × `height` viewport with `padding` pixels to spare on each side.
 */
export function fitCamera(
  points: readonly (readonly [number, number])[],
  width: number,
  height: number,
  { padding = 80, maxZoom = 8 }: { padding?: number; maxZoom?: number } = {},
): Camera {
  if (points.length === 0) throw new Error('fitCamera needs at least one point');
  const xy = points.map(mercator);
  const xs = xy.map((p) => p[0]);
  const ys = xy.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const dx = Math.max(x1 - x0, 1e-9);
  const dy = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(
    maxZoom,
    Math.log2(Math.min((width - 2 * padding) / (dx * TILE), (height - 2 * padding) / (dy * TILE))),
  );
  const [lon, lat] = unmercator([(x0 + x1) / 2, (y0 + y1) / 2]);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { center: [round(lon), round(lat)], zoom: round(zoom) };
}

/** The map for an account: its route and the places where the person was held. */
export function storyVisual(
  story: Story,
  places: ReadonlyMap<string, Place>,
  routes: ReadonlyMap<string, Route>,
): MapVisual | undefined {
  const route = story.route ? routes.get(story.route) : undefined;
  const routePlaces = route ? [route.legs[0]!.from, ...route.legs.map((l) => l.to)] : [];
  const ids = [...new Set([...routePlaces, ...story.heldAt])];
  const coords = ids.map((id) => places.get(id)?.coordinates).filter((c): c is [number, number] => c !== undefined);
  if (coords.length === 0) return undefined;
  return {
    type: 'map',
    camera: fitCamera(coords, 1200, 800, { padding: 140 }),
    mobileCamera: fitCamera(coords, 600, 800, { padding: 90 }),
    countries: [],
    places: ids.map((id) => ({ id, highlight: story.heldAt.includes(id) })),
    routes: route && story.route ? [{ id: story.route, highlight: true, draw: { from: 1, to: 1 } }] : [],
  };
}
