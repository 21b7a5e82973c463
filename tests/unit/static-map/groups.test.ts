/**
 * Places grouped on the static map (`SceneOptions.cluster`), the levels that show each zoom's
 * groups by container width, the sentence that names them for screen readers, and the
 * explorer's locator inset.
 */
import { describe, expect, test } from 'vitest';
import type { MapVisual } from '../../../src/lib/content/schema';
import { PORTRAIT_FRAME, WIDE_FRAME } from '../../../src/lib/geo/frames';
import { clusterPoints } from '../../../src/lib/geo/cluster';
import { buildScene } from '../../../src/lib/static-map/scene';
import { describeGroups, levelCss } from '../../../src/lib/static-map/levels';
import { buildInset } from '../../../src/lib/static-map/inset';
import { overlap } from '../../../src/lib/static-map/labels';
import { lookups, places, routes } from '../geo/fixtures';

const camera = { center: [99.5, 15.2] as [number, number], zoom: 5.5 };
const visual = (highlight: string[] = []): MapVisual => ({
  type: 'map',
  camera,
  countries: [],
  places: ['bangkok', 'mae-sot', 'myawaddy'].map((id) => ({ id, highlight: highlight.includes(id) })),
  routes: [{ id: 'bangkok-myawaddy', highlight: false, draw: { from: 1, to: 1 } }],
});
const cluster = { radius: 20, maxZoom: 9, rank: ['myawaddy', 'mae-sot', 'bangkok'] };
const build = (v: MapVisual, zoom: number) =>
  buildScene(v, lookups, { camera, ...WIDE_FRAME, name: 'groups', cluster: { ...cluster, zoom } });

describe('grouped places on the static map', () => {
  test('Mae Sot and Myawaddy (6 km apart) become one circle named after Myawaddy; Bangkok stands alone', () => {
    const scene = build(visual(), 5);
    expect(scene.clusters.map((c) => c.ids)).toEqual([['mae-sot', 'myawaddy']]);
    expect(scene.clusters[0]?.leader).toBe('myawaddy');
    expect(scene.clusters[0]?.names).toEqual(['Mae Sot', 'Myawaddy']);
    expect(scene.places.map((p) => p.id)).toEqual(['bangkok']);
    const names = scene.labels.map((l) => l.name).sort();
    expect(names).toEqual(['Bangkok', 'Myawaddy']);
  });

  test('groups exactly as the clustering of the live map does at that zoom', () => {
    for (const zoom of [3, 5, 8, 9, 10]) {
      const expected = clusterPoints(
        [...places].map(([id, p]) => ({ id, lonLat: p.coordinates })).sort((a, b) => (a.id < b.id ? -1 : 1)),
        zoom,
        cluster,
      ).filter((g) => g.ids.length > 1);
      expect(
        build(visual(), zoom).clusters.map((c) => c.ids),
        `zoom ${zoom}`,
      ).toEqual(expected.map((g) => g.ids));
    }
  });

  test('leaves groups bigger than maxNamed unnamed', () => {
    const scene = buildScene(visual(), lookups, {
      camera,
      ...WIDE_FRAME,
      cluster: { ...cluster, zoom: 5, maxNamed: 1 },
    });
    expect(scene.clusters).toHaveLength(1);
    expect(scene.labels.map((l) => l.name)).toEqual(['Bangkok']);
  });

  test('never groups a highlighted place', () => {
    const scene = build(visual(['mae-sot']), 5);
    expect(scene.clusters).toEqual([]);
    expect(scene.places.map((p) => p.id).sort()).toEqual(['bangkok', 'mae-sot', 'myawaddy']);
  });

  test('labels keep clear of each other, of every symbol and circle, and of reserved areas', () => {
    const reserved = [{ x0: 0, y0: 0, x1: 1200, y1: 380 }];
    const scene = buildScene(visual(), lookups, {
      camera,
      ...WIDE_FRAME,
      reserved,
      cluster: { ...cluster, zoom: 5 },
    });
    const boxes = scene.labels.map((l) => l.box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(0);
      for (const r of reserved) expect(overlap(a, r)).toBe(0);
      for (const c of scene.clusters)
        expect(overlap(a, { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r })).toBe(0);
    }
  });
});

describe('levels and their text alternative', () => {
  test('CSS shows the first level by default and each level in its band only', () => {
    const css = levelCss(
      [
        { minWidth: undefined, maxWidth: 300 },
        { minWidth: 300, maxWidth: 600 },
        { minWidth: 600, maxWidth: undefined },
      ],
      (i) => `m-${i}`,
    );
    expect(css).toContain('@container static-map (width >= 300px){.m-0{display:none}}');
    expect(css).toContain(
      '.m-1{display:none}@container static-map (width >= 300px) and (width < 600px){.m-1{display:inline}}',
    );
    expect(css).toContain('.m-2{display:none}@container static-map (width >= 600px){.m-2{display:inline}}');
    expect(css).not.toMatch(/\.m-0\{display:none\}@container/);
  });

  test('names every group, its leading place first, with its number', () => {
    const scene = build(visual(), 5);
    expect(describeGroups(scene, false)).toBe(
      'Places too close together to show apart are drawn as one circle with their number: Myawaddy and Mae Sot (2).',
    );
    expect(describeGroups(scene, true)).toMatch(/^On a small screen, places too close/);
    expect(describeGroups(build(visual(), 10), false)).toBe('');
  });
});

describe('the locator inset', () => {
  const withNairobi = new Map([
    ...places,
    ['nairobi', { ...places.get('bangkok')!, name: 'Nairobi', coordinates: [36.82, -1.29] as [number, number] }],
  ]);
  const inset = buildInset(withNairobi, routes, [
    { camera, ...WIDE_FRAME },
    { camera, ...PORTRAIT_FRAME },
  ]);
  test('draws land, every route and the outline of each frame, inside its viewBox', () => {
    expect(inset.land.length).toBeGreaterThan(100);
    expect(inset.routes.map((r) => r.id)).toEqual(['bangkok-myawaddy']);
    expect(inset.frames).toHaveLength(2);
    const [wide, portrait] = inset.frames;
    expect(wide!.width / wide!.height).toBeCloseTo(1.5, 1);
    expect(portrait!.width / portrait!.height).toBeCloseTo(0.75, 1);
    // Both frames are centred on the camera: the same centre, inside the inset.
    for (const f of inset.frames) {
      expect(f.x + f.width / 2).toBeCloseTo(wide!.x + wide!.width / 2, 0);
      expect(f.y + f.height / 2).toBeCloseTo(wide!.y + wide!.height / 2, 0);
      expect(f.x + f.width / 2).toBeGreaterThan(0);
      expect(f.x + f.width / 2).toBeLessThan(inset.width);
    }
  });
  test('dots only the places outside the main map', () => {
    expect(inset.places.map((p) => p.id)).toEqual(['nairobi']);
    expect(buildInset(places, routes, [{ camera, ...WIDE_FRAME }]).places).toEqual([]);
  });
});
