/**
 * The live MapLibre map of the `/map/` page, loaded on demand by `index.ts` (its own chunk, so
 * the page's first JavaScript stays small) when the reader reaches for the map. It lays a
 * MapLibre map over the static map in the same box, framed like the view the page shows (the
 * Mekong region or the whole span: `liveCamera` of that view in the box), and shows it only once
 * it has drawn its first frame.
 *
 * Places too close together to show apart are grouped as on the static map: the places source
 * is clustered (`cluster: true` with the page's radius and deepest zoom), each group a numbered
 * circle named after its leading place (`rank`); choosing a circle zooms in until it comes apart.
 * The chosen place is never grouped: it moves to a source of its own (`FOCUS_SOURCE`) drawn by
 * copies of every place layer, so it stays visible and labelled at any zoom.
 *
 * Routes: those through the chosen place, and the one under the pointer (or whose table row is
 * hovered or focused), are drawn in the accent; the others fade while one is lit.
 *
 * Interactive: drag, scroll-zoom and keyboard (MapLibre's own: arrows pan, + and − zoom) on the
 * canvas, plus a navigation control. Clicking a place calls `onSelect(id)`; the page turns that
 * into a URL fragment. Filters change the sources' data, so groups count only what is shown and
 * `queryRenderedFeatures` reflects them too.
 *
 * Rejects (`MapUnavailableError` from `loadMapLibre`) when WebGL is unavailable, and with the
 * loader's error when the map chunk or the data cannot be loaded. Either way the static map and
 * the tables stay.
 */
import type { MapDataUrls } from '../../lib/live-map/data-urls';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  GeoJSONSourceSpecification,
  LayerSpecification,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { Camera } from '../../lib/content/schema';
import type { PlaceProperties } from '../../lib/live-map/features';
import { buildStyle, DEFAULT_FONTS, hasLocalName, labelOffset, SOURCES, STYLE_LAYERS } from '../../lib/live-map/style';
import { WIDE_MEDIA_QUERY } from '../../lib/geo/frames';
import { mercatorUnit, TILE_SIZE } from '../../lib/geo/mercator';
import { liveCamera, stepCountryNames, stepRoutes, type CountryNames } from '../../lib/live-map/story-state';
import type { LonLat } from '../../lib/geo/routes';
import { loadMapLibre } from '../maplibre/load-maplibre';
import { readMapColors } from '../maplibre/colors';
import { addArrowIcons, addPlaceIcons } from '../maplibre/icons';
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
  /** The Mekong region, which the page opens on. */
  region: ExploreFraming;
  /** The whole span ("Show long-haul routes"). */
  span: ExploreFraming;
  /** Place ids, most important first: a group is named after its first member. */
  rank: string[];
  /**
   * How places too close together are grouped (MapLibre's `clusterRadius`, `clusterMaxZoom`);
   * groups of more than `maxNamed` places are not named.
   */
  cluster: { radius: number; maxZoom: number; maxNamed: number };
  /** The locator inset's camera and viewBox size: the live map outlines on it what it shows. */
  inset: { camera: Camera; width: number; height: number };
  data: MapDataUrls;
}

/** A view's framing, as its static twin draws it. */
export interface ExploreFraming {
  camera: Camera;
  mobileCamera: Camera | undefined;
  /** Country names where the static twin puts them, per frame. */
  countryNames: CountryNames;
}

/**
 * The narrowest box (CSS pixels) in which the static twin shows country names, per frame (the
 * container queries of `MapSvg.astro`): the live map names countries from the same widths.
 */
const COUNTRY_NAMES_FROM = { wide: 640, portrait: 480 } as const;

/** The explorer's two views. */
export type ExploreView = 'region' | 'span';

