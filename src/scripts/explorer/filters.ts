/**
 * The explore page's filters, as pure functions: which places and routes a filter state keeps.
 * The DOM (form, table rows) and the map are wired up in `explore-map.ts`; this file only
 * decides.
 *
 * - Country: a place is kept when it lies in a chosen country; a route when it passes through
 *   at least one chosen country.
 * - Kind of place: applies to places only.
 * - Period (a year): applies to routes only; a route is kept when its documented period covers
 *   the year. An open-ended period runs to `lastYear`. Undated routes are kept only when no year
 *   is chosen, since nothing says when they were used.
 */

/** What the reader chose. An empty `year` means any period. */
export interface FilterState {
  countries: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  year: number | undefined;
}

/** What the filters need to know about a place. */
export interface FilterablePlace {
  country: string;
  kind: string;
}

/** What the filters need to know about a route. */
export interface FilterableRoute {
  countries: readonly string[];
  /** First and last documented year; `to` undefined when still documented; undefined when undated. */
  years: { from: number; to: number | undefined } | undefined;
}

/** Form field names, shared by the form markup and `readFilterState`. */
export const FIELD = { country: 'country', kind: 'kind', year: 'year' } as const;

/** Whether a place passes the filters. */
export function placeMatches(place: FilterablePlace, state: FilterState): boolean {
  return state.countries.has(place.country) && state.kinds.has(place.kind);
}

/** Whether a route passes the filters; `lastYear` closes open-ended periods. */
export function routeMatches(route: FilterableRoute, state: FilterState, lastYear: number): boolean {
  if (!route.countries.some((country) => state.countries.has(country))) return false;
  if (state.year === undefined) return true;
  if (!route.years) return false;
  return route.years.from <= state.year && state.year <= (route.years.to ?? lastYear);
}

/** The filter state from the form's entries (`new FormData(form)`); unknown fields are ignored. */
export function readFilterState(entries: Iterable<[string, unknown]>): FilterState {
  const countries = new Set<string>();
  const kinds = new Set<string>();
  let year: number | undefined;
  for (const [name, value] of entries) {
    if (typeof value !== 'string') continue;
    if (name === FIELD.country) countries.add(value);
    else if (name === FIELD.kind) kinds.add(value);
    else if (name === FIELD.year && /^\d{4}$/.test(value)) year = Number(value);
  }
  return { countries, kinds, year };
}

/** Parses a route's `data-years` attribute (`2024-2025`, `2025-` or empty) into its years. */
export function parseYears(value: string | undefined): FilterableRoute['years'] {
  const match = /^(\d{4})-(\d{4})?$/.exec(value ?? '');
  if (!match) return undefined;
  return { from: Number(match[1]), to: match[2] ? Number(match[2]) : undefined };
}

/** Formats years for the `data-years` attribute; the inverse of `parseYears`. */
export function formatYears(years: FilterableRoute['years']): string {
  return years ? `${years.from}-${years.to ?? ''}` : '';
}

/** "Showing 12 of 32 places and 4 of 9 routes." */
export function filterSummary(places: number, totalPlaces: number, routes: number, totalRoutes: number): string {
  const count = (n: number, total: number, noun: string) =>
    `${n === total ? `all ${total}` : `${n} of ${total}`} ${noun}${total === 1 ? '' : 's'}`;
  return `Showing ${count(places, totalPlaces, 'place')} and ${count(routes, totalRoutes, 'route')}.`;
}

/**
 * The place a URL fragment names, if it is one of `ids`: `#sihanoukville` → `sihanoukville`.
 * Other fragments (`#main`, `#places`) give undefined.
 */
export function placeFromHash(hash: string, ids: ReadonlySet<string>): string | undefined {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  return ids.has(id) ? id : undefined;
}
