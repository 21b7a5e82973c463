/** The explore page's filter rules (`src/scripts/explorer/filters.ts`). */
import { describe, expect, it } from 'vitest';
import {
  filterSummary,
  formatYears,
  parseYears,
  placeFromHash,
  placeMatches,
  readFilterState,
  routeMatches,
  type FilterState,
} from '../../../src/scripts/explorer/filters';

const all: FilterState = {
  countries: new Set(['KH', 'TH', 'MM']),
  kinds: new Set(['compound-region', 'transit', 'border-crossing']),
  year: undefined,
};

describe('placeMatches', () => {
  it('keeps a place whose country and kind are both chosen', () => {
    expect(placeMatches({ country: 'KH', kind: 'compound-region' }, all)).toBe(true);
  });
  it('drops a place whose country is not chosen', () => {
    expect(placeMatches({ country: 'KH', kind: 'compound-region' }, { ...all, countries: new Set(['TH']) })).toBe(
      false,
    );
  });
  it('drops a place whose kind is not chosen', () => {
    expect(placeMatches({ country: 'KH', kind: 'transit' }, { ...all, kinds: new Set(['compound-region']) })).toBe(
      false,
    );
  });
  it('ignores the period: places have none', () => {
    expect(placeMatches({ country: 'KH', kind: 'transit' }, { ...all, year: 2019 })).toBe(true);
  });
});

describe('routeMatches', () => {
  const route = { countries: ['TH', 'MM'], years: { from: 2024, to: 2025 } };
  it('keeps a route through at least one chosen country', () => {
    expect(routeMatches(route, { ...all, countries: new Set(['MM']) }, 2026)).toBe(true);
  });
  it('drops a route through none of the chosen countries', () => {
    expect(routeMatches(route, { ...all, countries: new Set(['KH']) }, 2026)).toBe(false);
  });
  it('keeps a route whose period covers the chosen year, ends included', () => {
    expect(routeMatches(route, { ...all, year: 2024 }, 2026)).toBe(true);
    expect(routeMatches(route, { ...all, year: 2025 }, 2026)).toBe(true);
    expect(routeMatches(route, { ...all, year: 2023 }, 2026)).toBe(false);
  });
  it('runs an open-ended period to the last year', () => {
    const open = { countries: ['TH'], years: { from: 2025, to: undefined } };
    expect(routeMatches(open, { ...all, year: 2026 }, 2026)).toBe(true);
    expect(routeMatches(open, { ...all, year: 2027 }, 2026)).toBe(false);
  });
  it('keeps an undated route only when no year is chosen', () => {
    const undated = { countries: ['TH'], years: undefined };
    expect(routeMatches(undated, all, 2026)).toBe(true);
    expect(routeMatches(undated, { ...all, year: 2025 }, 2026)).toBe(false);
  });
  it('ignores the kind of place', () => {
    expect(routeMatches(route, { ...all, kinds: new Set() }, 2026)).toBe(true);
  });
});

describe('readFilterState', () => {
  it('collects ticked countries and kinds and the chosen year', () => {
    const state = readFilterState([
      ['country', 'KH'],
      ['country', 'TH'],
      ['kind', 'transit'],
      ['year', '2024'],
    ]);
    expect([...state.countries]).toEqual(['KH', 'TH']);
    expect([...state.kinds]).toEqual(['transit']);
    expect(state.year).toBe(2024);
  });
  it('reads an empty year as any period and ignores unknown fields and files', () => {
    const state = readFilterState([
      ['year', ''],
      ['other', 'x'],
      ['country', new Blob()],
    ]);
    expect(state).toEqual({ countries: new Set(), kinds: new Set(), year: undefined });
  });
});

describe('years attribute', () => {
  it('round-trips closed, open and missing periods', () => {
    for (const years of [{ from: 2022, to: 2024 }, { from: 2025, to: undefined }, undefined]) {
      expect(parseYears(formatYears(years))).toEqual(years);
    }
  });
  it('reads anything else as undated', () => {
    expect(parseYears('soon')).toBeUndefined();
    expect(parseYears(undefined)).toBeUndefined();
  });
});

describe('filterSummary', () => {
  it('says "all" when nothing is filtered out', () => {
    expect(filterSummary(32, 32, 9, 9)).toBe('Showing all 32 places and all 9 routes.');
  });
  it('counts what is left', () => {
    expect(filterSummary(5, 32, 1, 9)).toBe('Showing 5 of 32 places and 1 of 9 routes.');
  });
  it('uses the singular for a single item', () => {
    expect(filterSummary(1, 1, 0, 1)).toBe('Showing all 1 place and 0 of 1 route.');
  });
});

describe('placeFromHash', () => {
  const ids = new Set(['sihanoukville', 'mae-sot']);
  it('names the place of a fragment that is a place id', () => {
    expect(placeFromHash('#mae-sot', ids)).toBe('mae-sot');
  });
  it('ignores other fragments, an empty one and malformed escapes', () => {
    expect(placeFromHash('#main', ids)).toBeUndefined();
    expect(placeFromHash('', ids)).toBeUndefined();
    expect(placeFromHash('#%E0%A4%A', ids)).toBeUndefined();
  });
});
