/**
 * The story map's choreography as data: what each step of the long read shows on the live map
 * (derived from its content, never authored twice) and the pure rules that turn a step, the
 * screen and the reader's scroll progress into a camera and map data.
 *
 * The page embeds `StoryMapData` once as JSON (`<script type="application/json"
 * id="story-map-data">`); the client (`src/scripts/story-map/`) only reads it.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Camera, Step } from '../content/schema';
import { bleedBox, PORTRAIT_FRAME, WIDE_FRAME, type Frame } from '../geo/frames';
import { equivalentZoom, mercatorUnit } from '../geo/mercator';
import { sliceLine, type LonLat } from '../geo/routes';
import { STYLE_LAYERS } from './style';
import type { PlaceProperties } from './features';

/** A route on a step's map: drawn from `from` to `to` of its length as the reader scrolls. */
export interface StepRouteState {
  id: string;
  highlight: boolean;
  from: number;
  to: number;
}

/** What one step shows on the live map; `kind: 'chart'` steps hide the map. */
export type StepMapState =
  | {
      id: string;
      kind: 'map';
      camera: Camera;
      /** Camera below the wide breakpoint, when the step has one. */
      mobileCamera?: Camera;
      countries: string[];
      places: { id: string; highlight: boolean }[];
      routes: StepRouteState[];
      /** Country names where the static twin puts them, per frame (see `CountryNames`). */
      countryNames?: CountryNames;
    }
  | { id: string; kind: 'chart' };

/** A country name at `[longitude, latitude, name]`. */
export type CountryName = [number, number, string];

/**
 * Country names as the static twin places them (clear of places, labels and routes), turned
 * back into longitude/latitude: `wide` for `camera`, `portrait` for `mobileCamera`.
 */
export interface CountryNames {
  wide: CountryName[];
  portrait?: CountryName[];
}

/** The JSON embedded in the page. */
export interface StoryMapData {
  steps: StepMapState[];
}

/**
 * The map state of every step, in reading order. `countryNames` (build time only: it needs the
 * basemap) gives the country names of a map step's static twin.
 */
export function storyMapData(
  steps: readonly Pick<Step, 'id' | 'visual'>[],
  countryNames?: (visual: Extract<Step['visual'], { type: 'map' }>) => CountryNames,
): StoryMapData {
  return {
    steps: steps.map((step): StepMapState => {
      const v = step.visual;
      if (v.type !== 'map') return { id: step.id, kind: 'chart' };
      return {
        id: step.id,
        kind: 'map',
        camera: v.camera,
        ...(v.mobileCamera ? { mobileCamera: v.mobileCamera } : {}),
        countries: [...v.countries],
        places: v.places.map((p) => ({ id: p.id, highlight: p.highlight })),
        routes: v.routes.map((r) => ({ id: r.id, highlight: r.highlight, from: r.draw.from, to: r.draw.to })),
        ...(countryNames ? { countryNames: countryNames(v) } : {}),
      };
    }),
  };
}

/** The map box the live map is drawn in, in CSS pixels, and whether the screen is wide. */
export interface Viewport {
  width: number;
  height: number;
  /** Whether `WIDE_MEDIA_QUERY` matches. */
  wide: boolean;
}

/** A MapLibre camera: what `jumpTo`/`flyTo` take. */
export interface LiveCamera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
  /** Keeps the frame's centre where the static picture has it (see `liveCamera`). */
  padding: { top: number; bottom: number; left: number; right: number };
}

/**
 * The camera and frame the static twin uses for a step on this screen: `mobileCamera` in the
 * portrait frame below the wide breakpoint when the step has one, otherwise `camera` in the
 * wide frame (exactly what `StaticMap.astro` shows).
 */
export function staticFrame(
  step: { camera: Camera; mobileCamera?: Camera | undefined },
  wide: boolean,
): { camera: Camera; frame: Frame } {
  return !wide && step.mobileCamera
    ? { camera: step.mobileCamera, frame: PORTRAIT_FRAME }
    : { camera: step.camera, frame: WIDE_FRAME };
}

