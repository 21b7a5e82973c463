/**
 * The map legend's content: which kinds of mark a map shows, in a fixed order, so that the
 * legend names only what the reader can see.
 */
import type { MapVisual, Place } from '../content/schema';
import { symbolForKind } from './symbols';

/** A kind of mark that can appear in the legend. */
export type LegendKind = 'route-highlight' | 'route-context' | 'compound-region' | 'border-crossing' | 'town';

/** Legend entries in the order they are listed, with their wording. */
export const LEGEND_LABELS: Record<LegendKind, string> = {
  'route-highlight': 'Route described in the text',
  'route-context': 'Other documented routes',
  'compound-region': 'Scam-compound area',
  'border-crossing': 'Border crossing',
  town: 'Town or city',
};

/**
 * The kinds of mark a visual shows, in legend order. Unknown place ids are skipped here (the
 * map itself reports them).
 */
export function legendKinds(
  visual: Pick<MapVisual, 'places' | 'routes'>,
  places: ReadonlyMap<string, Pick<Place, 'kind'>>,
): LegendKind[] {
  const present = new Set<LegendKind>();
  for (const route of visual.routes) {
    if (route.draw.to > 0) present.add(route.highlight ? 'route-highlight' : 'route-context');
  }
  for (const { id } of visual.places) {
    const place = places.get(id);
    if (place) present.add(symbolForKind(place.kind));
  }
  return (Object.keys(LEGEND_LABELS) as LegendKind[]).filter((kind) => present.has(kind));
}
