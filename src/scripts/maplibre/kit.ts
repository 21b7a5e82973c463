/**
 * The live-map kit: what every live map on the site (the story map, the explorer, the account
 * route maps) does the same way. Loading MapLibre itself is `load-maplibre.ts`; deciding when
 * is `triggers.ts`. This module fetches the map data, waits for the label fonts, puts a map
 * into its box and says when its first complete frame is on screen.
 *
 * Failure is the caller's to report: every function here rejects with the error, and the caller
 * keeps the static map (see `MapUnavailableError`).
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import type { MapDataUrls } from '../../lib/live-map/data-urls';
import type { PlaceProperties, RouteProperties } from '../../lib/live-map/features';
import { DEFAULT_FONTS, LOCAL_SCRIPT_FONTS } from '../../lib/live-map/style';
import type { MapLibre } from './load-maplibre';

/** Every place as a point, as `/data/places.json` serves it. */
export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;
/** Every route as a line, as `/data/routes.json` serves it. */
export type RouteCollection = FeatureCollection<LineString, RouteProperties>;

/** Fetches and parses a JSON file; rejects on a network error or an HTTP error status. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The site's places and routes. */
export async function loadPlacesAndRoutes(urls: MapDataUrls): Promise<[PlaceCollection, RouteCollection]> {
  return Promise.all([fetchJson<PlaceCollection>(urls.places), fetchJson<RouteCollection>(urls.routes)]);
}

/**
 * The basemap files as absolute URLs: GeoJSON sources are fetched by MapLibre's worker, which
 * does not resolve paths against the page.
 */
export function absoluteBasemap(urls: MapDataUrls): MapDataUrls['basemap'] {
  const absolute = (url: string) => new URL(url, location.href).href;
  return {
    world: absolute(urls.basemap.world),
    region: absolute(urls.basemap.region),
    town: absolute(urls.basemap.town),
  };
}

/**
 * Waits for the fonts the labels are drawn with: MapLibre draws with the page's own fonts (no
 * glyph server), and text laid out before a font arrives would be measured with another. The
 * script fonts come in subsets by Unicode range, so each is asked for with the names it draws.
 * A font that fails to load is not an error: the browser falls back.
 */
export async function loadLabelFonts(places?: PlaceCollection): Promise<void> {
  const samples = new Map<string, string>();
  for (const { properties: p } of places?.features ?? []) {
    const family = LOCAL_SCRIPT_FONTS[p.lang];
    if (family) samples.set(family, (samples.get(family) ?? '') + p.localName);
  }
  await Promise.all([
    document.fonts.load(`13px "${DEFAULT_FONTS[0]}"`, 'Bangkok'),
    ...[...samples].map(([family, text]) => document.fonts.load(`13px "${family}"`, text)),
  ]).catch(() => undefined);
}

/** A live map put into its box. */
export interface MountedMap {
  map: MapLibreMap;
  /** The element the map draws into (a new child of the box, laid over the static map). */
  container: HTMLElement;
}

/**
 * Creates a MapLibre map in a new child of `box` (class `className`, which the page styles to
 * cover the static map and fade in). No attribution control of MapLibre's own: each page credits
 * Natural Earth in its caption, or adds a compact control.
 */
export function mountMap(
  maplibre: MapLibre,
  box: HTMLElement,
  className: string,
  options: Omit<MapOptions, 'container'>,
): MountedMap {
  const container = document.createElement('div');
  container.className = className;
  box.append(container);
  const map = new maplibre.Map({ attributionControl: false, ...options, container });
  return { map, container };
}

/** Resolves once the map has drawn a complete frame (its first `idle`); rejects on its first error. */
export function firstFrame(map: MapLibreMap): Promise<void> {
  return new Promise((resolve, reject) => {
    map.once('idle', () => resolve());
    map.once('error', (event) => reject(event.error));
  });
}

/**
 * Controls of a map the reader moves (explorer, account maps): zoom buttons without a compass,
 * no rotation by mouse, keyboard or touch, and a compact Natural Earth credit.
 */
export function addReaderControls(maplibre: MapLibre, map: MapLibreMap): void {
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibre.AttributionControl({ compact: true, customAttribution: 'Natural Earth' }));
}
