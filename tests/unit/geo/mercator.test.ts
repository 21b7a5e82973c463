/** The static twin's projection frames a camera exactly as MapLibre does (512 px tiles). */
import { describe, expect, test } from 'vitest';
import { equivalentZoom, projectionForCamera, scaleForZoom, viewBounds } from '../../../src/lib/geo/mercator';

const camera = { center: [98.54, 16.7] as [number, number], zoom: 7.5 };
const project = (p: ReturnType<typeof projectionForCamera>, lonLat: [number, number]) => {
  const xy = p(lonLat);
  if (!xy) throw new Error(`${lonLat.join(',')} did not project`);
  return xy;
};
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('projectionForCamera', () => {
  test('puts the camera centre in the middle of the viewport', () => {
    const [x, y] = project(projectionForCamera(camera, 1200, 800), camera.center);
    expect(x).toBeCloseTo(600, 6);
    expect(y).toBeCloseTo(400, 6);
  });

  test('shows the whole world 512 px wide at zoom 0, as web maps do', () => {
    expect(2 * Math.PI * scaleForZoom(0)).toBeCloseTo(512, 9);
    const p = projectionForCamera({ center: [0, 0], zoom: 0 }, 512, 512);
    expect(project(p, [-90, 0])[0]).toBeCloseTo(128, 6);
    expect(project(p, [90, 0])[0]).toBeCloseTo(384, 6);
  });

  test('doubles the distance between two points for each zoom level', () => {
    const a: [number, number] = [98.2, 16.5];
    const b: [number, number] = [98.9, 17.0];
    const at = (zoom: number) => {
      const p = projectionForCamera({ ...camera, zoom }, 1200, 800);
      return distance(project(p, a), project(p, b));
    };
    expect(at(8.5) / at(7.5)).toBeCloseTo(2, 9);
    expect(at(5) / at(7.5)).toBeCloseTo(2 ** -2.5, 9);
  });

  test('with bearing 90 turns the map so that east is up, as MapLibre does', () => {
    const p = projectionForCamera({ ...camera, bearing: 90 }, 1200, 800);
    const east = project(p, [camera.center[0] + 0.1, camera.center[1]]);
    const north = project(p, [camera.center[0], camera.center[1] + 0.1]);
    expect(east[0]).toBeCloseTo(600, 3);
    expect(east[1]).toBeLessThan(400);
    expect(north[0]).toBeLessThan(600);
    expect(north[1]).toBeCloseTo(400, 3);
  });

  test('with bearing -45 puts north-west at the top', () => {
    const p = projectionForCamera({ ...camera, bearing: -45 }, 1200, 800);
    const north = project(p, [camera.center[0], camera.center[1] + 0.1]);
    expect(north[0]).toBeGreaterThan(600);
    expect(north[1]).toBeLessThan(400);
  });

  test('clips to the viewport, grown by the bleed', () => {
    expect(projectionForCamera(camera, 1200, 800).clipExtent()).toEqual([
      [0, 0],
      [1200, 800],
    ]);
    expect(projectionForCamera(camera, 1200, 800, { x: 200, y: 350 }).clipExtent()).toEqual([
      [-200, -350],
      [1400, 1150],
    ]);
  });
});

describe('viewBounds', () => {
  test('is the box of longitudes and latitudes the viewport shows', () => {
    const p = projectionForCamera({ center: [102, 14], zoom: 4.3 }, 1200, 800);
    const box = viewBounds(p, 1200, 800);
    expect(box).toBeDefined();
    const [[west, south], [east, north]] = box ?? [
      [0, 0],
      [0, 0],
    ];
    expect((west + east) / 2).toBeCloseTo(102, 6);
    expect(east - west).toBeCloseTo((1200 / (512 * 2 ** 4.3)) * 360, 6);
    expect(south).toBeLessThan(14);
    expect(north).toBeGreaterThan(14);
  });

  test('is undefined when the view crosses the antimeridian', () => {
    const p = projectionForCamera({ center: [179, -17], zoom: 5 }, 1200, 800);
    expect(viewBounds(p, 1200, 800)).toBeUndefined();
  });

  test('is undefined for a view of most of the world, whose corners wrap around', () => {
    const p = projectionForCamera({ center: [120, 0], zoom: 1.6 }, 1200, 800);
    expect(viewBounds(p, 1200, 800)).toBeUndefined();
  });
});

describe('equivalentZoom', () => {
  test('frames the same area in a container of another width', () => {
    expect(equivalentZoom(6, 1200, 600)).toBeCloseTo(5, 9);
    expect(equivalentZoom(6, 1200, 1200)).toBe(6);
  });
});
