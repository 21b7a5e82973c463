/**
 * A live route map the reader moves: a MapLibre map laid over a static SVG map (`StaticMap`
 * inside `[data-route-map]`), with the same framing and the same places and routes, shown once it
 * has drawn its first frame. The press room's map graphics and their embeds use it
 * (`MapGraphic.astro`); account pages have a map of their own that follows the text
 * (`./index.ts`).
 *
 * Loaded on demand: the page's own script imports this module only when the reader asks for the
 * live map, and this module loads MapLibre. The map sits in a scrolling page, so gestures are
 * cooperative (ctrl/⌘ + scroll to zoom, two fingers to pan on touch screens). If WebGL, the chunk
 * or the data is missing, the static SVG simply stays.
 *
 * Framing: the live camera is `liveCamera` of the map's visual in the map's box, the same
 * rule as every live map, so it shows what the static picture in that box shows.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { MapDataUrls } from '../../lib/live-map/data-urls';
import type { MapVisual } from '../../lib/content/schema';
import type { PlaceProperties, RouteProperties } from '../../lib/live-map/features';
import { buildStyle } from '../../lib/live-map/style';
import { liveCamera } from '../../lib/live-map/story-state';
import { WIDE_MEDIA_QUERY } from '../../lib/geo/frames';
import { loadMapLibre } from '../maplibre/load-maplibre';
import { readMapColors } from '../maplibre/colors';
import { addPlaceIcons } from '../maplibre/icons';
import { attachLocalLabels } from '../maplibre/local-labels';
import {
  absoluteBasemap,
  addReaderControls,
  firstFrame,
  loadLabelFonts,
  loadPlacesAndRoutes,
  mountMap,
} from '../maplibre/kit';

/** What the account page puts in `data-route-map`. */
export interface RouteMapConfig {
  visual: Pick<MapVisual, 'camera' | 'mobileCamera' | 'places' | 'routes' | 'countries'>;
  /** A sentence naming what the map shows, for the canvas's label. */
  label: string;
  data: MapDataUrls;
}

type Highlighted<P> = P & { highlight: boolean };

/**
 * Starts the live map for one `[data-route-map]` element. Resolves to true once the live map
 * shows (false if the element has no static map to replace); rejects with `MapUnavailableError`
 * without WebGL, and with the loader's error if the chunk or the data fails to load.
 */
export async function startRouteMap(root: HTMLElement): Promise<boolean> {
  const config = JSON.parse(root.dataset['routeMap'] ?? '{}') as RouteMapConfig;
  const box = root.querySelector<HTMLElement>('[data-static-map]');
  if (!box) return false;
  const [maplibre, [allPlaces, allRoutes]] = await Promise.all([loadMapLibre(), loadPlacesAndRoutes(config.data)]);

  const { visual } = config;
  const placeHighlight = new Map(visual.places.map((p) => [p.id, p.highlight]));
  const routeHighlight = new Map(visual.routes.map((r) => [r.id, r.highlight]));
  const places: FeatureCollection<Point, Highlighted<PlaceProperties>> = {
    type: 'FeatureCollection',
    features: allPlaces.features
      .filter((f) => placeHighlight.has(f.properties.id))
      .map((f) => ({ ...f, properties: { ...f.properties, highlight: placeHighlight.get(f.properties.id) ?? false } })),
  };
  const routes: FeatureCollection<LineString, Highlighted<RouteProperties>> = {
    type: 'FeatureCollection',
    features: allRoutes.features
      .filter((f) => routeHighlight.has(f.properties.id))
      .map((f) => ({ ...f, properties: { ...f.properties, highlight: routeHighlight.get(f.properties.id) ?? false } })),
  };

  const { padding, ...camera } = liveCamera(visual, {
    width: box.clientWidth,
    height: box.clientHeight,
    wide: matchMedia(WIDE_MEDIA_QUERY).matches,
  });

  await loadLabelFonts(places);

  const colors = readMapColors(box);
  const { map } = mountMap(maplibre, box, 'live-map', {
    style: buildStyle({ colors, basemap: absoluteBasemap(config.data), places, routes, countries: visual.countries }),
    ...camera,
    renderWorldCopies: false,
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxZoom: 10,
  });
  map.setPadding(padding);
  addReaderControls(maplibre, map);
  map.getCanvas().setAttribute('aria-label', `${config.label} Interactive: arrow keys pan, + and − zoom.`);
  addPlaceIcons(map, colors);
  // Local names in local script: HTML under the English names, which MapLibre draws.
  const labels = attachLocalLabels(map);
  map.once('load', () => labels.setPlaces(places));

  await firstFrame(map);
  box.classList.add('is-live');
  // The canvas now carries the text alternative; the SVG under it would repeat it.
  for (const svg of box.querySelectorAll('svg')) svg.setAttribute('aria-hidden', 'true');
  root.dataset['live'] = 'ready';
  return true;
}
