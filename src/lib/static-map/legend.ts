/**
 * The map legend's content: which kinds of mark a map shows, in a fixed order, so that the
 * legend names every mark the reader can see and nothing else.
 *
 * One meaning per colour, on every map: the accent colour (filled symbols, the bold line, the
 * tinted land) marks what the map is about (what the step's text is about, in the long read);
 * grey and white mark places and routes shown for reference; a faint accent line is a route
 * followed earlier in the story. Each kind of mark has its own row, so the filled and the hollow
 * version of a symbol are both explained when both are on the map.
 */
import type { MapVisual, Place } from '../content/schema';
import { symbolForKind, type PlaceSymbol } from './symbols';

/** A kind of mark that can appear in the legend. */
export type LegendKind =
  | 'route-highlight'
  | 'route-context'
  | 'route-trail'
  | 'compound-region-highlight'
  | 'compound-region'
  | 'border-crossing-highlight'
  | 'border-crossing'
  | 'town-highlight'
  | 'town'
  | 'country';

/** Legend rows in the order they are listed. */
export const LEGEND_ORDER: readonly LegendKind[] = [
  'route-highlight',
  'route-context',
  'route-trail',
  'compound-region-highlight',
  'compound-region',
  'border-crossing-highlight',
  'border-crossing',
  'town-highlight',
  'town',
  'country',
];

/**
 * The wording of each row. `subject` names what the map is about: "this step" in the long read,
 * "this map" elsewhere.
 */
export function legendLabel(kind: LegendKind, subject = 'this map'): string {
  switch (kind) {
    case 'route-highlight':
      return `Route ${subject} follows`;
    case 'route-context':
      return 'Other documented route';
    case 'route-trail':
      return 'Route followed in an earlier step';
    case 'compound-region-highlight':
      return `Area ${subject} is about, where scam compounds were reported`;
    case 'compound-region':
      return 'Area where scam compounds were reported';
    case 'border-crossing-highlight':
      return `Border crossing or area ${subject} is about`;
    case 'border-crossing':
      return 'Border crossing or border area';
    case 'town-highlight':
      return `Town or city ${subject} is about`;
    case 'town':
      return 'Town or city';
    case 'country':
      return `Country ${subject} is about`;
  }
}

/** The place symbol and whether it is highlighted, for a place row. */
export function legendSymbol(kind: LegendKind): { symbol: PlaceSymbol; highlight: boolean } | undefined {
  const [symbol, highlight] = kind.endsWith('-highlight') ? [kind.slice(0, -'-highlight'.length), true] : [kind, false];
  return symbol === 'town' || symbol === 'border-crossing' || symbol === 'compound-region'
    ? { symbol, highlight }
    : undefined;
}

/**
 * The kinds of mark a visual shows, in legend order: its drawn routes, its places by symbol and
 * highlight, its tinted countries, and `trails` when the map draws routes followed in earlier
 * steps. Unknown place ids are skipped here (the map itself reports them).
 */
export function legendKinds(
  visual: Pick<MapVisual, 'places' | 'routes' | 'countries'>,
  places: ReadonlyMap<string, Pick<Place, 'kind'>>,
  { trails = false }: { trails?: boolean } = {},
): LegendKind[] {
  const present = new Set<LegendKind>();
  for (const route of visual.routes) {
    if (route.draw.to > 0) present.add(route.highlight ? 'route-highlight' : 'route-context');
  }
  if (trails) present.add('route-trail');
  for (const { id, highlight } of visual.places) {
    const place = places.get(id);
    if (place) present.add(`${symbolForKind(place.kind)}${highlight ? '-highlight' : ''}` as LegendKind);
  }
  if (visual.countries.length > 0) present.add('country');
  return LEGEND_ORDER.filter((kind) => present.has(kind));
}
