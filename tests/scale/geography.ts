/**
 * Where the scale test's synthetic places lie: inland areas of the countries the real content
 * maps (Cambodia, Myanmar, Thailand, Laos, Vietnam and the Philippines), coordinates rounded to
 * 0.01 degrees as the schema asks, and the cameras that frame a group of them (the site's own
 * `fitCamera`, so generated steps are framed as an editor's would be).
 */
import type { Camera } from '../../src/lib/content/schema.ts';
import { fitCamera } from '../../src/lib/geo/mercator.ts';
import type { Random } from './random.ts';

/** `[longitude, latitude]` in degrees. */
export type LonLat = [number, number];

/** A box of land inside one country, and how often places fall in it. */
interface CountryArea {
  /** ISO 3166-1 alpha-2 code, as the basemap knows it. */
  country: string;
  /** `[west, south, east, north]` in degrees, well inside the country's land. */
  box: [number, number, number, number];
  /** Relative share of the places. */
  weight: number;
}

/** The areas synthetic places are drawn from (boxes kept inland, away from borders and coasts). */
export const COUNTRY_AREAS: readonly CountryArea[] = [
  { country: 'KH', box: [103.0, 11.3, 106.3, 14.0], weight: 30 },
  { country: 'MM', box: [95.8, 17.2, 97.8, 21.8], weight: 20 },
  { country: 'TH', box: [99.3, 13.8, 102.8, 17.3], weight: 20 },
  { country: 'LA', box: [102.2, 18.0, 104.3, 20.2], weight: 15 },
  { country: 'VN', box: [105.6, 10.4, 106.9, 11.6], weight: 10 },
  { country: 'PH', box: [120.6, 14.8, 121.3, 16.2], weight: 5 },
];

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A country area drawn by weight. */
export function pickArea(random: Random): CountryArea {
  const total = COUNTRY_AREAS.reduce((sum, area) => sum + area.weight, 0);
  let left = random.next() * total;
  for (const area of COUNTRY_AREAS) {
    left -= area.weight;
    if (left < 0) return area;
  }
  return COUNTRY_AREAS[0] as CountryArea;
}

/**
 * A point in `area`, rounded to 0.01 degrees, that is not yet in `taken` (the keys of points
 * already handed out); adds it to `taken`.
 */
export function freePoint(random: Random, area: CountryArea, taken: Set<string>): LonLat {
  const [west, south, east, north] = area.box;
  for (;;) {
    const point: LonLat = [round2(random.between(west, east)), round2(random.between(south, north))];
    const key = point.join(',');
    if (!taken.has(key)) {
      taken.add(key);
      return point;
    }
  }
}

/** Squared distance in degrees: enough to rank neighbours in so small a part of the globe. */
export function distance2(a: LonLat, b: LonLat): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

/** The `count` items of `items` nearest to `from` (by `at`), nearest first, `from` itself left out. */
export function nearest<T>(items: readonly T[], at: (item: T) => LonLat, from: LonLat, count: number): T[] {
  return items
    .map((item) => ({ item, d: distance2(at(item), from) }))
    .filter(({ d }) => d > 0)
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map(({ item }) => item);
}

/**
 * The cameras of a long-read map step that shows `points`: the wide frame (1200 × 800) and the
 * phone's safe area (600 × 600), no closer than zoom 7.
 */
export function stepCameras(points: readonly LonLat[]): { camera: Camera; mobileCamera: Camera } {
  return {
    camera: fitCamera(points, 1200, 800, { padding: 160, maxZoom: 7 }),
    mobileCamera: fitCamera(points, 600, 600, { padding: 90, maxZoom: 7 }),
  };
}
