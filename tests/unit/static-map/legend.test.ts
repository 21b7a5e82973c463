/** The legend names every kind of mark a map shows, and nothing else. */
import { describe, expect, test } from 'vitest';
import { legendKinds, legendLabel, legendSymbol, LEGEND_ORDER } from '../../../src/lib/static-map/legend';
import { places } from '../geo/fixtures';

describe('legendKinds', () => {
  test('lists routes, each place symbol as highlighted or for reference, and tinted countries, in a fixed order', () => {
    const kinds = legendKinds(
      {
        places: [
          { id: 'myawaddy', highlight: true },
          { id: 'bangkok', highlight: false },
          { id: 'mae-sot', highlight: false },
        ],
        routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 1 } }],
        countries: ['MM'],
      },
      places,
    );
    expect(kinds).toEqual(['route-highlight', 'compound-region-highlight', 'border-crossing', 'town', 'country']);
  });

  test('explains a highlighted town and a town for reference apart (a filled dot has its own row)', () => {
    const kinds = legendKinds(
      {
        places: [
          { id: 'bangkok', highlight: true },
          { id: 'mae-sot', highlight: false },
        ],
        routes: [],
        countries: [],
      },
      places,
    );
    expect(kinds).toEqual(['border-crossing', 'town-highlight']);
  });

  test('lists trails only when the map draws some', () => {
    const visual = { places: [], routes: [], countries: [] };
    expect(legendKinds(visual, places)).toEqual([]);
    expect(legendKinds(visual, places, { trails: true })).toEqual(['route-trail']);
  });

  test('leaves out a route not drawn yet', () => {
    const kinds = legendKinds(
      { places: [], routes: [{ id: 'bangkok-myawaddy', highlight: false, draw: { from: 0, to: 0 } }], countries: [] },
      places,
    );
    expect(kinds).toEqual([]);
  });
});

describe('legend wording', () => {
  test('says what highlighted marks and tinted countries mean, for the map’s subject', () => {
    expect(legendLabel('country', 'this step')).toBe('Country this step is about');
    expect(legendLabel('town-highlight', 'this step')).toBe('Town or city this step is about');
    expect(legendLabel('compound-region')).toBe('Area where scam compounds were reported');
    expect(legendLabel('route-trail')).toBe('Route followed in an earlier step');
  });

  test('gives every kind a wording and every place kind its symbol', () => {
    for (const kind of LEGEND_ORDER) expect(legendLabel(kind).length).toBeGreaterThan(5);
    expect(legendSymbol('border-crossing-highlight')).toEqual({ symbol: 'border-crossing', highlight: true });
    expect(legendSymbol('town')).toEqual({ symbol: 'town', highlight: false });
    expect(legendSymbol('route-context')).toBeUndefined();
    expect(legendSymbol('country')).toBeUndefined();
  });
});
