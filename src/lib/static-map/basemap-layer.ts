/**
 * The basemap of a static map as its own picture: land, tinted countries and borders for one
 * camera and frame, written as a standalone SVG file (`/maps/<id>.svg`, see
 * `src/pages/maps/[id].svg.ts`) that the page shows with a lazy `<img>` under the inline SVG of
 * routes, places and labels.
 *
 * Why a separate file: the basemap is nine tenths of a static map's bytes and only matters where
 * the reader can see it. As an `<img loading="lazy">` it is fetched when its step comes near
 * (and when the page is printed), not with the HTML; a frame that is not displayed (the portrait
 * frame on a wide screen) is never fetched; and the browser caches each file across pages. The
 * file carries both themes in its own `<style>` (an image cannot see the page's CSS), with the
 * colours of `src/lib/map-theme.ts`.
 *
 * Build time only (it reads the Natural Earth data).
 */
import { createHash } from 'node:crypto';
import type { Camera } from '../content/schema';
import { basemapForZoom, bordersIn, landIn, loadBasemap, mayTouch } from '../build-data/basemap';
import { bleedBox, bleedOf } from '../geo/frames';
import { projectionForCamera, viewBounds } from '../geo/mercator';
import { BORDER_WIDTH, MAP_THEME, type MapColors } from '../map-theme';
import { TRAIL } from '../live-map/style';
import { compactPath } from './svg-path';

/** What a basemap picture shows: a camera in a frame of `width` × `height`, with tinted countries. */
export interface BasemapView {
  camera: Camera;
  /** The safe area's size (see `Frame` in `src/lib/geo/frames.ts`); the picture adds the bleed. */
  width: number;
  height: number;
  bleedX: number;
  bleedY: number;
  bleedBottom?: number | undefined;
  /** ISO alpha-2 codes of the countries to tint. */
  countries: readonly string[];
  /**
   * Routes the reader followed in earlier steps of the story, as lines of `[longitude,
   * latitude]`: drawn as faint trails (see `storyTrails` in `src/lib/live-map/story-state.ts`).
   * Only those that cross the picture (`visibleTrails`).
   */
  trails?: readonly (readonly LonLat[])[] | undefined;
}

/** A basemap picture's path data, in the frame's viewBox units (the safe area from 0,0). */
export interface BasemapLayer {
  width: number;
  height: number;
  bleedX: number;
  bleedY: number;
  bleedBottom?: number | undefined;
  land: string;
  tinted: string;
  borders: string;
  /** Path data of the trails ('' when none). */
  trails: string;
}

/**
 * Basemap vertices closer than this (viewBox units) to the previous one are dropped, and rings
 * smaller than `MIN_AREA` square units (specks of islands) are left out. A frame is shown at
 * about half its units' size or smaller, so both stay below a pixel or two on screen.
 */
const TOLERANCE = 2;
const MIN_AREA = 24;

/**
 * The file name (without `.svg`) of a view's picture: a hash of what it shows, so that the same
 * view on two pages is one file, and a changed view gets a new name (safe to cache for ever).
 */
