/**
 * What one static map draws over its basemap, worked out at build time: SVG path data for the
 * routes and place symbols, and the positions of place and country labels. `MapSvg.astro` only
 * prints it. The basemap itself (land, tinted countries, borders) is a separate picture, drawn
 * by `basemap-layer.ts` for the same camera and frame.
 *
 * Keeping the geometry here (pure, no Astro) means it can be unit-tested and that the
 * component stays a thin template. Only what is in view is drawn: everything is clipped to the
 * viewport by the projection.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { Camera, MapVisual, Place, Route } from '../content/schema';
import { loadBasemap } from '../build-data/basemap';
import { drawableLocalName } from '../map-theme';
import { placeCountryLabels, type CountryLabel } from './country-labels';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './labels';
import { projectionForCamera, viewBounds } from '../geo/mercator';
import { bleedOf, labelAreaOf, type LabelArea } from '../geo/frames';
import { routeCoordinates, sliceLine } from '../geo/routes';
import { compactPath } from './svg-path';
import { areaRadius, arrowPath, AREA_MIN, symbolForKind, symbolPath, symbolRadius, type PlaceSymbol } from './symbols';

/** The content a map refers to, by id. */
export interface MapLookups {
  places: ReadonlyMap<string, Place>;
  routes: ReadonlyMap<string, Route>;
}

/** How to draw one map. */
export interface SceneOptions {
  camera: Camera;
  /** Viewport size in viewBox units (= web-map pixels, see `projection.ts`). */
  width: number;
  height: number;
  /** Font size of place names in viewBox units; symbols and arrowheads are sized from it. */
  fontSize: number;
  /** Font size of country names in viewBox units. */
  countryFontSize: number;
  /** Named in error messages ("map journey-bangkok: unknown place …"). */
  name?: string;
  /**
   * Map drawn beyond the safe area on each side, in viewBox units (see `Frame` in
   * `src/lib/geo/frames.ts`). Routes, places and their symbols are drawn in the bleed too; labels
   * of places out there only where they fit, and country names only in the safe area.
   */
  bleedX?: number;
  bleedY?: number;
  /** Map drawn below the safe area, when it differs from `bleedY`. */
  bleedBottom?: number;
  /** Where place labels may go (see `labelAreaOf`); the safe area when left out. */
  labelArea?: LabelArea;
}

/** A route as drawn: the part up to `draw.to`, and an arrowhead at its drawn end. */
export interface SceneRoute {
  id: string;
  highlight: boolean;
  d: string;
  arrow: string | undefined;
}

/** A place symbol. */
export interface ScenePlace {
  id: string;
  symbol: PlaceSymbol;
  highlight: boolean;
  d: string;
  /** Where the place is, in viewBox units. */
  x: number;
  y: number;
  /** How far the symbol reaches from `x, y` (an area's radius). */
  r: number;
}

/** A place label: where it goes, and what it says. */
export interface SceneLabel extends PlacedLabel {
  highlight: boolean;
  name: string;
  local: { name: string; lang: string } | undefined;
}

/** One static map's overlay, ready to print as SVG. */
export interface Scene {
  /** The safe area's size; the picture runs from `-bleedX, -bleedY`. */
  width: number;
  height: number;
  bleedX: number;
  bleedY: number;
  bleedBottom?: number;
  /** Font size of place and country names in viewBox units, as laid out. */
  fontSize: number;
  countryFontSize: number;
  routes: SceneRoute[];
  places: ScenePlace[];
  labels: SceneLabel[];
  countryLabels: CountryLabel[];
}

/** Size of place symbols and arrowheads relative to the label font size. */
const SYMBOL = 0.27;
const HIGHLIGHT = 1.2;
const ARROW = 0.6;
/** Letter spacing of country names, in em. */
export const COUNTRY_LETTER_SPACING = 0.14;

/**
 * Works out a map for a visual seen through `options.camera`. Throws an Error naming the map
 * and the id when the visual refers to a place, route or country that does not exist.
 */
export function buildScene(visual: MapVisual, lookups: MapLookups, options: SceneOptions): Scene {
  const { camera, width, height, bleedX = 0, bleedY = 0 } = options;
  const fail = (what: string): never => {
    throw new Error(`Map${options.name ? ` "${options.name}"` : ''}: ${what}`);
  };
  const projection = projectionForCamera(camera, width, height, bleedOf({ bleedX, bleedY, ...bottomOf(options) }));
  const linePath = compactPath(projection, 0.5);
  const view = padded(viewBounds(projection, width, height));
  // Codes are checked against the 1:50m list: the 1:110m one leaves out specks like Singapore.
  const known = loadBasemap('50m').countries;
  for (const code of visual.countries) {
    if (!known.some((c) => c.properties.iso2 === code)) fail(`no country with code "${code}" in the basemap`);
  }

  const { routes, routePoints } = drawRoutes(visual, lookups, projection, linePath, options, fail);
  const { places, labels, obstacles } = drawPlaces(visual, lookups, projection, options, fail);

  // Country names go wherever they fit around all of the above.
  const routeBoxes = routePoints.map(([x, y]) => ({ x0: x - 4, y0: y - 4, x1: x + 4, y1: y + 4 }));
  const countryLabels = placeCountryLabels(loadBasemap('50m').countries, projection, view, {
    width,
    height,
    fontSize: options.countryFontSize,
    letterSpacing: COUNTRY_LETTER_SPACING,
    obstacles: [...obstacles, ...labels.map((l) => l.box), ...routeBoxes],
  });

  return {
    width,
    height,
    bleedX,
    bleedY,
    ...bottomOf(options),
    fontSize: options.fontSize,
    countryFontSize: options.countryFontSize,
    routes,
    places,
    labels,
    countryLabels,
  };
}