/**
 * The live camera that frames what the static picture of a map (a story step, an account's
 * route map, the explorer's overview) shows in the same box: every live map starts from it.
 *
 * - `fit: 'safe'` (the explorer, account maps): the static safe area is scaled to fit the box
 *   (`meet`) and sits at its top, centred across: scale `s = min(width / frame.width, height /
 *   frame.height)`, and a bottom padding puts the camera centre at the middle of the picture
 *   rather than of the whole box.
 * - `fit: 'bleed'` (the story map): the whole picture, bleed included, covers the box
 *   (`slice`), centred: scale `s = max(width / pictureWidth, height / pictureHeight)`, no padding.
 *
 * Either way the live zoom is the frame's zoom converted to the displayed scale.
 */
export function liveCamera(
  step: { camera: Camera; mobileCamera?: Camera | undefined },
  viewport: Viewport,
  fit: 'safe' | 'bleed' = 'safe',
): LiveCamera {
  const { camera, frame } = staticFrame(step, viewport.wide);
  const [, , pictureWidth, pictureHeight] = bleedBox(frame);
  const s =
    fit === 'bleed'
      ? Math.max(viewport.width / pictureWidth, viewport.height / pictureHeight)
      : Math.min(viewport.width / frame.width, viewport.height / frame.height);
  const bottom = fit === 'bleed' ? 0 : Math.max(0, Math.round(viewport.height - frame.height * s));
  return {
    center: [camera.center[0], camera.center[1]],
    zoom: equivalentZoom(camera.zoom, frame.width, frame.width * s),
    bearing: camera.bearing ?? 0,
    pitch: camera.pitch ?? 0,
    padding: { top: 0, bottom, left: 0, right: 0 },
  };
}

/** How the camera moves to a step: `jumpTo` when the reader prefers reduced motion. */
export function cameraMove(reducedMotion: boolean): 'jumpTo' | 'flyTo' {
  return reducedMotion ? 'jumpTo' : 'flyTo';
}

/**
 * How much of the step's scroll the route takes to draw: the line reaches `to` when the reader
 * is this far through the step, so it is complete while the step's text is still in view.
 */
export const DRAW_SPAN = 0.6;

/**
 * How far a route is drawn at a scroll `progress` (0..1) through its step: `from` at 0, `to` at
 * `DRAW_SPAN` and after, eased in between. Under reduced motion it is `to` at once.
 */
export function drawnFraction(
  route: Pick<StepRouteState, 'from' | 'to'>,
  progress: number,
  reducedMotion: boolean,
): number {
  if (reducedMotion) return route.to;
  const t = Math.min(1, Math.max(0, progress / DRAW_SPAN));
  const eased = t * t * (3 - 2 * t);
  return route.from + (route.to - route.from) * eased;
}

/** Route lines by id, as `routeCoordinates` gives them. */
export type RouteLines = ReadonlyMap<string, readonly LonLat[]>;

/** What a drawn route line carries. */
export interface DrawnRouteProperties {
  id: string;
  highlight: boolean;
}

/**
 * What a route's arrowhead carries: its direction on the map (degrees clockwise from north, in
 * Mercator, as `icon-rotate` wants it) and whether it reaches a place drawn on the map (then the
 * arrowhead stops short of that place's symbol, as on the static map).
 */
export interface RouteArrowProperties extends DrawnRouteProperties {
  arrow: true;
  bearing: number;
  atPlace: boolean;
}

/**
 * The step's routes, each cut to what is drawn at `progress`, context first and highlighted on
 * top, each followed by an arrowhead point at its drawn end. `placePoints` are the coordinates
 * of the step's places: an arrowhead on one of them is marked `atPlace`.
 */
