/**
 * The story map's choreography as data: what each step of the long read shows on the live map
 * (derived from its content, never authored twice) and the pure rules that turn a step, the
 * screen and the reader's scroll progress into a camera and map data.
 *
 * `StoryMapData` is built once as `/data/story-map.json` (`src/pages/data/story-map.json.ts`);
 * the client (`src/scripts/story-map/`) fetches it with MapLibre, when the live map starts.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Camera, Step } from '../content/schema';
import {
  bleedBox,
  bleedOf,
  PORTRAIT_FRAME,
  STORY_PORTRAIT_FRAME,
  WIDE_FRAME,
  type Frame,
  type MapFrames,
} from '../geo/frames';
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
      /** Place labels where the static twin puts them, per frame (see `StepLabels`). */
      labels?: StepLabels;
    }
  | { id: string; kind: 'chart' };

/**
 * A place label as the static twin placed it, for the live map to copy: the place id, the text
 * anchor, the anchor point's offset from the place in viewBox units (`dx`, `dy`), the first
 * line's baseline below that point in em, and whether the local-script name goes under it.
 */
export type LabelPlacement = [
  id: string,
  anchor: 'start' | 'middle' | 'end',
  dx: number,
  dy: number,
  em: number,
  local: 0 | 1,
];

/**
 * The static twin's place labels, per frame (`wide` for `camera`, `portrait` for `mobileCamera`).
 * They also say which places are drawn: the static twin leaves out a place whose name finds no
 * room, so the live map does too.
 */
export interface StepLabels {
  wide: LabelPlacement[];
  portrait?: LabelPlacement[];
}

/** What the build adds to a map step from its static twin (it needs the basemap and the label placer). */
export interface StaticExtras {
  countryNames: CountryNames;
  labels: StepLabels;
}

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
 * The map state of every step, in reading order. `extras` (build time only: it needs the
 * basemap and the label placer) gives the country names and place labels of a map step's
 * static twin.
 */
