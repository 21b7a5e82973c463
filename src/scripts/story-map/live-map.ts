/**
 * The live story map: the one module that owns the MapLibre `Map` on the long read. It draws
 * the state of the step the reader is on (camera, tinted countries, places, routes drawn with
 * the scroll) over the static SVG of that step, and fades in only once its first frame is
 * complete, so the switch from static to live does not move anything.
 *
 * Routes highlighted in earlier steps stay as faint trails (`storyTrails`). Place labels go
 * where the static twin put them (`placed-labels.ts`), at the size it shows them, and areas
 * keep the static twin's smallest size, so nothing moves at the switch.
 *
 * Driven by `index.ts` (which owns scrollama): `show(index)` on step enter, `progress(index, p)`
 * while scrolling through a step, `destroy()` on leaving the page.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import type { MapDataUrls } from '../../lib/live-map/data-urls';
import type { PlaceFeature } from '../../lib/live-map/features';
import {
  buildStyle,
  countryFilter,
  placeIconSize,
  SOURCES,
  STYLE_LAYERS,
  type MapColors,
} from '../../lib/live-map/style';
import {
  cameraMove,
  liveCamera,
  mapStepAt,
  pictureScale,
  staticFrame,
  stepCountryNames,
  stepPlaces,
  stepRoutes,
  storyTrails,
  storyTypeSizes,
  STORY_LAYERS,
  visibleStoryLayers,
  type RouteLines,
  type StoryMapData,
} from '../../lib/live-map/story-state';
import { AREA_MIN } from '../../lib/geo/marks';
import { TOWN_ZOOM } from '../../lib/geo/zoom-bands';
import type { LonLat } from '../../lib/geo/routes';
import type { MapFrames } from '../../lib/geo/frames';
import type { MapLibre } from '../maplibre/load-maplibre';
import { readMapColors } from '../maplibre/colors';
import { addArrowIcons, addPlaceIcons } from '../maplibre/icons';
import { attachPlacedLabels } from './placed-labels';
import { absoluteBasemap, firstFrame, loadLabelFonts, loadPlacesAndRoutes, mountMap } from '../maplibre/kit';

/** What the live map needs from the page. */
export interface LiveMapOptions {
  maplibre: MapLibre;
  /** The sticky box; the map's canvas goes into a child it creates. */
  box: HTMLElement;
  data: StoryMapData;
  /** URLs of the map data files. */
  urls: MapDataUrls;
  /** The step index to start on. */
  initial: number;
  wideQuery: MediaQueryList;
  motionQuery: MediaQueryList;
  /** Called once the first complete frame is on screen. */
  onFirstFrame: () => void;
  /**
   * The frames of the static pictures, when not the story's own (an account's map:
   * `ACCOUNT_FRAMES`): the live camera and type follow the pictures it replaces.
   */
  frames?: MapFrames;
}

/** The camera and layers on screen, for the test hook. */
export interface LiveMapState {
  stepId: string | undefined;
  center: [number, number];
  zoom: number;
  bearing: number;
  moving: boolean;
  visibleLayers: string[];
  /** Ids of the places whose names are on screen, sorted (for tests: none may be dropped). */
  labelled: string[];
  /** Ids of the places whose symbols are on screen, sorted. */
  marked: string[];
  /** The countries tinted, as the layer filter has them. */
  tinted: string[];
}

