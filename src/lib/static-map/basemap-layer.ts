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
import { bleedBox } from '../geo/frames';
import { projectionForCamera, viewBounds } from '../geo/mercator';
import { BORDER_WIDTH, MAP_THEME, type MapColors } from '../map-theme';
import { compactPath } from './svg-path';

/** What a basemap picture shows: a camera in a frame of `width` × `height`, with tinted countries. */
export interface BasemapView {
  camera: Camera;
  /** The safe area's size (see `Frame` in `src/lib/geo/frames.ts`); the picture adds the bleed. */
  width: number;
  height: number;
  bleedX: number;
  bleedY: number;
  /** ISO alpha-2 codes of the countries to tint. */
  countries: readonly string[];
}

/** A basemap picture's path data, in the frame's viewBox units (the safe area from 0,0). */
export interface BasemapLayer {
  width: number;
  height: number;
  bleedX: number;
  bleedY: number;
  land: string;
  tinted: string;
  borders: string;
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
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * Draws the basemap of a view: all land, then the tinted countries, then internal borders, each
 * cut to what the frame shows. Throws when a tinted country code is not in the basemap.
 */
export function drawBasemap(view: BasemapView): BasemapLayer {
  const { camera, width, height, bleedX, bleedY } = view;
  const bleed = { x: bleedX, y: bleedY };
  const projection = projectionForCamera(camera, width, height, bleed);
  const path = compactPath(projection, TOLERANCE, MIN_AREA, 0);
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
    land: landIn(basemap, box)
      .map((polygon) => path(polygon))
      .join(''),
    tinted: basemap.countries
      .filter((c) => tint.has(c.properties.iso2 ?? '') && mayTouch(c.properties.bounds, box))
      .map((c) => path(c))
      .join(''),
    borders: path(bordersIn(basemap, box)),
  };
}

/** The CSS of a basemap picture for one theme. */
function themeRules(c: MapColors): string {
  return `svg{background:${c.sea}}.l{fill:${c.land}}.t{fill:${c.landHighlight}}.b{fill:none;stroke:${c.border}}`;
}

/**
 * A basemap layer as a standalone SVG document, bleed included (its viewBox starts at
 * `-bleedX, -bleedY`; a `#svgView(viewBox(0,0,width,height))` fragment shows the safe area
 * alone). Border width stays `BORDER_WIDTH` CSS pixels at any size (`non-scaling-stroke`).
 */
export function basemapSvg(layer: BasemapLayer): string {
  const { land, tinted, borders } = layer;
  const [x, y, width, height] = bleedBox(layer);
  const style = [
    themeRules(MAP_THEME.light),
    `.b{stroke-width:${BORDER_WIDTH};stroke-linejoin:round;vector-effect:non-scaling-stroke}`,
    `@media (prefers-color-scheme:dark){${themeRules(MAP_THEME.dark)}}`,
    `@media print{${themeRules(MAP_THEME.light)}}`,
  ].join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x} ${y} ${width} ${height}" width="${width}" height="${height}">`,
    `<style>${style}</style>`,
    land && `<path class="l" d="${land}"/>`,
    tinted && `<path class="t" d="${tinted}"/>`,
    borders && `<path class="b" d="${borders}"/>`,
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
