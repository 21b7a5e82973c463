/** The legend names only the kinds of mark a map shows. */
import { describe, expect, test } from 'vitest';
import { legendKinds } from '../../../src/lib/static-map/legend';
import { places } from '../geo/fixtures';

describe('legendKinds', () => {
  test('lists routes and place symbols in a fixed order', () => {
    const kinds = legendKinds(
      {
        places: [
          { id: 'myawaddy', highlight: true },
          { id: 'bangkok', highlight: false },
          { id: 'mae-sot', highlight: false },
        ],
        routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 1 } }],
      },
      places,
    );
    expect(kinds).toEqual(['route-highlight', 'compound-region', 'border-crossing', 'town']);
  });

  test('leaves out kinds the map does not show', () => {
    expect(legendKinds({ places: [{ id: 'bangkok', highlight: false }], routes: [] }, places)).toEqual(['town']);
  });

  test('leaves out a route not drawn yet', () => {
    const kinds = legendKinds(
      { places: [], routes: [{ id: 'bangkok-myawaddy', highlight: false, draw: { from: 0, to: 0 } }] },
      places,
    );
    expect(kinds).toEqual([]);
  });
});
