/**
 * The map state of a survivor account's page, derived from the account itself: its route (if
 * any) drawn in full and highlighted, and the places where the person was held, framed so that
 * everything fits. Derived rather than authored, so it cannot drift from the account.
 */
import type { MapVisual, Place, Route, Story } from '../content/schema';
import { fitCamera } from '../geo/mercator';

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
