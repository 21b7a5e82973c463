/**
 * The sizes of the maps' marks and names that the static twin and the live maps must share:
 * compound-region areas (how far they reach, their smallest size, their rim) and the two-line
 * layout of place names. Pure numbers, safe for client code; the static map's symbols and label
 * placer (`src/lib/static-map/`) and the live maps (`src/scripts/`) both read them here.
 */
import type { Place } from '../content/schema';
import { TILE_SIZE } from './mercator';

/**
 * How far from its point a compound region reaches, in km, by its `precision`: a town's
 * compounds lie in and around the town (`exact-town`: a town a few km across); where the sources
 * are vague or disagree (`approximate-area`, such as KK Park, whose two published positions lie
 * 4 km apart) the area is drawn wider, to take in both.
 */
export const AREA_RADIUS_KM: Readonly<Record<Place['precision'], number>> = {
  'exact-town': 2.5,
  'approximate-area': 4,
};

/** Smallest radius of an area, in em of the label font size (so it stays visible zoomed out). */
export const AREA_MIN = 0.5;

/** Width of an area's rim relative to its radius (the live icons scale with the area, so must the rim). */
export const AREA_RIM = 0.1;

/** Earth's circumference at the equator in km (Web Mercator's sphere). */
const EQUATOR_KM = 40075.017;

/**
 * Web-map pixels per km at `latitude` and `zoom` (512-pixel tiles, as MapLibre and the static
 * frames use): Mercator stretches distances by 1 / cos(latitude).
 */
export function pixelsPerKm(latitude: number, zoom: number): number {
  return (TILE_SIZE * 2 ** zoom) / (EQUATOR_KM * Math.cos((latitude * Math.PI) / 180));
}

/** Type metrics of place names in em of the name's font size (the local name is set smaller, on a second line). */
export const LABEL_METRICS = {
  /** Height of capitals and ascenders above the baseline. */
  ascent: 0.75,
  /** Depth below the baseline. */
  descent: 0.25,
  /** Font size of the local name relative to the English name. */
  localScale: 0.8,
  /** Distance between the two baselines. */
  lineGap: 1.1,
  /** Room taken by the halo around the letters. */
  halo: 0.15,
} as const;