export function basemapViewId(view: BasemapView): string {
  const key = JSON.stringify([
    view.camera.center,
    view.camera.zoom,
    view.camera.bearing ?? 0,
    view.width,
    view.height,
    view.bleedX,
    view.bleedY,
    [...view.countries].sort(),
    // Only where set, so that the names of earlier views stay as they were.
    ...(view.bleedBottom !== undefined && view.bleedBottom !== view.bleedY ? [view.bleedBottom] : []),
    ...(view.trails && view.trails.length > 0 ? [view.trails] : []),
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * Draws the basemap of a view: all land, then the tinted countries, then internal borders, each
 * cut to what the frame shows. Throws when a tinted country code is not in the basemap.
 */
export function drawBasemap(view: BasemapView): BasemapLayer {
  const { camera, width, height, bleedX, bleedY } = view;
  const bleed = bleedOf(view);
  const projection = projectionForCamera(camera, width, height, bleed);
  const path = compactPath(projection, TOLERANCE, MIN_AREA, 0);
  const trailPath = compactPath(projection, TOLERANCE, 0, 0);
  const bounds = viewBounds(projection, width, height, bleed);
  const box = bounds && padded(bounds);
  const basemap = basemapForZoom(camera.zoom);
  const tint = new Set(view.countries);
  // Codes are checked against the 1:50m list: the 1:110m one leaves out specks like Singapore.
  const known = loadBasemap('50m').countries;
  for (const code of tint) {
    if (!known.some((c) => c.properties.iso2 === code))
      throw new Error(`no country with code "${code}" in the basemap`);
  }
  return {
    width,
    height,
    bleedX,
    bleedY,
    ...(view.bleedBottom !== undefined ? { bleedBottom: view.bleedBottom } : {}),
    land: landIn(basemap, box)
      .map((polygon) => path(polygon))
      .join(''),
    tinted: basemap.countries
      .filter((c) => tint.has(c.properties.iso2 ?? '') && mayTouch(c.properties.bounds, box))
      .map((c) => path(c))
      .join(''),
    borders: path(bordersIn(basemap, box)),
    trails: (view.trails ?? [])
      .map((line) => trailPath({ type: 'LineString', coordinates: line.map((p) => [p[0], p[1]]) }))
      .join(''),
  };
}

/** A point in `[longitude, latitude]`. */
type LonLat = readonly [number, number];

/**
 * The trails whose line crosses the whole picture of a frame (bleed included): the others would
 * draw nothing, and leaving them out keeps the view, and so its file, the same as without them.
 */
export function visibleTrails(
  view: Pick<BasemapView, 'camera' | 'width' | 'height' | 'bleedX' | 'bleedY' | 'bleedBottom'>,
  trails: readonly (readonly LonLat[])[],
): (readonly LonLat[])[] {
  const projection = projectionForCamera(view.camera, view.width, view.height, bleedOf(view));
  const b = bleedOf(view);
  const inside = ([x, y]: [number, number]) =>
    x >= -b.x && x <= view.width + b.x && y >= -b.top && y <= view.height + b.bottom;
  return trails.filter((line) => {
    // Densify so that a line crossing the picture with no vertex inside still counts.
    for (let i = 0; i < line.length; i++) {
      const a = line[i] as LonLat;
      const next = line[i + 1];
      const steps = next ? 8 : 1;
      for (let k = 0; k < steps; k++) {
        const t = k / steps;
        const p = next
          ? ([a[0] + (next[0] - a[0]) * t, a[1] + (next[1] - a[1]) * t] as [number, number])
          : [a[0], a[1]];
        const xy = projection(p as [number, number]);
        if (xy && inside(xy)) return true;
      }
    }
    return false;
  });
}

/** The CSS of a basemap picture for one theme. */
function themeRules(c: MapColors): string {
  return `svg{background:${c.sea}}.l{fill:${c.land}}.t{fill:${c.landHighlight}}.b{fill:none;stroke:${c.border}}.r{stroke:${c.accent}}`;
}

/**
 * A basemap layer as a standalone SVG document, bleed included (its viewBox starts at
 * `-bleedX, -bleedY`; a `#svgView(viewBox(0,0,width,height))` fragment shows the safe area
 * alone). Border width stays `BORDER_WIDTH` CSS pixels at any size (`non-scaling-stroke`).
 */
export function basemapSvg(layer: BasemapLayer): string {
  const { land, tinted, borders, trails } = layer;
  const [x, y, width, height] = bleedBox(layer);
  const style = [
    themeRules(MAP_THEME.light),
    `.b{stroke-width:${BORDER_WIDTH};stroke-linejoin:round;vector-effect:non-scaling-stroke}`,
    `.r{fill:none;stroke-width:${TRAIL.width};stroke-opacity:${TRAIL.opacity};stroke-linecap:round;stroke-linejoin:round;vector-effect:non-scaling-stroke}`,
    `@media (prefers-color-scheme:dark){${themeRules(MAP_THEME.dark)}}`,
    `@media print{${themeRules(MAP_THEME.light)}}`,
  ].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}">`,
    `<style>${style}</style>`,
    land && `<path class="l" d="${land}"/>`,
    tinted && `<path class="t" d="${tinted}"/>`,
    borders && `<path class="b" d="${borders}"/>`,
    trails && `<path class="r" d="${trails}"/>`,
    '</svg>',
  ].join('');
}

/** A view box grown by half a degree, so that edges bulging between vertices are not lost. */
function padded([[west, south], [east, north]]: [[number, number], [number, number]]): [
  [number, number],
  [number, number],
] {
  return [
    [west - 0.5, south - 0.5],
    [east + 0.5, north + 0.5],
  ];
}