/** The routes of a visual, context first and highlighted on top, and their points on screen. */
function drawRoutes(
  visual: MapVisual,
  lookups: MapLookups,
  projection: GeoProjection,
  linePath: (object: GeoPermissibleObjects) => string,
  options: SceneOptions,
  fail: (what: string) => never,
): { routes: SceneRoute[]; routePoints: [number, number][] } {
  const { width, height, fontSize, camera } = options;
  const bleed = bleedOf({ bleedX: options.bleedX ?? 0, bleedY: options.bleedY ?? 0, ...bottomOf(options) });
  const routes: SceneRoute[] = [];
  const routePoints: [number, number][] = [];
  const ordered = [...visual.routes].sort((a, b) => Number(a.highlight) - Number(b.highlight));
  for (const step of ordered) {
    const route = lookups.routes.get(step.id) ?? fail(`unknown route "${step.id}"`);
    const line = sliceLine(routeCoordinates(route, lookups.places), step.draw.to);
    if (line.length < 2) continue;
    const d = linePath({ type: 'LineString', coordinates: line });
    if (!d) continue;
    const screen = line.map((p) => projection(p)).filter((p): p is [number, number] => p !== null);
    routePoints.push(...screen);
    // A route drawn to its end stops its arrowhead short of the symbol of the place it reaches.
    const lastStop = route.legs.at(-1)?.to;
    const endShown = step.draw.to >= 1 ? visual.places.find((p) => p.id === lastStop) : undefined;
    const endPlace = endShown ? lookups.places.get(endShown.id) : undefined;
    const backOff =
      endShown && endPlace
        ? placeReach(endPlace, endShown.highlight, camera.zoom, fontSize) + fontSize * 0.15
        : -fontSize * 0.1;
    const arrowSize = fontSize * ARROW * (step.highlight ? HIGHLIGHT : 1);
    routes.push({
      id: step.id,
      highlight: step.highlight,
      d,
      arrow: arrowAt(screen, backOff, arrowSize, [-bleed.x, -bleed.top, width + bleed.x, height + bleed.bottom]),
    });
  }
  return { routes, routePoints };
}

/**
 * Symbols and labels for the places of a visual that are in view, and the boxes they take.
 * Highlighted places (what the step is about) are always labelled; the first of them, the
 * step's focus, also with its local-script name. A place whose label finds no room is left out,
 * symbol and all, so that no mark goes unnamed.
 */
function drawPlaces(
  visual: MapVisual,
  lookups: MapLookups,
  projection: GeoProjection,
  options: SceneOptions,
  fail: (what: string) => never,
): { places: ScenePlace[]; labels: SceneLabel[]; obstacles: Box[] } {
  const { width, height, fontSize, camera } = options;
  const bleed = bleedOf({ bleedX: options.bleedX ?? 0, bleedY: options.bleedY ?? 0, ...bottomOf(options) });
  const focus = focusPlace(visual);
  const drawn: ScenePlace[] = [];
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  for (const { id, highlight } of visual.places) {
    const place = lookups.places.get(id) ?? fail(`unknown place "${id}"`);
    const xy = projection(place.coordinates);
    if (!xy || xy[0] < -bleed.x || xy[0] > width + bleed.x || xy[1] < -bleed.top || xy[1] > height + bleed.bottom)
      continue;
    const [x, y] = xy;
    const symbol = symbolForKind(place.kind);
    const r = placeReach(place, highlight, camera.zoom, fontSize);
    // An area's label sits by its middle (over the area's wash when it is wide), clear of the
    // middle of other areas; a point's label clear of the whole symbol.
    const core = symbol === 'compound-region' ? Math.min(r, AREA_MIN * fontSize) : r;
    drawn.push({
      id,
      symbol,
      highlight,
      d: symbolPath(symbol, x, y, symbol === 'border-crossing' ? r / 1.1 : r),
      x: round1(x),
      y: round1(y),
      r: round1(r),
    });
    obstacles.push({ x0: x - core, y0: y - core, x1: x + core, y1: y + core });
    requests.push({
      id,
      x,
      y,
      clearance: core,
      required: highlight,
      text: { name: place.mapName ?? place.name, local: id === focus ? drawableLocalName(place.local) : undefined },
    });
  }
  const labels = placeLabels(requests, {
    width,
    height,
    fontSize,
    obstacles,
    area: labelAreaOf({ width, height, ...(options.labelArea ? { labelArea: options.labelArea } : {}) }),
  }).map((label) => {
    const place = lookups.places.get(label.id);
    const highlight = visual.places.some((p) => p.id === label.id && p.highlight);
    const local = label.withLocal ? drawableLocalName(place?.local) : undefined;
    return { ...label, highlight, name: place?.mapName ?? place?.name ?? label.id, local };
  });
  const labelled = new Set(labels.map((l) => l.id));
  // As the live map draws them: places for reference, then highlighted ones on top; in each,
  // areas (washes) under the point symbols.
  const rank = (p: ScenePlace) => 2 * Number(p.highlight) + (p.symbol === 'compound-region' ? 0 : 1);
  const places = drawn.filter((p) => labelled.has(p.id)).sort((a, b) => rank(a) - rank(b));
  return { places, labels, obstacles: obstacles.filter((_, i) => labelled.has(drawn[i]?.id ?? '')) };
}