/** The live map as the scroll controller sees it. */
export interface LiveMap {
  show(index: number): void;
  progress(index: number, progress: number): void;
  state(): LiveMapState;
  destroy(): void;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Creates the live map and resolves once it has drawn its first frame (it is then visible).
 * Rejects when data or fonts fail to load; the caller keeps the static maps.
 */
export async function createLiveMap(options: LiveMapOptions): Promise<LiveMap> {
  const { maplibre, box, data, urls, wideQuery, motionQuery } = options;
  const [placesFc, routesFc] = await loadPlacesAndRoutes(urls);
  const places = new Map(placesFc.features.map((f) => [f.properties.id, f as PlaceFeature]));
  const lines: RouteLines = new Map(
    routesFc.features.map((f) => [f.properties.id, f.geometry.coordinates as LonLat[]]),
  );
  await loadLabelFonts(placesFc);
  const basemap = absoluteBasemap(urls);

  let colors: MapColors = readMapColors(box);
  let current = Math.max(0, options.initial);
  let lastProgress = 0;
  let townLoaded = false;
  // The map's container fills the box (`inset: 0`), so the box's size is the map's.
  const viewport = () => ({ width: box.clientWidth, height: box.clientHeight, wide: wideQuery.matches });
  const reduced = () => motionQuery.matches;
  const first = mapStepAt(data, current);
  const { frames } = options;
  const start = first ? liveCamera(first, viewport(), 'bleed', frames) : undefined;

  const { map, container: host } = mountMap(maplibre, box, 'story-map-canvas', {
    style: buildStyle({
      colors,
      basemap: { world: basemap.world, region: basemap.region, town: EMPTY },
      places: EMPTY,
      routes: EMPTY,
    }),
    // Scroll drives this map; it takes no pointer or keyboard input, so the wheel and touch
    // scroll the page and the hidden canvas is never focusable.
    interactive: false,
    scrollZoom: false,
    dragRotate: false,
    dragPan: false,
    touchZoomRotate: false,
    touchPitch: false,
    keyboard: false,
    fadeDuration: 0,
    ...(start ? { center: start.center, zoom: start.zoom, bearing: start.bearing, pitch: start.pitch } : {}),
  });
  map.getCanvas().setAttribute('aria-hidden', 'true');
  map.getCanvas().removeAttribute('tabindex');
  // Names where the static twin put them; the focus place's local name in HTML under its own.
  const labels = attachPlacedLabels(map);
  const trails = storyTrails(data);

  const source = (id: string) => map.getSource<GeoJSONSource>(id);

  /** Loads the 1:10m coastlines the first time a camera comes close enough to use them. */
  const ensureTown = (zoom: number) => {
    if (townLoaded || zoom < TOWN_ZOOM - 0.8) return;
    townLoaded = true;
    source(SOURCES.town)?.setData(basemap.town);
  };

  const drawRoutes = (progress: number) => {
    const step = data.steps[current];
    if (step?.kind !== 'map') return;
    const stops = step.places.flatMap((p) => {
      const at = places.get(p.id)?.geometry.coordinates;
      return at ? [[at[0] as number, at[1] as number] as const] : [];
    });
    source(SOURCES.routes)?.setData(stepRoutes(step, lines, progress, reduced(), stops, trails[current]));
  };

  const apply = (animate: boolean) => {
    const step = data.steps[current];
    box.classList.toggle('is-chart', step?.kind !== 'map');
    const mapStep = mapStepAt(data, current);
    if (!mapStep || step?.kind !== 'map') return;
    const visible = new Set(visibleStoryLayers(step, trails[current]));
    for (const id of STORY_LAYERS) map.setLayoutProperty(id, 'visibility', visible.has(id) ? 'visible' : 'none');
    for (const id of STYLE_LAYERS.countryHighlight) map.setFilter(id, countryFilter(step.countries));
    const view = viewport();
    const camera = liveCamera(step, view, 'bleed', frames);
    // Type and symbols at the sizes the static picture shows them on this screen.
    const { frame } = staticFrame(step, view.wide, 'bleed', frames);
    const scale = pictureScale(frame, view, 'bleed');
    const wideFrame = view.wide || !step.mobileCamera;
    const type = storyTypeSizes(wideFrame, view.height, frames?.portrait);
    const areaMin = AREA_MIN * frame.fontSize * scale;
    for (const id of [STYLE_LAYERS.places, STYLE_LAYERS.placesHighlight])
      map.setLayoutProperty(id, 'icon-size', placeIconSize(areaMin));
    map.setLayoutProperty(STYLE_LAYERS.countryLabels, 'text-size', Math.round(type.country * scale * 10) / 10);
    labels.setPlaces(stepPlaces(step, places, { wide: view.wide, fontSize: type.label }), type.label * scale);
    source(SOURCES.countryNames)?.setData(stepCountryNames(step, wideQuery.matches));
    drawRoutes(lastProgress);
    ensureTown(camera.zoom);
    if (!animate || cameraMove(reduced()) === 'jumpTo') map.jumpTo(camera);
    // Not `essential`: MapLibre turns the flight into a jump under reduced motion as well.
    else map.flyTo({ ...camera, speed: 1.4, curve: 1.3, maxDuration: 2500 });
  };

  map.once('load', () => {
    addPlaceIcons(map, colors);
    addArrowIcons(map, colors);
    apply(false);
  });
  await firstFrame(map);
  box.classList.add('is-live');
  options.onFirstFrame();

  /**
   * Ids of the place features MapLibre drew in `layers`, sorted and unique. While a source is
   * being replaced MapLibre's index can be out of step with its features and the query throws
   * ("feature index out of bounds"); the test hook then reports nothing drawn yet and is asked
   * again, rather than failing.
   */
  const renderedIds = (layers: string[]) => {
    try {
      return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id'])))].sort();
    } catch {
      return [];
    }
  };
  /** The codes in the country highlight's filter (`countryFilter`). */
  const tintedCountries = (): string[] => {
    const filter = JSON.stringify(map.getFilter(STYLE_LAYERS.countryHighlight[0]) ?? []);
    const codes = /"literal",(\[[^\]]*\])/.exec(filter)?.[1];
    return codes ? (JSON.parse(codes) as string[]).sort() : [];
  };

  const onResize = () => apply(false);
  map.on('resize', onResize);
  wideQuery.addEventListener('change', onResize);
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const onTheme = () => {
    colors = readMapColors(box);
    map.setStyle(
      buildStyle({
        colors,
        basemap: { world: basemap.world, region: basemap.region, town: townLoaded ? basemap.town : EMPTY },
        places: EMPTY,
        routes: EMPTY,
      }),
    );
    map.once('style.load', () => {
      addPlaceIcons(map, colors);
      addArrowIcons(map, colors);
      apply(false);
    });
  };
  darkQuery.addEventListener('change', onTheme);

  return {
    show(index) {
      if (index === current) return;
      lastProgress = index > current ? 0 : 1;
      current = index;
      apply(true);
    },
    progress(index, progress) {
      if (index !== current) return;
      lastProgress = progress;
      drawRoutes(progress);
    },
    state() {
      const center = map.getCenter();
      return {
        stepId: data.steps[current]?.id,
        center: [center.lng, center.lat],
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        moving: map.isMoving(),
        visibleLayers: STORY_LAYERS.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none'),
        labelled: renderedIds([STYLE_LAYERS.labels]),
        marked: renderedIds([STYLE_LAYERS.places, STYLE_LAYERS.placesHighlight]),
        tinted: tintedCountries(),
      };
    },
    destroy() {
      wideQuery.removeEventListener('change', onResize);
      darkQuery.removeEventListener('change', onTheme);
      map.off('resize', onResize);
      labels.destroy();
      map.remove();
      host.remove();
      box.classList.remove('is-live', 'is-chart');
    },
  };
}