/** The page's handle on the live map. */
export interface LiveExplore {
  /** Shows only these places and routes (by id); the chosen place always shows. */
  filter(places: readonly string[], routes: readonly string[]): void;
  /** Chooses one place (or none); `routes` are the routes through it, drawn in the accent. */
  select(id: string | undefined, routes: readonly string[]): void;
  /** Lights one route (the pointer is on its table row), or none. */
  lightRoute(id: string | undefined): void;
  /** Centres the map on a place; `instant` jumps instead of flying. */
  flyTo(id: string, options?: { instant?: boolean }): void;
  /** Frames a view as its static twin does in this box. */
  showView(view: ExploreView): void;
  map: MapLibreMap;
}

type ExplorePlace = PlaceProperties & { highlight: boolean; rank: number };
type Places = FeatureCollection<Point, ExplorePlace>;

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

/** The chosen place's own source (never clustered), and the suffix of the layers that draw it. */
export const FOCUS_SOURCE = 'places-focus';
export const FOCUS_SUFFIX = '-focus';

/** The layers of the groups: circle, number and the leading place's name. */
export const CLUSTER_LAYERS = {
  circles: 'place-clusters',
  counts: 'place-cluster-counts',
  labels: 'place-cluster-labels',
} as const;

const notClustered: FilterSpecification = ['!', ['has', 'point_count']];

/**
 * The explorer's style: the shared style (`buildStyle`) with a clustered places source, group
 * layers above the routes, and every place layer copied for the chosen place's own source.
 */
export function exploreStyle(
  base: StyleSpecification,
  { radius, maxZoom, maxNamed }: ExploreMapConfig['cluster'],
  names: ReadonlyMap<number, string>,
  colors: { label: string; halo: string },
): StyleSpecification {
  const places = base.sources[SOURCES.places] as GeoJSONSourceSpecification;
  const sources = {
    ...base.sources,
    [SOURCES.places]: {
      ...places,
      cluster: true,
      clusterRadius: radius,
      clusterMaxZoom: maxZoom,
      // The leading place of a group: the highest rank among its members.
      clusterProperties: { leader: ['max', ['get', 'rank']] },
    } satisfies GeoJSONSourceSpecification,
    [FOCUS_SOURCE]: {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
    } as GeoJSONSourceSpecification,
  };
  const fromPlaces = (layer: LayerSpecification): layer is Extract<LayerSpecification, { source: string }> =>
    'source' in layer && layer.source === SOURCES.places;
  const layers: LayerSpecification[] = [];
  const leaderName: ExpressionSpecification = [
    'match',
    ['get', 'leader'],
    ...[...names].flatMap(([rank, name]) => [rank, name]),
    '',
  ] as unknown as ExpressionSpecification;
  const groups: LayerSpecification[] = [
    {
      id: CLUSTER_LAYERS.circles,
      type: 'circle',
      source: SOURCES.places,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': colors.label,
        'circle-radius': ['interpolate', ['linear'], ['get', 'point_count'], 2, 9, 16, 13],
        'circle-stroke-color': colors.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: CLUSTER_LAYERS.counts,
      type: 'symbol',
      source: SOURCES.places,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': ['literal', [...DEFAULT_FONTS]],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colors.halo },
    },
    {
      id: CLUSTER_LAYERS.labels,
      type: 'symbol',
      source: SOURCES.places,
      filter: ['all', ['has', 'point_count'], ['<=', ['get', 'point_count'], maxNamed]],
      layout: {
        'text-field': leaderName,
        'text-font': ['literal', [...DEFAULT_FONTS]],
        'text-size': 13,
        // Beside the circle where there is room, as the static map places its names.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.05,
        'text-padding': 4,
        // Long names wrap rather than run off the map.
        'text-max-width': 12,
      },
      paint: {
        'text-color': colors.label,
        'text-halo-color': colors.halo,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.3,
      },
    },
  ];
  const [circles, counts, names_] = groups as [LayerSpecification, LayerSpecification, LayerSpecification];
  let pending = [circles, counts];
  for (const layer of base.layers) {
    if (!fromPlaces(layer)) {
      layers.push(layer);
      continue;
    }
    // Circles go under the first place layer, so single places stay on top of them.
    layers.push(...pending);
    pending = [];
    const own = 'filter' in layer && layer.filter ? (layer.filter as FilterSpecification) : undefined;
    layers.push({ ...layer, filter: own ? ['all', notClustered, own] : notClustered } as LayerSpecification);
  }
  // The groups' names come last: placed first, they win over single names where both compete.
  layers.push(...pending, names_);
  // The chosen place, drawn on top by copies of every place layer.
  for (const layer of base.layers) {
    if (fromPlaces(layer))
      layers.push({ ...layer, id: layer.id + FOCUS_SUFFIX, source: FOCUS_SOURCE } as LayerSpecification);
  }
  return { ...base, sources, layers };
}