export function stepRoutes(
  step: Extract<StepMapState, { kind: 'map' }>,
  lines: RouteLines,
  progress: number,
  reducedMotion: boolean,
  placePoints: readonly (readonly [number, number])[] = [],
): FeatureCollection<LineString | Point, DrawnRouteProperties | RouteArrowProperties> {
  const features: Feature<LineString | Point, DrawnRouteProperties | RouteArrowProperties>[] = [];
  const ordered = [...step.routes].sort((a, b) => Number(a.highlight) - Number(b.highlight));
  for (const route of ordered) {
    const line = lines.get(route.id);
    if (!line) continue;
    const part = sliceLine(line, drawnFraction(route, progress, reducedMotion));
    if (part.length < 2) continue;
    const properties = { id: route.id, highlight: route.highlight };
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: part }, properties });
    const end = part[part.length - 1] as LonLat;
    const [x0, y0] = mercatorUnit(part[part.length - 2] as LonLat);
    const [x1, y1] = mercatorUnit(end);
    if (x0 === x1 && y0 === y1) continue;
    const bearing = (Math.atan2(x1 - x0, -(y1 - y0)) * 180) / Math.PI;
    const atPlace = placePoints.some((p) => Math.abs(p[0] - end[0]) < 1e-6 && Math.abs(p[1] - end[1]) < 1e-6);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: end },
      properties: { ...properties, arrow: true, bearing: Math.round(bearing * 10) / 10, atPlace },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The country names for the frame the step uses on this screen, as points with a `name`. */
export function stepCountryNames(
  step: Extract<StepMapState, { kind: 'map' }>,
  wide: boolean,
): FeatureCollection<Point, { name: string }> {
  const names = (!wide && step.mobileCamera ? step.countryNames?.portrait : step.countryNames?.wide) ?? [];
  return {
    type: 'FeatureCollection',
    features: names.map(([lon, lat, name]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { name },
    })),
  };
}

/** The step's places, from all place features, with their `highlight` for this step. */
export function stepPlaces(
  step: Extract<StepMapState, { kind: 'map' }>,
  places: ReadonlyMap<string, Feature<Point, PlaceProperties>>,
): FeatureCollection<Point, PlaceProperties & { highlight: boolean }> {
  const features = step.places.flatMap((p) => {
    const f = places.get(p.id);
    return f ? [{ ...f, properties: { ...f.properties, highlight: p.highlight } }] : [];
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The story layers a step shows (basemap layers are always on): highlighted countries when it
 * tints any, each route layer when it has such a route, place and label layers when it has places.
 * The client sets every other story layer's `visibility` to `none`.
 */
export function visibleStoryLayers(step: StepMapState): string[] {
  if (step.kind !== 'map') return [];
  const layers: string[] = [];
  if (step.countries.length > 0) layers.push(...STYLE_LAYERS.countryHighlight);
  if ((step.countryNames?.wide.length ?? 0) + (step.countryNames?.portrait?.length ?? 0) > 0)
    layers.push(STYLE_LAYERS.countryLabels);
  const drawn = step.routes.filter((r) => r.to > 0);
  if (drawn.length > 0) layers.push(STYLE_LAYERS.routeHalo);
  if (drawn.some((r) => !r.highlight)) layers.push(STYLE_LAYERS.routeContext);
  if (drawn.some((r) => r.highlight)) layers.push(STYLE_LAYERS.routeHighlight);
  if (drawn.length > 0) layers.push(STYLE_LAYERS.routeArrows);
  if (step.places.some((p) => !p.highlight)) layers.push(STYLE_LAYERS.places);
  if (step.places.some((p) => p.highlight)) layers.push(STYLE_LAYERS.placesHighlight);
  if (step.places.length > 0) layers.push(STYLE_LAYERS.labels);
  return layers;
}

/** Every layer `visibleStoryLayers` may turn on or off. */
export const STORY_LAYERS: readonly string[] = [
  ...STYLE_LAYERS.countryHighlight,
  STYLE_LAYERS.countryLabels,
  STYLE_LAYERS.routeHalo,
  STYLE_LAYERS.routeContext,
  STYLE_LAYERS.routeHighlight,
  STYLE_LAYERS.routeArrows,
  STYLE_LAYERS.places,
  STYLE_LAYERS.placesHighlight,
  STYLE_LAYERS.labels,
];

/**
 * The map step a step index shows: the step itself, or for a chart step the nearest map step
 * before it (then after it), so the map behind a chart keeps its last state.
 */
export function mapStepAt(data: StoryMapData, index: number): Extract<StepMapState, { kind: 'map' }> | undefined {
  const isMap = (s: StepMapState | undefined): s is Extract<StepMapState, { kind: 'map' }> => s?.kind === 'map';
  for (let i = index; i >= 0; i--)
    if (isMap(data.steps[i])) return data.steps[i] as Extract<StepMapState, { kind: 'map' }>;
  return data.steps.find(isMap);
}
