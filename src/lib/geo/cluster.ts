/**
 * Grouping map points that lie too close together to show apart, the way MapLibre's clustered
 * GeoJSON sources do it (the supercluster algorithm: hierarchical greedy clustering in Web
 * Mercator pixels, from the deepest zoom up), so that the static twin draws at a zoom exactly the
 * groups the live map draws at that zoom. Pure; used at build time by the static map and by the
 * tests that compare both.
 *
 * The rules, as MapLibre applies them with `cluster: true`, `clusterRadius: radius`,
 * `clusterMaxZoom: maxZoom` and the default `clusterMinPoints` of 2:
 * - at `maxZoom + 1` every point stands alone;
 * - for each zoom z from `maxZoom` down, the groups of z + 1 are visited in order; each one not yet
 *   taken takes every group not yet taken within `radius` pixels of it (a world `512 · 2^z`
 *   pixels wide), and the new group sits at their centroid, weighted by the number of points;
 * - a map at a fractional zoom shows the groups of its whole zoom (`Math.floor`).
 *
 * Input order matters, as it does for MapLibre: pass the points in the order of the source's
 * features (the site's `/data/places.json` lists places by id).
 */
import { fromMercatorUnit, mercatorUnit, TILE_SIZE } from './mercator';

/** A point to group: an id and `[longitude, latitude]`. */
export interface ClusterPoint {
  id: string;
  lonLat: readonly [number, number];
}

/** A group of points at one zoom; a point on its own is a group of one. */
export interface PointGroup {
  /** Ids of the points in the group, in input order. */
  ids: string[];
  /** Where the group is drawn: its points' centroid in Web Mercator. */
  lonLat: [number, number];
}

/** How points are grouped: the same numbers as the live source's cluster options. */
export interface ClusterOptions {
  /** Points closer than this many pixels (512-pixel tiles) are grouped. */
  radius: number;
  /** The deepest zoom with groups; from `maxZoom + 1` every point stands alone. */
  maxZoom: number;
}

interface Node {
  x: number;
  y: number;
  ids: string[];
  /** Zoom at which this node was visited; Infinity while not yet visited. */
  visited: number;
}

/**
 * The groups of `points` on a map at `zoom` (fractional zooms count as their whole zoom), in the
 * order MapLibre would build them. Each point is in exactly one group.
 */
export function clusterPoints(points: readonly ClusterPoint[], zoom: number, options: ClusterOptions): PointGroup[] {
  const { radius, maxZoom } = options;
  const target = Math.floor(zoom);
  let nodes: Node[] = points.map((p) => {
    const [x, y] = mercatorUnit(p.lonLat as [number, number]);
    return { x, y: Math.min(1, Math.max(0, y)), ids: [p.id], visited: Infinity };
  });
  for (let z = maxZoom; z >= target; z--) {
    const r = radius / (TILE_SIZE * 2 ** z);
    const next: Node[] = [];
    for (const node of nodes) {
      if (node.visited <= z) continue;
      node.visited = z;
      const near = nodes.filter((n) => n.visited > z && (n.x - node.x) ** 2 + (n.y - node.y) ** 2 <= r * r);
      if (near.length === 0) {
        next.push({ ...node, visited: Infinity });
        continue;
      }
      let [wx, wy, count] = [node.x * node.ids.length, node.y * node.ids.length, node.ids.length];
      const ids = [...node.ids];
      for (const n of near) {
        n.visited = z;
        wx += n.x * n.ids.length;
        wy += n.y * n.ids.length;
        count += n.ids.length;
        ids.push(...n.ids);
      }
      next.push({ x: wx / count, y: wy / count, ids, visited: Infinity });
    }
    nodes = next;
  }
  const order = new Map(points.map((p, i) => [p.id, i]));
  return nodes.map((n) => ({
    ids: [...n.ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    lonLat: fromMercatorUnit([n.x, n.y]),
  }));
}

/** A range of container widths over which a map at a camera shows one zoom's groups. */
export interface ClusterBand {
  /** The whole zoom whose groups are shown. */
  zoom: number;
  /** Narrowest container width of the band in CSS pixels (inclusive); undefined: no lower bound. */
  minWidth: number | undefined;
  /** Widest container width of the band (exclusive); undefined: no upper bound. */
  maxWidth: number | undefined;
}

/**
 * The bands of container width in which a frame `frameWidth` units wide, drawn for a camera at
 * `cameraZoom` and shown between `minWidth` and `maxWidth` CSS pixels wide, shows the groups of
 * one whole zoom: a live map that frames the same area in a box `w` pixels wide is at zoom
 * `cameraZoom + log2(w / frameWidth)` (see `equivalentZoom`), so its groups change where that
 * crosses a whole number. The first band has no lower bound and the last no upper one.
 */
export function clusterBands(
  cameraZoom: number,
  frameWidth: number,
  minWidth: number,
  maxWidth: number,
): ClusterBand[] {
  const zoomAt = (width: number) => Math.floor(cameraZoom + Math.log2(width / frameWidth) + 1e-9);
  const bands: ClusterBand[] = [];
  for (let zoom = zoomAt(minWidth); zoom <= zoomAt(maxWidth); zoom++) {
    const from = frameWidth * 2 ** (zoom - cameraZoom);
    const to = frameWidth * 2 ** (zoom + 1 - cameraZoom);
    bands.push({
      zoom,
      minWidth: bands.length === 0 ? undefined : Math.round(from * 100) / 100,
      maxWidth: to > maxWidth ? undefined : Math.round(to * 100) / 100,
    });
  }
  return bands;
}

/**
 * The member of a group it is named after: the one ranked first in `rank` (ids, best first;
 * ids missing from it come last, in group order).
 */
export function groupLeader(ids: readonly string[], rank: readonly string[]): string {
  const position = (id: string) => {
    const i = rank.indexOf(id);
    return i < 0 ? Infinity : i;
  };
  return ids.reduce((best, id) => (position(id) < position(best) ? id : best), ids[0] ?? '');
}
