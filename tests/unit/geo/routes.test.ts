/** Route geometry: legs joined from place coordinates, curved or great-circle, drawn in part. */
import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import {
  legCoordinates,
  lineLength,
  routeCoordinates,
  routeLegs,
  sliceLine,
  SAMPLES_PER_LEG,
  type LonLat,
} from '../../../src/lib/geo/routes';
import { places, routes } from './fixtures';

const route = routes.get('bangkok-myawaddy');
if (!route) throw new Error('fixture route missing');
const at = (id: string): LonLat => {
  const place = places.get(id);
  if (!place) throw new Error(`fixture place ${id} missing`);
  return place.coordinates;
};

describe('routeLegs', () => {
  const legs = routeLegs(route, places);

  test('gives one line per leg, sampled evenly', () => {
    expect(legs).toHaveLength(2);
    for (const leg of legs) expect(leg).toHaveLength(SAMPLES_PER_LEG + 1);
  });

  test('starts and ends each leg exactly on its places', () => {
    expect(legs[0]?.[0]).toEqual(at('bangkok'));
    expect(legs[0]?.at(-1)).toEqual(at('mae-sot'));
    expect(legs[1]?.[0]).toEqual(at('mae-sot'));
    expect(legs[1]?.at(-1)).toEqual(at('myawaddy'));
  });

  test('starts each leg where the previous one ends', () => {
    for (let i = 1; i < legs.length; i++) expect(legs[i]?.[0]).toEqual(legs[i - 1]?.at(-1));
  });

  test('names the route, the leg and the id when a place is unknown', () => {
    const broken = { ...route, legs: [{ from: 'bangkok', to: 'nowhere', mode: 'road' as const }] };
    expect(() => routeLegs(broken, places)).toThrow(/leg 1 \(bangkok → nowhere\): unknown place "nowhere"/);
  });
});

describe('legCoordinates', () => {
  const from: LonLat = [100.75, 13.69];
  const to: LonLat = [98.57, 16.71];

  test('bows an overland leg to the left of the direction of travel', () => {
    const line = legCoordinates(from, to, 'road');
    const mid = line[SAMPLES_PER_LEG / 2] as LonLat;
    // Travelling north-west, left is south-west: the middle lies west of the straight chord.
    const k = Math.cos((15.2 * Math.PI) / 180);
    const cross = (to[0] - from[0]) * k * (mid[1] - from[1]) - (to[1] - from[1]) * (mid[0] - from[0]) * k;
    expect(cross).toBeGreaterThan(0);
  });

  test('bows gently: the curve is less than 10% longer than the straight line', () => {
    const ratio = lineLength(legCoordinates(from, to, 'road')) / geoDistance(from, to);
    expect(ratio).toBeGreaterThan(1.01);
    expect(ratio).toBeLessThan(1.1);
  });

  test('follows the great circle on an air leg', () => {
    const nairobi: LonLat = [36.82, -1.29];
    const line = legCoordinates(nairobi, from, 'air');
    expect(lineLength(line)).toBeCloseTo(geoDistance(nairobi, from), 9);
  });
});

describe('routeCoordinates', () => {
  const line = routeCoordinates(route, places);

  test('joins the legs into one line without repeating the places between them', () => {
    expect(line).toHaveLength(2 * SAMPLES_PER_LEG + 1);
    expect(line[0]).toEqual(at('bangkok'));
    expect(line[SAMPLES_PER_LEG]).toEqual(at('mae-sot'));
    expect(line.at(-1)).toEqual(at('myawaddy'));
  });
});

describe('sliceLine', () => {
  const line = routeCoordinates(route, places);
  const total = lineLength(line);

  test('at 0 is the first point alone', () => {
    expect(sliceLine(line, 0)).toEqual([at('bangkok')]);
  });

  test('at 1 is the whole line', () => {
    expect(sliceLine(line, 1)).toEqual(line);
  });

  test('at 0.5 is half as long as the line', () => {
    expect(lineLength(sliceLine(line, 0.5)) / total).toBeCloseTo(0.5, 2);
    expect(Math.abs(lineLength(sliceLine(line, 0.5)) / total - 0.5)).toBeLessThan(0.005);
  });

  test('at 0.25 follows the line, ending on it', () => {
    const part = sliceLine(line, 0.25);
    expect(part.slice(0, -1)).toEqual(line.slice(0, part.length - 1));
    expect(lineLength(part) / total).toBeCloseTo(0.25, 6);
  });

  test('of an empty line is empty', () => {
    expect(sliceLine([], 0.5)).toEqual([]);
  });
});
