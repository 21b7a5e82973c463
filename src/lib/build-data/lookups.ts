/**
 * Places and routes by id, read from Astro's content collections for the map components. Pages
 * never need this: `StaticMap` and `MapLegend` call it when they are not given lookups (tests
 * pass their own, because collections are empty outside a build). Not memoized here: Astro
 * caches collections itself, and a module-level cache would go stale in the dev server.
 */
import { getCollection } from 'astro:content';
import type { MapLookups } from '../static-map/scene';

/** The site's places and routes by id. */
export async function mapLookups(): Promise<MapLookups> {
  const [places, routes] = await Promise.all([getCollection('places'), getCollection('routes')]);
  return {
    places: new Map(places.map((entry) => [entry.id, entry.data])),
    routes: new Map(routes.map((entry) => [entry.id, entry.data])),
  };
}
