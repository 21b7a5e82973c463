/**
 * What the static maps of the long read cost per map step, read from a built site: for each
 * `data-static-map` element of `index.html` (one per map step, see `StaticMap.astro`) the bytes of
 * its inline markup (the SVG of routes, places and labels, both frames) and the bytes of the map
 * files it loads (`/maps/<id>.svg`, the basemap pictures drawn per view by
 * `src/pages/maps/[id].svg.ts`; a picture two steps share counts for both).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

/** The static map of one step and what it weighs. */
export interface MapStepBytes {
  /** The step's map id (`map-<step id>`). */
  id: string;
  /** UTF-8 bytes of the step's inline static-map markup. */
  inline: number;
  /** Bytes of the map files the markup loads. */
  files: number;
  /** The site paths of those files (`maps/<id>.svg`). */
  paths: string[];
}

/** A map file's path from an attribute value (`/maps/abc.svg`, under any base path), if it names one. */
const MAP_FILE = /\/(maps\/[\w-]+\.svg)\b/g;

/** The static maps of `index.html` in the built site at `outDir`, in document order. */
export function mapStepBytes(outDir: string): MapStepBytes[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const maps = DomUtils.findAll((el) => el.attribs['data-static-map'] !== undefined, document.children);
  return maps.map((el) => {
    const markup = html.slice(el.startIndex ?? 0, (el.endIndex ?? 0) + 1);
    const paths = [...new Set([...markup.matchAll(MAP_FILE)].map((m) => m[1] ?? ''))];
    const files = paths.reduce((sum, path) => {
      const file = join(outDir, path);
      if (!existsSync(file))
        throw new Error(
          `index.html: the static map ${el.attribs['data-static-map']} loads /${path}, which the build did not write`,
        );
      return sum + statSync(file).size;
    }, 0);
    return { id: el.attribs['data-static-map'] ?? '', inline: Buffer.byteLength(markup), files, paths };
  });
}

/** Median, 90th percentile and maximum of a list of numbers (NaN for an empty list). */
export function spread(values: readonly number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    if (sorted.length === 0) return NaN;
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (i - lo);
  };
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) ?? NaN };
}
