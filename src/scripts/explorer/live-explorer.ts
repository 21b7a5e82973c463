/**
 * The live MapLibre map of the `/map/` page, loaded on demand by `index.ts` (its own chunk, so
 * the page's first JavaScript stays small) when the reader reaches for the map. It lays a
 * MapLibre map over the static map in the same box, framed like it (`liveCamera` of the
 * overview in the box), and shows it only once it has drawn its first frame.
 *
 * Interactive: drag, scroll-zoom and keyboard (MapLibre's own: arrows pan, + and − zoom) on the
 * canvas, plus a navigation control. Clicking a place calls `onSelect(id)`; the page turns that
 * into a URL fragment. Filters are set on the place and route layers, so
 * `queryRenderedFeatures` reflects them too.
 *
 * Rejects (`MapUnavailableError` from `loadMapLibre`) when WebGL is unavailable, and with the
 * loader's error when the map chunk or the data cannot be loaded. Either way the static map and
 * the tables stay.
 */
import type { MapDataUrls } from '../../lib/live-map/data-urls';
import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../../lib/content/schema';
import type { PlaceProperties } from '../../lib/live-map/features';
import { buildStyle, hasLocalName, labelOffset, STYLE_LAYERS } from '../../lib/live-map/style';
import { WIDE_MEDIA_QUERY } from '../../lib/geo/frames';
import { liveCamera } from '../../lib/live-map/story-state';
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

/** What the page passes in `data-explore-map` (see `src/pages/map/index.astro`). */
export interface ExploreMapConfig {
  camera: Camera;
  mobileCamera: Camera | undefined;
  data: MapDataUrls;
}

/** The page's handle on the live map. */
export interface LiveExplore {
  /** Shows only these places and routes (by id). */
  filter(places: readonly string[], routes: readonly string[]): void;
  /** Highlights one place (or none). */
  select(id: string | undefined): void;
  /** Centres the map on a place; `instant` jumps instead of flying. */
  flyTo(id: string, options?: { instant?: boolean }): void;
  map: MapLibreMap;
}

type Places = FeatureCollection<Point, PlaceProperties & { highlight?: boolean }>;

declare global {
  interface Window {
    /** The explore page's MapLibre map, once drawn (a documented hook for the browser tests). */
    __exploreMap?: MapLibreMap;
  }
}

/** Zoom the map flies to when a place is chosen, unless the reader is already closer. */
const PLACE_ZOOM = 6;

/** Zoom from which every place is labelled. */
const LABEL_ALL_ZOOM = 5;

/** Starts the live map in `box`; see the header comment. */
export async function startLiveExplore(
  box: HTMLElement,
  { onSelect, selected: initial }: { onSelect: (id: string) => void; selected?: string | undefined },
): Promise<LiveExplore> {
  const config = JSON.parse(box.dataset['exploreMap'] ?? '{}') as ExploreMapConfig;
  const [maplibre, [places, routes]] = await Promise.all([loadMapLibre(), loadPlacesAndRoutes(config.data)]);
  await loadLabelFonts(places);
  const { padding, ...camera } = liveCamera(config, {
    width: box.clientWidth,
    height: box.clientHeight,
    wide: matchMedia(WIDE_MEDIA_QUERY).matches,
  });

  let selected = initial;
  const chosen = places.features.find((f) => f.properties.id === selected);
  const placeData = (): Places => ({
    type: 'FeatureCollection',
    features: places.features.map((f) => ({
      ...f,
      properties: { ...f.properties, highlight: f.properties.id === selected },
    })),
  });

  const colors = readMapColors(box);
  const { map } = mountMap(maplibre, box, 'live-map', {
    style: buildStyle({ colors, basemap: absoluteBasemap(config.data), places: placeData(), routes }),
    // Opened on a place (`/map/#<id>`): start there rather than fly from the overview.
    ...(chosen
      ? { center: chosen.geometry.coordinates as [number, number], zoom: Math.max(camera.zoom, PLACE_ZOOM) }
      : camera),
    minZoom: 1,
    maxZoom: 10,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  if (!chosen) map.setPadding(padding);
  addReaderControls(maplibre, map);
  const canvas = map.getCanvas();
  canvas.setAttribute(
    'aria-label',
    'Interactive map of every place and route. Use the arrow keys to pan and + or − to zoom. The tables below list the same places and routes.',
  );
  addPlaceIcons(map, colors);
  // Local names in local script: HTML under the English names (see LABEL_ALL_ZOOM below).
  const labels = attachLocalLabels(map, {
    showLocal: (place, zoom) => zoom >= LABEL_ALL_ZOOM || place.highlight === true,
  });
  map.once('load', () => {
    // A calm overview: below LABEL_ALL_ZOOM, border crossings and transit points are not named
    // (the chosen place always is) and names are in English only (no local line, and the English
    // name is not raised for one); everything appears from there.
    map.setFilter(STYLE_LAYERS.labels, [
      'any',
      ['>=', ['zoom'], LABEL_ALL_ZOOM],
      ['!', ['in', ['get', 'kind'], ['literal', ['border-crossing', 'transit']]]],
      ['==', ['get', 'highlight'], true],
    ]);
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-offset', [
      'step',
      ['zoom'],
      labelOffset(['all', hasLocalName, ['==', ['get', 'highlight'], true]]),
      LABEL_ALL_ZOOM,
      labelOffset(hasLocalName),
    ]);
    labels.setPlaces(placeData());
  });

  const placeLayerIds = [STYLE_LAYERS.places, STYLE_LAYERS.placesHighlight, STYLE_LAYERS.labels];
  const routeLayerIds = [STYLE_LAYERS.routeHalo, STYLE_LAYERS.routeContext, STYLE_LAYERS.routeHighlight];
  for (const layer of placeLayerIds) {
    map.on('click', layer, (event) => {
      const id = event.features?.[0]?.properties['id'];
      if (typeof id === 'string') onSelect(id);
    });
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }

  await firstFrame(map);
  box.classList.add('is-live');
  box.dataset['live'] = 'ready';
  box.querySelector('[data-static-map]')?.setAttribute('aria-hidden', 'true');
  window.__exploreMap = map;

  // Filters are layer filters (no worker round trip): each layer keeps its own filter from the
  // style and also needs its feature's id in the visible list. The chosen place always shows.
  const ownFilters = new Map<string, FilterSpecification | undefined>(
    [...placeLayerIds, ...routeLayerIds].map((layer) => [layer, map.getFilter(layer) ?? undefined]),
  );
  const restrict = (layers: readonly string[], ids: readonly string[]) => {
    const visible: FilterSpecification = [
      'any',
      ['in', ['get', 'id'], ['literal', [...ids]]],
      ['==', ['get', 'highlight'], true],
    ];
    for (const layer of layers) {
      const own = ownFilters.get(layer);
      map.setFilter(layer, own ? ['all', own as ExpressionSpecification, visible] : visible);
    }
  };

  return {
    map,
    filter(placeIds, routeIds) {
      restrict(placeLayerIds, placeIds);
      restrict(routeLayerIds, routeIds);
    },
    select(id) {
      if (id === selected) return;
      selected = id;
      labels.setPlaces(placeData());
    },
    flyTo(id, { instant = false } = {}) {
      const place = places.features.find((f) => f.properties.id === id);
      if (!place) return;
      const [lon, lat] = place.geometry.coordinates as [number, number];
      const target = { center: [lon, lat] as [number, number], zoom: Math.max(map.getZoom(), PLACE_ZOOM) };
      if (instant) map.jumpTo(target);
      else map.flyTo({ ...target, duration: 1200 });
    },
  };
}
