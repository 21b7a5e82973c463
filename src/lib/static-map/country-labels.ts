/**
 * Country names on the static map, placed inside the part of each country that is in view.
 *
 * The viewport is sampled on a coarse grid; each sample is assigned the country it falls in
 * by filling the projected outlines row by row (1:50m outlines are plenty for this). A distance transform then finds, for every country,
 * the samples deepest inside its visible part, and the name goes on the deepest one where the
 * whole name fits inside the country and clear of the place labels, symbols and routes. A
 * country too small to hold its name gets none. No hand-made anchor table is needed, and the
 * same code labels both sides of a border at town zoom and a whole region at overview zoom.
 */
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import type { CountryFeature } from '../build-data/basemap';
import { mayTouch } from '../build-data/basemap';
import { overlap, type Box } from './labels';

/** Distance country names keep from the edges of the viewport. */
const EDGE = 8;

/** A country name to draw centred on `x, y` (the text's middle, not its baseline). */
export interface CountryLabel {
  iso2: string | undefined;
  name: string;
  x: number;
  y: number;
  box: Box;
}

/** Options for `placeCountryLabels`. */
export interface CountryLabelOptions {
  width: number;
  height: number;
  /** Font size of country names (set in capitals, spaced by `letterSpacing` em). */
  fontSize: number;
  letterSpacing: number;
  /** Boxes names must stay clear of. */
  obstacles: Box[];
  /** Sample spacing in viewport units. */
  cell?: number;
}

/** Places the names of the countries in view; see the header comment. */
export function placeCountryLabels(
  countries: readonly CountryFeature[],
  projection: GeoProjection,
  view: [[number, number], [number, number]] | undefined,
  options: CountryLabelOptions,
): CountryLabel[] {
  const { width, height, fontSize, letterSpacing, obstacles } = options;
  const cell = options.cell ?? 20;
  const cols = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const candidates = countries.filter((c) => mayTouch(c.properties.bounds, view));
  const owner = new Int32Array(cols * rows).fill(-1);
  candidates.forEach((country, index) => {
    fillRings(projectedRings(country, projection), index, owner, cols, rows, cell);
  });
  const depth = distanceInside(owner, cols, rows);
  const labels: CountryLabel[] = [];
  candidates.forEach((country, index) => {
    const name = displayName(country.properties.name).toUpperCase();
    const w = [...name].length * fontSize * (0.68 + letterSpacing) + fontSize * 0.3;
    const h = fontSize * 1.3;
    const cells: number[] = [];
    owner.forEach((o, i) => {
      if (o === index) cells.push(i);
    });
    // Deepest first; among equals, nearest the middle of the country's visible part.
    const mx = cells.reduce((s, i) => s + (i % cols), 0) / cells.length;
    const my = cells.reduce((s, i) => s + Math.floor(i / cols), 0) / cells.length;
    const off = (i: number) => Math.hypot((i % cols) - mx, Math.floor(i / cols) - my);
    cells.sort((a, b) => (depth[b] ?? 0) - (depth[a] ?? 0) || off(a) - off(b));
    for (const i of cells.slice(0, 400)) {
      const x = ((i % cols) + 0.5) * cell;
      const y = (Math.floor(i / cols) + 0.5) * cell;
      const box = { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
      if (!inside(box, index, owner, cols, rows, cell)) continue;
      if ([...obstacles, ...labels.map((l) => l.box)].some((o) => overlap(box, o) > 0)) continue;
      labels.push({ iso2: country.properties.iso2, name, x, y, box });
      break;
    }
  });
  return labels;
}

/** Natural Earth abbreviates some names ("Dem. Rep. Congo"); those few are spelled out. */
function displayName(name: string): string {
  const full: Record<string, string> = {
    'Dem. Rep. Congo': 'DR Congo',
    'Central African Rep.': 'Central African Republic',
    'Dominican Rep.': 'Dominican Republic',
    'S. Sudan': 'South Sudan',
    'Eq. Guinea': 'Equatorial Guinea',
    'Bosnia and Herz.': 'Bosnia and Herzegovina',
    'Solomon Is.': 'Solomon Islands',
    'W. Sahara': 'Western Sahara',
    'United States of America': 'United States',
  };
  return full[name] ?? name;
}

/** The rings of a country as projected and clipped to the viewport, in viewport units. */
function projectedRings(country: CountryFeature, projection: GeoProjection): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  const sink: GeoStream = {
    point: (x, y) => void ring.push([x, y]),
    lineStart: () => void (ring = []),
    lineEnd: () => void (ring.length > 2 && rings.push(ring)),
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  };
  const stream = projection.stream(sink);
  // d3's GeoJSON streamer, without drawing anything.
  geoStream(country, stream);
  return rings;
}

