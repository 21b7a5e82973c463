/**
 * The map state of one documented route on its own: the route drawn in full and highlighted,
 * the places it passes through, framed so that the whole route fits both the wide and the
 * portrait frame. Derived from the route, like an account's map scenes
 * (`build-data/account-scenes.ts`), so it cannot drift from the content.
 */
import type { MapVisual, Place, Route } from '../content/schema';
import { fitCamera } from '../geo/mercator';

/** Place ids of a route in travel order: where the first leg starts, then where each leg ends. */
export function routePlaces(route: Pick<Route, 'legs'>): string[] {
  const first = route.legs[0];
  return first ? [first.from, ...route.legs.map((leg) => leg.to)] : [];
}

/**
 * The map of route `id`: every place on it, where it starts and where it ends highlighted (their
 * names are always written), the route highlighted and drawn in full. Throws when a place of the
 * route is unknown (the content check reports that first).
 */
export function routeVisual(id: string, route: Route, places: ReadonlyMap<string, Place>): MapVisual {
  const ids = [...new Set(routePlaces(route))];
  const coords = ids.map((placeId) => {
    const place = places.get(placeId);
    if (!place) throw new Error(`route "${id}": unknown place "${placeId}"`);
    return place.coordinates;
  });
  return {
    type: 'map',
    camera: fitCamera(coords, 1200, 800, { padding: 150 }),
    mobileCamera: fitCamera(coords, 600, 800, { padding: 90 }),
    countries: [],
    places: ids.map((placeId) => ({ id: placeId, highlight: placeId === ids[0] || placeId === ids.at(-1) })),
    routes: [{ id, highlight: true, draw: { from: 1, to: 1 } }],
  };
}