/** Starts the live map in `box`; see the header comment. */
export async function startLiveExplore(
  box: HTMLElement,
  {
    onSelect,
    selected: initial,
    selectedRoutes = [],
    view: initialView = 'region',
  }: {
    onSelect: (id: string) => void;
    selected?: string | undefined;
    selectedRoutes?: readonly string[];
    view?: ExploreView;
  },
): Promise<LiveExplore> {
  const config = JSON.parse(box.dataset['exploreMap'] ?? '{}') as ExploreMapConfig;
  const [maplibre, [places, routes]] = await Promise.all([loadMapLibre(), loadPlacesAndRoutes(config.data)]);
  await loadLabelFonts(places);
  const cameraFor = (view: ExploreView) =>
    liveCamera(config[view], {
      width: box.clientWidth,
      height: box.clientHeight,
      wide: matchMedia(WIDE_MEDIA_QUERY).matches,
    });
  const { padding, ...camera } = cameraFor(initialView);

  // Higher rank: named first. Places missing from the list come last.
  const rankOf = new Map(config.rank.map((id, i) => [id, config.rank.length - i]));
  const names = new Map(places.features.map((f) => [rankOf.get(f.properties.id) ?? 0, f.properties.name] as const));

  let selected = initial;
  let lit = new Set(selectedRoutes);
  let hovered: string | undefined;
  let visiblePlaces: ReadonlySet<string> = new Set(places.features.map((f) => f.properties.id));
  const chosen = places.features.find((f) => f.properties.id === selected);
  const withProps = (f: (typeof places.features)[number]): Feature<Point, ExplorePlace> => ({
    ...f,
    properties: { ...f.properties, highlight: f.properties.id === selected, rank: rankOf.get(f.properties.id) ?? 0 },
  });
  /** The grouped places: every visible one but the chosen one. */
  const placeData = (): Places => ({
    type: 'FeatureCollection',
    features: places.features
      .filter((f) => f.properties.id !== selected && visiblePlaces.has(f.properties.id))
      .map(withProps),
  });
  const focusData = (): Places => ({
    type: 'FeatureCollection',
    features: places.features.filter((f) => f.properties.id === selected).map(withProps),
  });
  const lines = new Map(routes.features.map((f) => [f.properties.id, f.geometry.coordinates as LonLat[]]));
  const placePoints = places.features.map((f) => f.geometry.coordinates as [number, number]);
  const routeData = () =>
    stepRoutes(
      {
        id: 'explore',
        kind: 'map',
        camera: config.region.camera,
        countries: [],
        places: [],
        routes: routes.features.map((f) => ({
          id: f.properties.id,
          highlight: lit.has(f.properties.id) || hovered === f.properties.id,
          from: 1,
          to: 1,
        })),
      },
      lines,
      1,
      true,
      placePoints,
    );

  const countryData = (view: ExploreView) => {
    const wide = matchMedia(WIDE_MEDIA_QUERY).matches;
    const from = wide ? COUNTRY_NAMES_FROM.wide : COUNTRY_NAMES_FROM.portrait;
    const { camera: cam, mobileCamera, countryNames } = config[view];
    const step = { id: view, kind: 'map' as const, camera: cam, countries: [], places: [], routes: [], countryNames };
    const names = stepCountryNames(mobileCamera ? { ...step, mobileCamera } : step, wide);
    return box.clientWidth >= from ? names : { ...names, features: [] };
  };

  const colors = readMapColors(box);
  const base = buildStyle({
    colors,
    basemap: absoluteBasemap(config.data),
    places: placeData(),
    routes: routeData(),
    countryNames: countryData(initialView),
  });
  const { map, container } = mountMap(maplibre, box, 'live-map', {
    style: exploreStyle(base, config.cluster, names, { label: colors.label, halo: colors.labelHalo }),
    // Opened on a place (`/map/#<id>`): start there rather than fly from the view.
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
  // The controls laid over the map come after it, in tab order too.
  const firstControl = box.querySelector('.view-switch');
  if (firstControl) box.insertBefore(container, firstControl);
  addReaderControls(maplibre, map);
  const canvas = map.getCanvas();
  canvas.setAttribute(
    'aria-label',
    'Interactive map of every place and route. Use the arrow keys to pan and + or − to zoom. Numbered circles stand for places too close together to show apart. The tables below list the same places and routes.',
  );
  addPlaceIcons(map, colors);
  addArrowIcons(map, colors);
  // Local names in local script: HTML under the English names (see LABEL_ALL_ZOOM below).
  const labels = attachLocalLabels(map, {
    showLocal: (place, zoom) => zoom >= LABEL_ALL_ZOOM || place.highlight === true,
  });
  const focusSource = () => map.getSource<GeoJSONSource>(FOCUS_SOURCE);
  const placesSource = () => map.getSource<GeoJSONSource>(SOURCES.places);
  const updateRoutes = () => {
    map.getSource<GeoJSONSource>(SOURCES.routes)?.setData(routeData());
    // While some route is lit, the others step back.
    map.setPaintProperty(STYLE_LAYERS.routeContext, 'line-opacity', lit.size > 0 || hovered ? 0.45 : 1);
  };
  map.once('load', () => {
    // Every name that fits: MapLibre leaves out those that would collide. Local names (HTML
    // lines under the English ones) only from LABEL_ALL_ZOOM, or for the chosen place.
    const offset = [
      'step',
      ['zoom'],
      labelOffset(['all', hasLocalName, ['==', ['get', 'highlight'], true]]),
      LABEL_ALL_ZOOM,
      labelOffset(hasLocalName),
    ] as ExpressionSpecification;
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-offset', offset);
    map.setLayoutProperty(STYLE_LAYERS.labels + FOCUS_SUFFIX, 'text-offset', offset);
    labels.setPlaces(placeData());
    focusSource()?.setData(focusData());
    updateRoutes();
  });

  const placeLayerIds = [STYLE_LAYERS.places, STYLE_LAYERS.placesHighlight, STYLE_LAYERS.labels].flatMap((id) => [
    id,
    id + FOCUS_SUFFIX,
  ]);
  for (const layer of placeLayerIds) {
    map.on('click', layer, (event) => {
      const id = event.features?.[0]?.properties['id'];
      if (typeof id === 'string') onSelect(id);
    });
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }
  // A group: zoom in until it comes apart.
  for (const layer of [CLUSTER_LAYERS.circles, CLUSTER_LAYERS.labels]) {
    map.on('click', layer, (event) => {
      const feature = event.features?.[0];
      const clusterId = feature?.properties['cluster_id'];
      if (!feature || typeof clusterId !== 'number') return;
      void placesSource()
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => {
          const center = (feature.geometry as Point).coordinates as [number, number];
          const target = { center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) };
          if (matchMedia('(prefers-reduced-motion: reduce)').matches) map.jumpTo(target);
          else map.easeTo({ ...target, duration: 700 });
        });
    });
    map.on('mouseenter', layer, () => (canvas.style.cursor = 'zoom-in'));
    map.on('mouseleave', layer, () => (canvas.style.cursor = ''));
  }
  // The route under the pointer is lit.
  for (const layer of [STYLE_LAYERS.routeContext, STYLE_LAYERS.routeHighlight]) {
    map.on('mousemove', layer, (event) => {
      const id = event.features?.[0]?.properties['id'];
      if (typeof id !== 'string' || id === hovered) return;
      hovered = id;
      updateRoutes();
    });
    map.on('mouseleave', layer, () => {
      if (hovered === undefined) return;
      hovered = undefined;
      updateRoutes();
    });
  }

  // The inset outlines what the live map shows, as the reader moves it.
  const outline = () => {
    const { camera: c, width, height } = config.inset;
    const scale = TILE_SIZE * 2 ** c.zoom;
    const [cx, cy] = mercatorUnit(c.center);
    const bounds = map.getBounds();
    const [x0, y0] = mercatorUnit([bounds.getWest(), bounds.getNorth()]);
    const [x1, y1] = mercatorUnit([bounds.getEast(), bounds.getSouth()]);
    const at = (x: number, y: number) => [(x - cx) * scale + width / 2, (y - cy) * scale + height / 2] as const;
    const [ax, ay] = at(x0, y0);
    const [bx, by] = at(x1, y1);
    for (const rect of document.querySelectorAll<SVGRectElement>('.inset-map .frame')) {
      rect.setAttribute('x', ax.toFixed(1));
      rect.setAttribute('y', ay.toFixed(1));
      rect.setAttribute('width', (bx - ax).toFixed(1));
      rect.setAttribute('height', (by - ay).toFixed(1));
    }
  };
  map.on('moveend', outline);

  await firstFrame(map);
  outline();
  box.classList.add('is-live');
  box.dataset['live'] = 'ready';
  for (const picture of box.querySelectorAll('[data-static-map]')) picture.setAttribute('aria-hidden', 'true');
  window.__exploreMap = map;

  // Route filters are layer filters (no worker round trip): each route layer keeps its own
  // filter from the style and also needs its route's id in the visible list.
  const routeLayerIds = [
    STYLE_LAYERS.routeHalo,
    STYLE_LAYERS.routeContext,
    STYLE_LAYERS.routeHighlight,
    STYLE_LAYERS.routeArrows,
  ];
  const ownFilters = new Map<string, FilterSpecification | undefined>(
    routeLayerIds.map((layer) => [layer, map.getFilter(layer) ?? undefined]),
  );
  const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

  return {
    map,
    filter(placeIds, routeIds) {
      visiblePlaces = new Set(placeIds);
      labels.setPlaces(placeData());
      const visible: FilterSpecification = ['in', ['get', 'id'], ['literal', [...routeIds]]];
      for (const layer of routeLayerIds) {
        const own = ownFilters.get(layer);
        map.setFilter(layer, own ? ['all', own as ExpressionSpecification, visible] : visible);
      }
    },
    select(id, routeIds) {
      lit = new Set(routeIds);
      if (id !== selected) {
        selected = id;
        labels.setPlaces(placeData());
        focusSource()?.setData(focusData());
      }
      updateRoutes();
    },
    lightRoute(id) {
      if (id === hovered) return;
      hovered = id;
      updateRoutes();
    },
    flyTo(id, { instant = false } = {}) {
      const place = places.features.find((f) => f.properties.id === id);
      if (!place) return;
      const [lon, lat] = place.geometry.coordinates as [number, number];
      const target = { center: [lon, lat] as [number, number], zoom: Math.max(map.getZoom(), PLACE_ZOOM) };
      if (instant || reduced()) map.jumpTo(target);
      else map.flyTo({ ...target, duration: 1200 });
    },
    showView(view) {
      map.getSource<GeoJSONSource>(SOURCES.countryNames)?.setData(countryData(view));
      const target = cameraFor(view);
      if (reduced()) map.jumpTo(target);
      else map.flyTo({ ...target, duration: 1400 });
    },
  };
}
