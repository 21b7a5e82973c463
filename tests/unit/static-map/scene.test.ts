/** The scene: what one static map draws, worked out before any markup. */
import { describe, expect, test } from 'vitest';
import type { MapVisual } from '../../../src/lib/content/schema';
import { WIDE_FRAME } from '../../../src/lib/geo/frames';
import { buildScene } from '../../../src/lib/static-map/scene';
import { lookups } from '../geo/fixtures';

const camera = { center: [99.5, 15.2] as [number, number], zoom: 5.5 };
const visual = (extra: Partial<MapVisual> = {}): MapVisual => ({
  type: 'map',
  camera,
  countries: [],
  places: [
    { id: 'bangkok', highlight: false },
    { id: 'mae-sot', highlight: true },
    { id: 'myawaddy', highlight: true },
  ],
  routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 1 } }],
  ...extra,
});
const build = (v: MapVisual) => buildScene(v, lookups, { camera: v.camera, ...WIDE_FRAME, name: 'test-step' });

describe('buildScene', () => {
  test('gives every place in view a symbol of its kind and a label', () => {
    const scene = build(visual());
    expect(scene.places.map((p) => [p.id, p.symbol])).toEqual(
      expect.arrayContaining([
        ['bangkok', 'town'],
        ['mae-sot', 'border-crossing'],
        ['myawaddy', 'compound-region'],
      ]),
    );
    expect(scene.labels.map((l) => l.id).sort()).toEqual(['bangkok', 'mae-sot', 'myawaddy']);
  });

  test('leaves out places outside the view', () => {
    const scene = build(visual({ camera: { center: [104.9, 11.6], zoom: 8 } }));
    expect(scene.places).toEqual([]);
    expect(scene.labels).toEqual([]);
  });

  test('draws a route only up to draw.to, with an arrowhead at the drawn end', () => {
    const whole = build(visual()).routes[0];
    const half = build(visual({ routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 0.5 } }] }))
      .routes[0];
    expect(half?.d.length).toBeLessThan(whole?.d.length ?? 0);
    expect(half?.arrow).toMatch(/^M.*Z$/);
  });

  test('draws nothing for a route at draw.to 0', () => {
    const scene = build(visual({ routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 0 } }] }));
    expect(scene.routes).toEqual([]);
  });

  test('names countries in view', () => {
    const names = build(visual()).countryLabels.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['THAILAND', 'MYANMAR']));
  });

  test('stops with the map and the id when a place, route or country is unknown', () => {
    expect(() => build(visual({ places: [{ id: 'atlantis', highlight: false }] }))).toThrow(
      'Map "test-step": unknown place "atlantis"',
    );
    expect(() => build(visual({ routes: [{ id: 'nowhere', highlight: false, draw: { from: 1, to: 1 } }] }))).toThrow(
      'Map "test-step": unknown route "nowhere"',
    );
    expect(() => build(visual({ countries: ['XX'] }))).toThrow(
      'Map "test-step": no country with code "XX" in the basemap',
    );
  });
});
