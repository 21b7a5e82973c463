/** The explore page's rows and overview (`src/components/explore/model.ts`). */
import { describe, expect, it } from 'vitest';
import type { Place, Route, Story } from '../../../src/lib/content/schema';
import { exploreModel, periodLabel, routePlaceIds } from '../../../src/components/explore/model';
import { places, routes } from '../geo/fixtures';

const story = (over: Partial<Story>): Story => ({
  pseudonym: 'Lin',
  title: 'A title',
  dek: 'A dek.',
  protection: { nameChanged: true, withheld: [] },
  origin: { country: 'CN' },
  year: 2025,
  lure: { job: 'Actor' },
  heldAt: [],
  contentWarnings: [],
  warnedPassages: [],
  sources: ['x'],
  ...over,
});

const extraPlace: Place = {
  name: 'Sihanoukville',
  country: 'KH',
  coordinates: [103.5, 10.63],
  kind: 'compound-region',
  precision: 'exact-town',
  summary: 'A port city.',
  sources: ['afp'],
};

const allPlaces = new Map<string, Place>([...places, ['sihanoukville', extraPlace]]);
const stories = new Map<string, Story>([
  ['lin', story({ route: 'bangkok-myawaddy', heldAt: ['myawaddy'] })],
  ['an', story({ pseudonym: 'An', heldAt: ['sihanoukville'] })],
]);
const model = exploreModel({ places: allPlaces, routes: routes as Map<string, Route>, stories });

describe('exploreModel', () => {
  it('has one row per place, sorted by country then name', () => {
    expect(model.places.map((p) => p.id)).toEqual(['sihanoukville', 'myawaddy', 'bangkok', 'mae-sot']);
  });
  it('links accounts held at a place, and accounts whose route passes through it', () => {
    const byId = new Map(model.places.map((p) => [p.id, p]));
    expect(byId.get('myawaddy')?.accounts).toEqual([{ slug: 'lin', pseudonym: 'Lin', relation: 'held' }]);
    expect(byId.get('mae-sot')?.accounts).toEqual([{ slug: 'lin', pseudonym: 'Lin', relation: 'route' }]);
    expect(byId.get('sihanoukville')?.accounts).toEqual([{ slug: 'an', pseudonym: 'An', relation: 'held' }]);
  });
  it('lists the routes through a place', () => {
    const maeSot = model.places.find((p) => p.id === 'mae-sot');
    expect(maeSot?.routes.map((r) => r.id)).toEqual(['bangkok-myawaddy']);
  });
  it('describes each route: legs in words, modes, period, countries and accounts', () => {
    const route = model.routes[0];
    expect(route?.legs).toEqual([
      { from: 'Bangkok', to: 'Mae Sot', mode: 'road' },
      { from: 'Mae Sot', to: 'Myawaddy', mode: 'boat' },
    ]);
    expect(route?.modes).toEqual(['road', 'boat']);
    expect(route?.periodLabel).toBe('January 2025 onwards');
    expect(route?.years).toEqual({ from: 2025, to: undefined });
    expect(route?.countries).toEqual(['TH', 'MM']);
    expect(route?.accounts).toEqual([{ slug: 'lin', pseudonym: 'Lin' }]);
  });
  it('offers the countries and kinds present, and the years routes are documented in', () => {
    expect(model.countries.map((c) => c.label)).toEqual(['Cambodia', 'Myanmar', 'Thailand']);
    expect(model.kinds.map((k) => k.value)).toEqual(['compound-region', 'border-crossing', 'transit']);
    expect(model.years).toEqual([2025]);
  });
  it('frames two views showing every place and route, none highlighted', () => {
    for (const view of [model.region, model.span]) {
      expect(view.places).toHaveLength(4);
      expect(view.routes).toEqual([{ id: 'bangkok-myawaddy', highlight: false, draw: { from: 1, to: 1 } }]);
      expect(view.places.every((p) => !p.highlight)).toBe(true);
      expect(view.camera.center[0]).toBeGreaterThan(98);
      expect(view.camera.center[0]).toBeLessThan(104);
    }
  });
  it('opens on the Mekong region: a far-away place widens the span, not the region', () => {
    const withNairobi = exploreModel({
      places: new Map([
        ...allPlaces,
        ['nairobi', { ...extraPlace, name: 'Nairobi', country: 'KE', coordinates: [36.82, -1.29], kind: 'capital' }],
      ]),
      routes: routes as Map<string, Route>,
      stories,
    });
    expect(withNairobi.region.camera).toEqual(model.region.camera);
    expect(withNairobi.region.mobileCamera).toEqual(model.region.mobileCamera);
    expect(withNairobi.span.camera.center[0]).toBeLessThan(80);
    expect(withNairobi.span.camera.zoom).toBeLessThan(model.region.camera.zoom - 2);
    expect(withNairobi.region.places.map((p) => p.id)).toContain('nairobi');
  });
  it('ranks places for naming groups: compound areas, then towns before vaguer areas, then by links', () => {
    expect(model.rank[0]).toBe('myawaddy');
    expect(model.rank.indexOf('sihanoukville')).toBeLessThan(model.rank.indexOf('mae-sot'));
    expect(model.rank.indexOf('mae-sot')).toBeLessThan(model.rank.indexOf('bangkok'));
    expect([...model.rank].sort()).toEqual(model.places.map((p) => p.id).sort());
  });
  it('copes with no content at all', () => {
    const empty = exploreModel({ places: new Map(), routes: new Map(), stories: new Map() });
    expect(empty.places).toEqual([]);
    expect(empty.years).toEqual([]);
    expect(empty.region.camera.zoom).toBeGreaterThan(0);
    expect(empty.span.camera.zoom).toBeGreaterThan(0);
  });
});

describe('periodLabel', () => {
  it('words closed, open, single and missing periods', () => {
    expect(periodLabel({ from: '2024-08', to: '2025-08' })).toBe('August 2024 to August 2025');
    expect(periodLabel({ from: '2022' })).toBe('2022 onwards');
    expect(periodLabel({ from: '2023', to: '2023' })).toBe('2023');
    expect(periodLabel(undefined)).toBe('Undated');
  });
});

describe('routePlaceIds', () => {
  it('lists the places of a route in travel order', () => {
    expect(routePlaceIds(routes.get('bangkok-myawaddy')!)).toEqual(['bangkok', 'mae-sot', 'myawaddy']);
  });
});
