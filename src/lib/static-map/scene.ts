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
import { clusterPoints, groupLeader, type ClusterOptions } from '../geo/cluster';

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
  /**
   * Areas (viewBox units) that labels keep clear of: controls laid over the map, such as the
   * explorer's inset. Symbols are still drawn there.
   */
  reserved?: readonly Box[];
  /**
   * Group places that lie too close together to show apart into one numbered circle, as the
   * live map's clustered source does at `zoom` (see `src/lib/geo/cluster.ts`). Highlighted places
   * are never grouped. With groups, every place is drawn, named or not (as on a live map whose
   * names give way to each other). Left out, every place is drawn on its own.
   */
  cluster?: ClusterOptions & {
    /** The live map's zoom whose groups to draw (its whole part counts). */
    zoom: number;
    /** Place ids, most important first: a group is named after its first member here. */
    rank: readonly string[];
    /**
     * Groups of more places than this get no name (a bigger group spans too wide an area to
     * be named after one place); by default every group is named.
     */
    maxNamed?: number;
  };
}

/** A numbered circle standing for places too close together to show apart. */
export interface SceneCluster {
  /** Ids of the places in the group, in the order of the site's place data (by id). */
  ids: string[];
  /** The members' names as maps write them, in the order of `ids`. */
  names: string[];
  /** The member it is named after (`SceneOptions.cluster.rank`). */
  leader: string;
  x: number;
  y: number;
  /** Radius of the circle in viewBox units. */
  r: number;
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
  /** Numbered circles for grouped places (only with `SceneOptions.cluster`). */
  clusters: SceneCluster[];
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
  const { places, labels, clusters, obstacles } = drawPlaces(visual, lookups, projection, options, fail);
  obstacles.push(...(options.reserved ?? []));

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
    clusters,
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
 * symbol and all, so that no mark goes unnamed. With `options.cluster`, places too close together
 * to show apart become one numbered circle, named after its leading place, and every place and
 * circle is drawn, named or not (the live map it stands in for draws them all).
 */
function drawPlaces(
  visual: MapVisual,
  lookups: MapLookups,
  projection: GeoProjection,
  options: SceneOptions,
  fail: (what: string) => never,
): { places: ScenePlace[]; labels: SceneLabel[]; clusters: SceneCluster[]; obstacles: Box[] } {
  const { width, height, fontSize, camera, cluster, reserved = [] } = options;
  const bleed = bleedOf({ bleedX: options.bleedX ?? 0, bleedY: options.bleedY ?? 0, ...bottomOf(options) });
  const focus = focusPlace(visual);
  const drawn: ScenePlace[] = [];
  const clusters: SceneCluster[] = [];
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  const inView = (xy: [number, number] | null): xy is [number, number] =>
    !!xy && xy[0] >= -bleed.x && xy[0] <= width + bleed.x && xy[1] >= -bleed.top && xy[1] <= height + bleed.bottom;
  for (const { id } of visual.places) if (!lookups.places.has(id)) fail(`unknown place "${id}"`);

  // Groups of places (one place alone is a group of one); highlighted places always stand alone.
  const groups: { ids: string[]; lonLat: readonly [number, number] }[] = [];
  if (cluster) {
    // The live source lists places by id: group them in that order, as it does.
    const points = visual.places
      .filter((p) => !p.highlight)
      .map(({ id }) => ({ id, lonLat: (lookups.places.get(id) as Place).coordinates }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    groups.push(...clusterPoints(points, cluster.zoom, cluster));
  }
  const alone = new Set(groups.filter((g) => g.ids.length === 1).map((g) => g.ids[0]));
  for (const { id, highlight } of visual.places) {
    if (cluster && !highlight && !alone.has(id)) continue;
    const place = lookups.places.get(id) as Place;
    const xy = projection(place.coordinates);
    if (!inView(xy)) continue;
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
  const mapName = (id: string) => {
    const place = lookups.places.get(id);
    return place?.mapName ?? place?.name ?? id;
  };
  const placeObstacles = obstacles.length;
  for (const group of groups) {
    if (group.ids.length < 2 || !cluster) continue;
    const xy = projection(group.lonLat as [number, number]);
    if (!inView(xy)) continue;
    const [x, y] = xy;
    const r = clusterRadius(fontSize, group.ids.length);
    const leader = groupLeader(group.ids, cluster.rank);
    clusters.push({ ids: group.ids, names: group.ids.map(mapName), leader, x: round1(x), y: round1(y), r: round1(r) });
    // The circle's outline (`MapSvg`) reaches a little past its radius.
    const reach = r + fontSize * 0.1;
    obstacles.push({ x0: x - reach, y0: y - reach, x1: x + reach, y1: y + reach });
    if (group.ids.length > (cluster.maxNamed ?? Infinity)) continue;
    requests.push({ id: clusterLabelId(group.ids), x, y, clearance: reach, text: { name: mapName(leader) } });
  }
  const labels = placeLabels(requests, {
    width,
    height,
    fontSize,
    obstacles,
    reserved,
    area: labelAreaOf({ width, height, ...(options.labelArea ? { labelArea: options.labelArea } : {}) }),
  }).map((label) => {
    const group = clusters.find((c) => clusterLabelId(c.ids) === label.id);
    const placeId = group ? group.leader : label.id;
    const place = lookups.places.get(placeId);
    const highlight = !group && visual.places.some((p) => p.id === label.id && p.highlight);
    const local = label.withLocal ? drawableLocalName(place?.local) : undefined;
    return { ...label, highlight, name: mapName(placeId), local };
  });
  const labelled = new Set(labels.map((l) => l.id));
  // As the live map draws them: places for reference, then highlighted ones on top; in each,
  // areas (washes) under the point symbols. Without groups, a place left unnamed is left out.
  const keep = (id: string) => cluster !== undefined || labelled.has(id);
  const rank = (p: ScenePlace) => 2 * Number(p.highlight) + (p.symbol === 'compound-region' ? 0 : 1);
  const places = drawn.filter((p) => keep(p.id)).sort((a, b) => rank(a) - rank(b));
  return {
    places,
    labels,
    clusters,
    obstacles: obstacles.filter((_, i) => i >= placeObstacles || keep(drawn[i]?.id ?? '')),
  };
}

/** The label id of a group: `cluster:` and its members' ids. */
export function clusterLabelId(ids: readonly string[]): string {
  return `cluster:${ids.join('+')}`;
}

/**
 * Radius of a group's circle for a label font size: big enough for its number, a little larger
 * for more places.
 */
export function clusterRadius(fontSize: number, count: number): number {
  return fontSize * (0.5 + 0.06 * Math.min(Math.sqrt(count), 4));
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
