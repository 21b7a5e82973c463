/**
 * Every static map view the site draws, listed from the content: each map step of the long
 * read, each survivor account's route map and the two views of `/map/` (the Mekong region and
 * the whole span), in both frames. The
 * basemap pictures (`src/pages/maps/[id].svg.ts`) are built from this list, so a picture exists
 * for every `<img>` that `StaticMap.astro` writes; a page that draws a map from anywhere else
 * must add it here (the built-site tests fail on a missing picture).
 */
import { getCollection } from 'astro:content';
import type { MapVisual } from '../content/schema';
import { PORTRAIT_FRAME, WIDE_FRAME } from '../geo/frames';
import { basemapViewId, type BasemapView } from '../static-map/basemap-layer';
import { exploreModel } from '../../components/explore/model';
import { storyVisual } from './account-visual';

/** The map visuals of every page that shows a static map. */
export async function allMapVisuals(): Promise<MapVisual[]> {
  const [chapters, stories, placeEntries, routeEntries] = await Promise.all([
    getCollection('chapters'),
    getCollection('stories'),
    getCollection('places'),
    getCollection('routes'),
  ]);
  const places = new Map(placeEntries.map((e) => [e.id, e.data]));
  const routes = new Map(routeEntries.map((e) => [e.id, e.data]));
  const steps = chapters.flatMap((c) => c.data.steps.map((s) => s.visual));
  const accounts = stories.map((s) => storyVisual(s.data, places, routes));
  const explore = exploreModel({ places, routes, stories: new Map(stories.map((e) => [e.id, e.data])) });
  return [...steps, ...accounts, explore.region, explore.span].filter((v): v is MapVisual => v?.type === 'map');
}

/** The basemap views of a map visual: the wide frame, and the portrait one when it has a `mobileCamera`. */
export function basemapViews(visual: MapVisual): BasemapView[] {
  const views: BasemapView[] = [{ camera: visual.camera, ...WIDE_FRAME, countries: visual.countries }];
  if (visual.mobileCamera) views.push({ camera: visual.mobileCamera, ...PORTRAIT_FRAME, countries: visual.countries });
  return views;
}

/** Every basemap picture the site needs, by file id (the same view on two pages is one picture). */
export async function allBasemapViews(): Promise<Map<string, BasemapView>> {
  const views = new Map<string, BasemapView>();
  for (const visual of await allMapVisuals()) {
    for (const view of basemapViews(visual)) views.set(basemapViewId(view), view);
  }
  return views;
}