/** Marks as `index` every sample whose centre lies inside the rings (even-odd rule). */
function fillRings(
  rings: [number, number][][],
  index: number,
  owner: Int32Array,
  cols: number,
  rows: number,
  cell: number,
): void {
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[(i + 1) % ring.length] as [number, number];
      if (y1 === y2) continue;
      const r0 = Math.max(0, Math.ceil(Math.min(y1, y2) / cell - 0.5));
      const r1 = Math.min(rows - 1, Math.ceil(Math.max(y1, y2) / cell - 0.5) - 1);
      for (let r = r0; r <= r1; r++) {
        const y = (r + 0.5) * cell;
        crossings[r]?.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
  }
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const c0 = Math.max(0, Math.ceil((xs[k] as number) / cell - 0.5));
      const c1 = Math.min(cols - 1, Math.ceil((xs[k + 1] as number) / cell - 0.5) - 1);
      for (let c = c0; c <= c1; c++) owner[r * cols + c] = index;
    }
  });
}

/**
 * Whether the box lies in the viewport, clear of its edges, and every sample centre under it
 * belongs to country `index` (the ends of the name may reach a little past the samples: the
 * letters at its ends are thin and the halo keeps them readable over a border).
 */
function inside(box: Box, index: number, owner: Int32Array, cols: number, rows: number, cell: number): boolean {
  if (box.x0 < EDGE || box.y0 < EDGE || box.x1 > cols * cell - EDGE || box.y1 > rows * cell - EDGE) return false;
  const inset = (box.x1 - box.x0) * 0.08;
  const c0 = Math.ceil((box.x0 + inset) / cell - 0.5);
  const c1 = Math.floor((box.x1 - inset) / cell - 0.5);
  const r0 = Math.ceil(box.y0 / cell - 0.5);
  const r1 = Math.floor(box.y1 / cell - 0.5);
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) if (owner[r * cols + c] !== index) return false;
  return true;
}

/**
 * For each sample, the distance (in samples, chessboard metric) to the nearest sample of
 * another owner or to the edge of the grid: a two-pass chamfer transform.
 */
function distanceInside(owner: Int32Array, cols: number, rows: number): Int32Array {
  const d = new Int32Array(cols * rows);
  const at = (r: number, c: number, self: number): number =>
    r < 0 || c < 0 || r >= rows || c >= cols ? 0 : owner[r * cols + c] === self ? (d[r * cols + c] ?? 0) : 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const o = owner[r * cols + c] ?? -1;
      d[r * cols + c] = 1 + Math.min(at(r - 1, c - 1, o), at(r - 1, c, o), at(r - 1, c + 1, o), at(r, c - 1, o));
    }
  }
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      const o = owner[r * cols + c] ?? -1;
      const here = d[r * cols + c] ?? 0;
      d[r * cols + c] = Math.min(
        here,
        1 + Math.min(at(r + 1, c + 1, o), at(r + 1, c, o), at(r + 1, c - 1, o), at(r, c + 1, o)),
      );
    }
  }
  return d;
}