export function storyMapData(
  steps: readonly Pick<Step, 'id' | 'visual'>[],
  extras?: (visual: Extract<Step['visual'], { type: 'map' }>) => StaticExtras,
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
        ...(extras ? extras(v) : {}),
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
 * The portrait frame of a map shown with `fit`: a picture covering a whole phone screen (the
 * story map) uses the story's phone frame, whose safe area is the part of the screen the text
 * card leaves free; a map in the flow of a page the plain portrait frame.
 */
export function portraitFrame(fit: 'safe' | 'bleed'): Frame {
  return fit === 'bleed' ? STORY_PORTRAIT_FRAME : PORTRAIT_FRAME;
}

/**
 * The camera and frame the static twin uses for a step on this screen: `mobileCamera` in the
 * portrait frame (see `portraitFrame`) below the wide breakpoint when the step has one,
 * otherwise `camera` in the wide frame (exactly what `StaticMap.astro` shows).
 */
export function staticFrame(
  step: { camera: Camera; mobileCamera?: Camera | undefined },
  wide: boolean,
  fit: 'safe' | 'bleed' = 'safe',
  frames?: MapFrames,
): { camera: Camera; frame: Frame } {
  return !wide && step.mobileCamera
    ? { camera: step.mobileCamera, frame: frames?.portrait ?? portraitFrame(fit) }
    : { camera: step.camera, frame: frames?.wide ?? WIDE_FRAME };
}

/**
 * How many CSS pixels one viewBox unit of the static picture takes in a box of this size, for
 * `fit` (see `liveCamera`).
 */
export function pictureScale(
  frame: Frame,
  viewport: Pick<Viewport, 'width' | 'height'>,
  fit: 'safe' | 'bleed',
): number {
  const [, , pictureWidth, pictureHeight] = bleedBox(frame);
  return fit === 'bleed'
    ? Math.max(viewport.width / pictureWidth, viewport.height / pictureHeight)
    : Math.min(viewport.width / frame.width, viewport.height / frame.height);
}

/**
 * The size, in viewBox units, at which the story map's static twin (`fit="bleed"`) shows place
 * and country names in a box `height` CSS pixels tall: the frame's own sizes, stepped down in
 * the wide frame where the column is tall (so the names do not grow with the picture). Mirrors
 * the container rules of `MapSvg.astro`; the live story map sizes its names with it.
 */
export function storyTypeSizes(
  wide: boolean,
  height: number,
  portrait: Frame = STORY_PORTRAIT_FRAME,
): { label: number; country: number } {
  if (!wide) return { label: portrait.fontSize, country: portrait.countryFontSize };
  const rem = height / 16;
  if (rem >= 80) return { label: 16, country: 11.5 };
  if (rem >= 65) return { label: 20, country: 14 };
  if (rem >= 55) return { label: 23, country: 16 };
  return { label: WIDE_FRAME.fontSize, country: WIDE_FRAME.countryFontSize };
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
 *   (`slice`), centred: scale `s = max(width / pictureWidth, height / pictureHeight)`. Where the
 *   frame's bleed is larger below than above (the story's phone frame), the camera centre sits
 *   above the box's middle by half the difference: a bottom padding of twice that puts it there.
 *
 * Either way the live zoom is the frame's zoom converted to the displayed scale. `frames` replaces
 * the usual frames for a map drawn in others (an account's map: `ACCOUNT_FRAMES`).
 */
export function liveCamera(
  step: { camera: Camera; mobileCamera?: Camera | undefined },
  viewport: Viewport,
  fit: 'safe' | 'bleed' = 'safe',
  frames?: MapFrames,
): LiveCamera {
  const { camera, frame } = staticFrame(step, viewport.wide, fit, frames);
  const s = pictureScale(frame, viewport, fit);
  const bleed = bleedOf(frame);
  const lift = (bleed.bottom - bleed.top) * s;
  const bottom =
    fit === 'bleed'
      ? Math.max(0, Math.round(lift * 100) / 100)
      : Math.max(0, Math.round(viewport.height - frame.height * s));
  const top = fit === 'bleed' ? Math.max(0, Math.round(-lift * 100) / 100) : 0;
  return {
    center: [camera.center[0], camera.center[1]],
    zoom: equivalentZoom(camera.zoom, frame.width, frame.width * s),
    bearing: camera.bearing ?? 0,
    pitch: camera.pitch ?? 0,
    padding: { top, bottom, left: 0, right: 0 },
  };
}

/** How the camera moves to a step: `jumpTo` when the reader prefers reduced motion. */
export function cameraMove(reducedMotion: boolean): 'jumpTo' | 'flyTo' {
  return reducedMotion ? 'jumpTo' : 'flyTo';
}

/** A route the reader has already followed, as a faint trail: drawn from its start to `to`. */
export interface Trail {
  id: string;
  to: number;
}

/**
 * The most trails a step shows: the routes followed most recently. A map stays readable, and its
 * basemap picture (which draws the trails) stays the same size however long the story grows:
 * without a cap, every step of a story twice as long would carry twice the trails (the scale
 * test, `npm run test:scale`, measures it). The long read follows 8 routes, so it shows them all.
 */
export const MAX_TRAILS = 8;

/**
 * The trails of every step, by step index: the routes that map steps before it highlighted
 * (each as far as it was drawn at most), less the routes the step itself draws, at most the
 * `MAX_TRAILS` followed most recently. So the routes followed so far stay on the map, faintly,
 * and the convergence on the compound towns builds up across the story. A chart step keeps the
 * trails of the map behind it (`mapStepAt`).
 */
export function storyTrails(data: StoryMapData): Trail[][] {
  // In the order first followed (the order they are drawn in), and separately by recency.
  const followed = new Map<string, number>();
  const recency: string[] = [];
  const byMapStep = new Map<string, Trail[]>();
  for (const step of data.steps) {
    if (step.kind !== 'map') continue;
    const drawn = new Set(step.routes.filter((r) => r.to > 0).map((r) => r.id));
    const recent = new Set(recency.filter((id) => !drawn.has(id)).slice(-MAX_TRAILS));
    byMapStep.set(
      step.id,
      [...followed].filter(([id]) => recent.has(id)).map(([id, to]) => ({ id, to })),
    );
    for (const r of step.routes)
      if (r.highlight && r.to > 0) {
        followed.set(r.id, Math.max(followed.get(r.id) ?? 0, r.to));
        const at = recency.indexOf(r.id);
        if (at >= 0) recency.splice(at, 1);
        recency.push(r.id);
      }
  }
  return data.steps.map((_, i) => byMapStep.get(mapStepAt(data, i)?.id ?? '') ?? []);
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

/** What a drawn route line carries (`trail`: a route followed in an earlier step). */
export interface DrawnRouteProperties {
  id: string;
  highlight: boolean;
  trail?: true;
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
 * top, each followed by an arrowhead point at its drawn end; before them, the step's `trails`
 * (lines with `trail: true`, no arrowhead). `placePoints` are the coordinates of the step's
 * places: an arrowhead on one of them is marked `atPlace`.
 */
export function stepRoutes(
  step: Extract<StepMapState, { kind: 'map' }>,
  lines: RouteLines,
  progress: number,
  reducedMotion: boolean,
  placePoints: readonly (readonly [number, number])[] = [],
  trails: readonly Trail[] = [],
): FeatureCollection<LineString | Point, DrawnRouteProperties | RouteArrowProperties> {
  const features: Feature<LineString | Point, DrawnRouteProperties | RouteArrowProperties>[] = [];
  for (const trail of trails) {
    const line = lines.get(trail.id);
    const part = line ? sliceLine(line, trail.to) : [];
    if (part.length < 2) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: part },
      properties: { id: trail.id, highlight: false, trail: true },
    });
  }
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

/**
 * Where a live label goes, copied from the static twin: MapLibre's `text-anchor` and
 * `text-offset` (in em of the label's size), and whether its local-script line is drawn.
 */
export interface PlacedLabelProperties {
  labelAnchor: 'left' | 'center' | 'right';
  labelOffset: [number, number];
  /** The step's focus: its name in local script goes under the English one. */
  focus: boolean;
}

/**
 * How far the middle of an English name's line lies above its baseline, in em: MapLibre centres
 * a line on its anchor, the static map gives baselines.
 */
export const LINE_MIDDLE = 0.45;

/**
 * The label of a placed place, for a live map whose labels are `fontSize` viewBox units tall in
 * the static picture (the font size the static twin's labels are shown at, after CSS).
 */
export function liveLabel(placement: LabelPlacement, fontSize: number): PlacedLabelProperties {
  const [, anchor, dx, dy, em, local] = placement;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    labelAnchor: anchor === 'start' ? 'left' : anchor === 'end' ? 'right' : 'center',
    labelOffset: [round(dx / fontSize), round(dy / fontSize + em - LINE_MIDDLE)],
    focus: local === 1,
  };
}

/**
 * The step's places, from all place features, with their `highlight` for this step. With the
 * static twin's labels for the frame this screen uses (`frame`), only the places it draws, each
 * with its label's place (`liveLabel`, for labels `fontSize` units tall).
 */
export function stepPlaces(
  step: Extract<StepMapState, { kind: 'map' }>,
  places: ReadonlyMap<string, Feature<Point, PlaceProperties>>,
  frame?: { wide: boolean; fontSize: number },
): FeatureCollection<Point, PlaceProperties & { highlight: boolean } & Partial<PlacedLabelProperties>> {
  const placements = frame ? (!frame.wide && step.mobileCamera ? step.labels?.portrait : step.labels?.wide) : undefined;
  const byId = new Map(placements?.map((p) => [p[0], p]));
  const features = step.places.flatMap((p) => {
    const f = places.get(p.id);
    if (!f) return [];
    if (!placements || !frame) return [{ ...f, properties: { ...f.properties, highlight: p.highlight } }];
    const placement = byId.get(p.id);
    if (!placement) return [];
    return [{ ...f, properties: { ...f.properties, highlight: p.highlight, ...liveLabel(placement, frame.fontSize) } }];
  });
  return { type: 'FeatureCollection', features };
}

/**
 * The story layers a step shows (basemap layers are always on): highlighted countries when it
 * tints any, each route layer when it has such a route, place and label layers when it has places.
 * The client sets every other story layer's `visibility` to `none`.
 */
export function visibleStoryLayers(step: StepMapState, trails: readonly Trail[] = []): string[] {
  if (step.kind !== 'map') return [];
  const layers: string[] = [];
  if (step.countries.length > 0) layers.push(...STYLE_LAYERS.countryHighlight);
  if ((step.countryNames?.wide.length ?? 0) + (step.countryNames?.portrait?.length ?? 0) > 0)
    layers.push(STYLE_LAYERS.countryLabels);
  if (trails.length > 0) layers.push(STYLE_LAYERS.routeTrails);
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
  STYLE_LAYERS.routeTrails,
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
