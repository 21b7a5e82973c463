/**
 * Levels of a static map whose places are grouped (`StaticMap`'s `clusters`): one scene per band
 * of container width, each shown only in its band by a container query, so that the picture
 * draws at every size the groups the live map draws in a box of that size (see
 * `clusterBands` in `src/lib/geo/cluster.ts`). Pure.
 */
import type { Scene } from './scene';
import type { Camera } from '../content/schema';
import { clusterBands, type ClusterBand } from '../geo/cluster';

/**
 * Container widths (CSS pixels) each frame of a `fit: 'safe'` map can be shown at: the wide frame
 * from a 48rem screen less its gutters to the widest map the page grid allows (76rem less the
 * explorer's sidebar, or a single column just under 60rem), the portrait one from a 320 px
 * screen to a 48rem one, less gutters. Outside these the nearest band is shown.
 */
export const SHOWN_WIDTHS: Readonly<Record<'wide' | 'portrait', readonly [number, number]>> = {
  wide: [640, 900],
  portrait: [260, 720],
};

/** The bands of container width in which a frame shows one zoom's groups (see `clusterBands`). */
export function frameBands(camera: Camera, frameWidth: number, kind: 'wide' | 'portrait'): ClusterBand[] {
  const [min, max] = SHOWN_WIDTHS[kind];
  return clusterBands(camera.zoom, frameWidth, min, max);
}

/** The scene shown while the map's container is between `minWidth` (inclusive) and `maxWidth` (exclusive) CSS pixels wide. */
export interface SceneLevel {
  scene: Scene;
  minWidth: number | undefined;
  maxWidth: number | undefined;
}

/**
 * The CSS that shows each level only in its band, for levels whose elements carry
 * `className(i)`. The first level is the one shown where container queries are not supported.
 * Queries are on the `static-map` container (`StaticMap.astro`).
 */
export function levelCss(
  levels: readonly Pick<SceneLevel, 'minWidth' | 'maxWidth'>[],
  className: (i: number) => string,
): string {
  const rules: string[] = [];
  levels.forEach((level, i) => {
    const selector = `.${className(i)}`;
    const range = [
      level.minWidth !== undefined ? `(width >= ${level.minWidth}px)` : '',
      level.maxWidth !== undefined ? `(width < ${level.maxWidth}px)` : '',
    ].filter(Boolean);
    if (i === 0) {
      // Shown by default; hidden outside its band.
      if (level.maxWidth !== undefined)
        rules.push(`@container static-map (width >= ${level.maxWidth}px){${selector}{display:none}}`);
      if (level.minWidth !== undefined)
        rules.push(`@container static-map (width < ${level.minWidth}px){${selector}{display:none}}`);
    } else {
      rules.push(`${selector}{display:none}`);
      if (range.length > 0) rules.push(`@container static-map ${range.join(' and ')}{${selector}{display:inline}}`);
    }
  });
  return rules.join('');
}

/** `a`, `a and b`, `a, b and c`. */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A sentence for a map's text alternative naming the places it draws as numbered circles, from
 * the scene of its narrowest level (where most places are grouped); empty when nothing is
 * grouped. `"Places too close together to show apart are drawn as one circle with their number:
 * Myawaddy, KK Park and Mae Sot (3); Bangkok and Suvarnabhumi Airport (2)."`
 */
export function describeGroups(scene: Pick<Scene, 'clusters'>, severalLevels: boolean): string {
  if (scene.clusters.length === 0) return '';
  const groups = scene.clusters.map((c) => {
    const leaderFirst = [c.names[c.ids.indexOf(c.leader)] ?? '', ...c.names.filter((_, i) => c.ids[i] !== c.leader)];
    return `${listWords(leaderFirst)} (${c.ids.length})`;
  });
  const where = severalLevels ? 'On a small screen, places' : 'Places';
  return `${where} too close together to show apart are drawn as one circle with their number: ${groups.join('; ')}.`;
}
