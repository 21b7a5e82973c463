/**
 * Every static map view the site draws, listed from the content: each map step of the long
 * read (its phone frame covers the screen, and its basemap carries the trails of routes followed
 * before it), every scene of each survivor account's map (in the account frames), the two views
 * of `/map/` (the Mekong region and the whole span) and the maps of the press room
 * (`src/lib/graphics/`), in both frames. The
 * basemap pictures (`src/pages/maps/[id].svg.ts`) are built from this list, so a picture exists
 * for every `<img>` that `StaticMap.astro` writes; a page that draws a map from anywhere else
 * must add it here (the built-site tests fail on a missing picture).
 */
import { getCollection } from 'astro:content';
import type { MapVisual, Place, Route, Step } from '../content/schema';
import { ACCOUNT_FRAMES, WIDE_FRAME, type Frame, type MapFrames } from '../geo/frames';
import { routeCoordinates, sliceLine, type LonLat } from '../geo/routes';
import { portraitFrame, storyMapData, storyTrails } from '../live-map/story-state';
import { basemapViewId, visibleTrails, type BasemapView } from '../static-map/basemap-layer';
import { exploreModel } from '../../components/explore/model';
import { allAccountStories } from './accounts';
import { allGraphics } from '../graphics/collections';

/** A route line as far as a trail draws it. */
export type TrailLine = readonly LonLat[];

/** The map visuals of every page that shows a static map, and how each is fitted to its box. */
async function allMaps(): Promise<
  { visual: MapVisual; fit: 'safe' | 'bleed'; trails: TrailLine[]; frames?: MapFrames }[]
> {
  const [chapters, stories, placeEntries, routeEntries, accountStories] = await Promise.all([
    getCollection('chapters'),
    getCollection('stories'),
    getCollection('places'),
    getCollection('routes'),
    allAccountStories(),
  ]);
  const places = new Map(placeEntries.map((e) => [e.id, e.data]));
  const routes = new Map(routeEntries.map((e) => [e.id, e.data]));
  const steps = chapters.sort((a, b) => a.data.order - b.data.order).flatMap((c) => c.data.steps);
  const trails = storyTrailLines(steps, { places, routes });
  const story = steps.flatMap((step, i) =>
    step.visual.type === 'map' ? [{ visual: step.visual, fit: 'bleed' as const, trails: trails[i] ?? [] }] : [],
  );
  const accounts = [...accountStories.values()].flatMap((a) => {
    const scenes = a.scenes.map((scene) => ({ id: scene.id, visual: scene.visual }));
    const sceneTrails = storyTrailLines(scenes, { places, routes });
    return a.scenes.map((scene, i) => ({
      visual: scene.visual,
      fit: 'bleed' as const,
      trails: sceneTrails[i] ?? [],
      frames: ACCOUNT_FRAMES,
    }));
  });
  const explore = exploreModel({ places, routes, stories: new Map(stories.map((e) => [e.id, e.data])) });
  const graphics = (await allGraphics()).flatMap((g) => (g.map ? [g.map.visual] : []));
  const others = [explore.region, explore.span, ...graphics]
    .filter((v): v is MapVisual => v?.type === 'map')
    .map((visual) => ({ visual, fit: 'safe' as const, trails: [] }));
  return [...story, ...accounts, ...others];
}

/**
 * The trails of every step of the long read (by index, in reading order) as route lines cut to
 * how far they were drawn: see `storyTrails`.
 */
export function storyTrailLines(
  steps: readonly Pick<Step, 'id' | 'visual'>[],
  lookups: { places: ReadonlyMap<string, Pick<Place, 'coordinates'>>; routes: ReadonlyMap<string, Route> },
): TrailLine[][] {
  return storyTrails(storyMapData(steps)).map((trails) =>
    trails.flatMap(({ id, to }) => {
      const route = lookups.routes.get(id);
      return route ? [sliceLine(routeCoordinates(route, lookups.places), to)] : [];
    }),
  );
}

/**
 * The basemap views of a map visual: the wide frame, and the portrait one (the story's phone
 * frame for `fit: 'bleed'`) when it has a `mobileCamera`; each with the `trails` that cross it.
 * `frames` replaces the usual frames (an account's map: `ACCOUNT_FRAMES`).
 */
export function basemapViews(
  visual: MapVisual,
  fit: 'safe' | 'bleed' = 'safe',
  trails: readonly TrailLine[] = [],
  frames?: MapFrames,
): { wide: BasemapView; portrait?: BasemapView } {
  const view = (camera: MapVisual['camera'], frame: Frame): BasemapView => {
    const base: BasemapView = {
      camera,
      width: frame.width,
      height: frame.height,
      bleedX: frame.bleedX,
      bleedY: frame.bleedY,
      ...(frame.bleedBottom !== undefined ? { bleedBottom: frame.bleedBottom } : {}),
      countries: visual.countries,
    };
    const shown = visibleTrails(base, trails);
    return shown.length > 0 ? { ...base, trails: shown } : base;
  };
  return {
    wide: view(visual.camera, frames?.wide ?? WIDE_FRAME),
    ...(visual.mobileCamera ? { portrait: view(visual.mobileCamera, frames?.portrait ?? portraitFrame(fit)) } : {}),
  };
}

/** Every basemap picture the site needs, by file id (the same view on two pages is one picture). */
export async function allBasemapViews(): Promise<Map<string, BasemapView>> {
  const views = new Map<string, BasemapView>();
  for (const { visual, fit, trails, frames } of await allMaps()) {
    const { wide, portrait } = basemapViews(visual, fit, trails, frames);
    for (const view of portrait ? [wide, portrait] : [wide]) views.set(basemapViewId(view), view);
  }
  return views;
}