/**
 * The place a map is focused on: the first highlighted place, the only one whose name is also
 * written in local script (on every place it would be clutter). `undefined` when none is.
 */
export function focusPlace(visual: Pick<MapVisual, 'places'>): string | undefined {
  return visual.places.find((p) => p.highlight)?.id;
}

/** How far a place's symbol reaches from its point, in viewBox units, at `zoom`. */
function placeReach(
  place: Pick<Place, 'kind' | 'precision' | 'coordinates'>,
  highlight: boolean,
  zoom: number,
  fontSize: number,
): number {
  const symbol = symbolForKind(place.kind);
  return symbol === 'compound-region'
    ? areaRadius(place, zoom, fontSize)
    : symbolRadius(symbol, symbolSize(fontSize, highlight));
}

/** `{ bleedBottom }` when the options set it. */
function bottomOf(options: Pick<SceneOptions, 'bleedBottom'>): { bleedBottom?: number } {
  return options.bleedBottom !== undefined ? { bleedBottom: options.bleedBottom } : {};
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Half-width of a place symbol for a label font size. */
function symbolSize(fontSize: number, highlight: boolean): number {
  return fontSize * SYMBOL * (highlight ? HIGHLIGHT : 1);
}

/**
 * An arrowhead at the end of a projected line, pointing along it. `backOff` moves the tip back
 * along the line (to stop short of a place symbol); a negative value moves it forward past the
 * line's end to cover the round line cap. No arrow when the tip is outside `[x0, y0, x1, y1]`.
 */
function arrowAt(
  screen: [number, number][],
  backOff: number,
  size: number,
  [x0, y0, x1, y1]: [number, number, number, number],
): string | undefined {
  let i = screen.length - 1;
  let tip = screen[i];
  if (!tip) return undefined;
  // Walk back `backOff` units along the line.
  let left = Math.max(backOff, 0);
  while (left > 0 && i > 0) {
    const a = screen[i - 1] as [number, number];
    const step = Math.hypot(tip[0] - a[0], tip[1] - a[1]);
    if (step >= left) {
      tip = [tip[0] + ((a[0] - tip[0]) * left) / step, tip[1] + ((a[1] - tip[1]) * left) / step];
      left = 0;
    } else {
      left -= step;
      tip = a;
      i--;
    }
  }
  // Direction from a point at least one arrow length behind the tip.
  let j = i - 1;
  while (
    j > 0 &&
    Math.hypot(tip[0] - (screen[j] as [number, number])[0], tip[1] - (screen[j] as [number, number])[1]) < size
  )
    j--;
  const from = screen[Math.max(j, 0)];
  if (!from || (from[0] === tip[0] && from[1] === tip[1])) return undefined;
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
  if (backOff < 0) tip = [tip[0] - backOff * Math.cos(angle), tip[1] - backOff * Math.sin(angle)];
  if (tip[0] < x0 || tip[0] > x1 || tip[1] < y0 || tip[1] > y1) return undefined;
  // A leg too short on screen for an arrowhead gets none.
  if (Math.hypot(tip[0] - (screen[0] as [number, number])[0], tip[1] - (screen[0] as [number, number])[1]) < size * 1.5)
    return undefined;
  return arrowPath(tip[0], tip[1], angle, size);
}

/** A view box grown by half a degree, so that edges bulging between vertices are not lost. */
function padded(
  view: [[number, number], [number, number]] | undefined,
): [[number, number], [number, number]] | undefined {
  if (!view) return undefined;
  return [
    [view[0][0] - 0.5, view[0][1] - 0.5],
    [view[1][0] + 0.5, view[1][1] + 0.5],
  ];
}
