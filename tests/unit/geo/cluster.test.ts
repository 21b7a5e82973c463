/** Grouping places too close together to show apart (`src/lib/geo/cluster.ts`). */
import { describe, expect, it } from 'vitest';
import { clusterBands, clusterPoints, groupLeader, type ClusterPoint } from '../../../src/lib/geo/cluster';
import { TILE_SIZE } from '../../../src/lib/geo/mercator';

const options = { radius: 20, maxZoom: 9 };
/** Degrees of longitude that make `px` pixels at the equator at `zoom`. */
const degrees = (px: number, zoom: number) => (px / (TILE_SIZE * 2 ** zoom)) * 360;
const at = (id: string, lon: number, lat = 0): ClusterPoint => ({ id, lonLat: [lon, lat] });
const ids = (groups: { ids: string[] }[]) => groups.map((g) => g.ids);

describe('clusterPoints', () => {
  it('leaves points farther apart than the radius on their own', () => {
    const points = [at('a', 100), at('b', 100 + degrees(25, 4)), at('c', 100 + degrees(50, 4))];
    expect(ids(clusterPoints(points, 4, options))).toEqual([['a'], ['b'], ['c']]);
  });

  it('groups points within the radius, drawn at their centroid', () => {
    const points = [at('a', 100), at('b', 100 + degrees(10, 4))];
    const [group, ...rest] = clusterPoints(points, 4, options);
    expect(rest).toEqual([]);
    expect(group?.ids).toEqual(['a', 'b']);
    expect(group?.lonLat[0]).toBeCloseTo(100 + degrees(5, 4), 6);
    expect(group?.lonLat[1]).toBeCloseTo(0, 6);
  });

  it('uses the whole part of a fractional zoom, as MapLibre does', () => {
    const points = [at('a', 100), at('b', 100 + degrees(15, 4))];
    expect(ids(clusterPoints(points, 4.99, options))).toEqual([['a', 'b']]);
    expect(ids(clusterPoints(points, 5, options))).toEqual([['a'], ['b']]);
  });

  it('takes neighbours greedily in input order, so a chain does not merge into one group', () => {
    // a–b and b–c are within the radius, a–c is not: a takes b, c is left alone.
    const points = [at('a', 100), at('b', 100 + degrees(12, 4)), at('c', 100 + degrees(24, 4))];
    expect(ids(clusterPoints(points, 4, options))).toEqual([['a', 'b'], ['c']]);
    // In the other order, c takes b first.
    expect(ids(clusterPoints([...points].reverse(), 4, options))).toEqual([['c', 'b'], ['a']]);
  });

  it('builds groups from the deepest zoom up: a pair grouped below keeps together', () => {
    // x and y are 2 px apart at zoom 4 (close at every zoom to 6); z is 18 px from x at zoom 4.
    const points = [at('z', 100 + degrees(18, 4)), at('x', 100), at('y', 100 + degrees(2, 4))];
    const groups = clusterPoints(points, 4, options);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.ids.sort()).toEqual(['x', 'y', 'z']);
    // At zoom 6 z is 72 px away: only the pair.
    expect(ids(clusterPoints(points, 6, options))).toEqual([['z'], ['x', 'y']]);
  });

  it('puts every point in exactly one group, at any zoom', () => {
    const points = Array.from({ length: 40 }, (_, i) =>
      at(`p${i}`, 98 + ((i * 37) % 80) / 10, 10 + ((i * 53) % 120) / 10),
    );
    for (const zoom of [1, 3, 4.5, 6, 9, 10]) {
      const all = clusterPoints(points, zoom, options).flatMap((g) => g.ids);
      expect(all.sort()).toEqual(points.map((p) => p.id).sort());
    }
    // Past the deepest zoom, every point stands alone.
    expect(clusterPoints(points, 10, options).every((g) => g.ids.length === 1)).toBe(true);
  });
});

describe('clusterBands', () => {
  it('splits the widths a frame is shown at where the live zoom crosses a whole number', () => {
    // A 600-unit frame at zoom 5.14, shown 200 to 768 px wide: zoom 3.55 to 5.50.
    const bands = clusterBands(5.14, 600, 200, 768);
    expect(bands.map((b) => b.zoom)).toEqual([3, 4, 5]);
    expect(bands[0]?.minWidth).toBeUndefined();
    expect(bands[0]?.maxWidth).toBeCloseTo(600 * 2 ** (4 - 5.14), 1);
    expect(bands[1]?.minWidth).toBe(bands[0]?.maxWidth);
    expect(bands[2]?.minWidth).toBeCloseTo(600 * 2 ** (5 - 5.14), 1);
    expect(bands[2]?.maxWidth).toBeUndefined();
  });

  it('is one open band when the zoom stays within one whole number', () => {
    expect(clusterBands(4.5, 1200, 700, 800)).toEqual([{ zoom: 3, minWidth: undefined, maxWidth: undefined }]);
  });
});

describe('groupLeader', () => {
  it('names a group after its best-ranked member', () => {
    expect(groupLeader(['kk-park', 'myawaddy', 'mae-sot'], ['myawaddy', 'kk-park', 'mae-sot'])).toBe('myawaddy');
    expect(groupLeader(['x', 'mae-sot'], ['myawaddy', 'mae-sot'])).toBe('mae-sot');
    expect(groupLeader(['x', 'y'], [])).toBe('x');
  });
});
