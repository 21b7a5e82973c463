/**
 * What the `/map/` explore page shows, worked out at build time from the content (pure, no
 * Astro): one row per place and per route, with everything the tables, the place panels and the
 * filters need, and the map state of the static overview.
 *
 * Accounts are linked to a place when the person was held there (`heldAt`) or when their route
 * passes through it; to a route when they followed it. Pseudonyms only: there is no other name.
 */
import type { MapVisual, Place, Route, Story } from '../../lib/content/schema';
import { countryName } from '../../lib/format/countries';
import { formatPartialDate, yearOf } from '../../lib/format/date';
import { fitCamera } from '../../lib/geo/mercator';

/** Reader-facing names of place kinds, in the order the filters list them. */
export const PLACE_KIND_LABELS: Record<Place['kind'], string> = {
  'compound-region': 'Scam-compound area',
  'border-crossing': 'Border crossing',
  transit: 'Transit point',
  origin: 'Place of origin',
  capital: 'Capital city',
};

/** Reader-facing names of location precision. */
export const PRECISION_LABELS: Record<Place['precision'], string> = {
  'exact-town': 'Town centre',
  'approximate-area': 'Approximate area',
};

/** Reader-facing names of travel modes. */
export const MODE_LABELS: Record<Route['legs'][number]['mode'], string> = {
  air: 'air',
  road: 'road',
  boat: 'boat',
  motorbike: 'motorbike',
  'on-foot': 'on foot',
};

/** A survivor account linked to a place or a route. */
export interface AccountLink {
  /** The account's slug (`/stories/<slug>/`). */
  slug: string;
  pseudonym: string;
  /** How the account touches the place: held there, or passed through on its route. */
  relation: 'held' | 'route';
}

/** One place, as the table row and the panel show it. */
export interface PlaceRow {
  id: string;
  name: string;
  local: { name: string; lang: string } | undefined;
  country: string;
  countryName: string;
  kind: Place['kind'];
  kindLabel: string;
  precision: Place['precision'];
  precisionLabel: string;
  summary: string | undefined;
  note: string | undefined;
  coordinates: [number, number];
  sources: string[];
  /** Routes through the place, by id and title. */
  routes: { id: string; title: string }[];
  accounts: AccountLink[];
}

/** One leg of a route, in words. */
export interface LegRow {
  from: string;
  to: string;
  mode: string;
}

/** One route, as the table row shows it. */
export interface RouteRow {
  id: string;
  title: string;
  summary: string;
  legs: LegRow[];
  /** Distinct travel modes, in travel order. */
  modes: string[];
  /** `January 2025 onwards`, `August 2024 to August 2025`, or `Undated`. */
  periodLabel: string;
  /** First and last year documented; `to` is undefined when still documented as current. */
  years: { from: number; to: number | undefined } | undefined;
  /** Countries of every place the route passes through (ISO alpha-2). */
  countries: string[];
  /** Place ids in travel order. */
  places: string[];
  sources: string[];
  accounts: { slug: string; pseudonym: string }[];
}

/** A choice in a filter. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Everything the explore page shows. */
export interface ExploreModel {
  places: PlaceRow[];
  routes: RouteRow[];
  countries: FilterOption[];
  kinds: FilterOption[];
  /** Years in which at least one dated route is documented, ascending. */
  years: number[];
  /**
   * The map the page opens on: every place and route, framed on the places of
   * `REGION_COUNTRIES` (the Mekong region, where the compounds are).
   */
  region: MapVisual;
  /** The whole span, from East Africa to the Philippines: every place and route, framed to fit. */
  span: MapVisual;
  /**
   * Place ids, most important first (`rankPlaces`): a group of places drawn as one circle is
   * named after its first member here.
   */
  rank: string[];
}

/** Content by id, as the content collections give it. */
export interface ExploreInput {
  places: ReadonlyMap<string, Place>;
  routes: ReadonlyMap<string, Route>;
  stories: ReadonlyMap<string, Story>;
}

/** Place ids of a route in travel order. */
export function routePlaceIds(route: Pick<Route, 'legs'>): string[] {
  const first = route.legs[0];
  return first ? [first.from, ...route.legs.map((leg) => leg.to)] : [];
}

/** `2024-08`..`2025-08` → `August 2024 to August 2025`; open-ended → `January 2025 onwards`. */
export function periodLabel(period: Route['period']): string {
  if (!period) return 'Undated';
  if (!period.to) return `${formatPartialDate(period.from)} onwards`;
  if (period.to === period.from) return formatPartialDate(period.from);
  return `${formatPartialDate(period.from)} to ${formatPartialDate(period.to)}`;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/**
 * The countries the explorer opens on: Myanmar, Thailand, Laos, Cambodia and Vietnam, where the
 * documented compounds and most crossings are. Places elsewhere (where people were recruited or
 * flown from) are shown with "Show long-haul routes".
 */
export const REGION_COUNTRIES: readonly string[] = ['KH', 'LA', 'MM', 'TH', 'VN'];

/** Which kinds of place name a group first: compound areas, then capitals, crossings, transit, origins. */
const KIND_RANK: Record<Place['kind'], number> = {
  'compound-region': 4,
  capital: 3,
  'border-crossing': 2,
  transit: 1,
  origin: 0,
};

/**
 * Place ids, most important first: by kind (`KIND_RANK`), then towns before vaguer areas (a
 * group is better named after a town a reader can find), then by how many routes and accounts
 * are linked to the place, then by name.
 */
export function rankPlaces(
  rows: readonly Pick<PlaceRow, 'id' | 'name' | 'kind' | 'precision' | 'routes' | 'accounts'>[],
): string[] {
  const weight = (p: (typeof rows)[number]) => p.routes.length + p.accounts.length;
  const vague = (p: (typeof rows)[number]) => Number(p.precision === 'approximate-area');
  return [...rows]
    .sort(
      (a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind] || vague(a) - vague(b) || weight(b) - weight(a) || byName(a, b),
    )
    .map((p) => p.id);
}

/**
 * How the explorer groups places too close together to show apart, on the live map (MapLibre's
 * `clusterRadius` and `clusterMaxZoom`) and on its static twin (`src/lib/geo/cluster.ts`): within
 * 20 pixels, up to zoom 9 (the live map's deepest zoom, 10, shows every place on its own). Groups
 * of up to `maxNamed` places are named after their leading place; bigger ones (the whole Mekong
 * region seen from afar) only show their number.
 */
export const EXPLORE_CLUSTERS = { radius: 20, maxZoom: 9, maxNamed: 4 } as const;

/**
 * Where the controls laid over the explorer's map sit, in frame units (generous: a frame is shown
 * at many sizes), so that no label hides under them: the inset at the bottom left of the region
 * view (wide screens only), the "Back" link at the top left of the span view.
 */
export const MAP_CONTROL_AREAS = {
  region: {
    wide: [{ x0: 0, y0: 590, x1: 310, y1: 800 }],
    // On phones the inset is under the map.
    portrait: [],
  },
  span: {
    wide: [{ x0: 0, y0: 0, x1: 360, y1: 75 }],
    portrait: [{ x0: 0, y0: 0, x1: 420, y1: 85 }],
  },
} as const;

/** Padding (in frame units) around the places a frame is fitted to: wide, then portrait. */
const FIT_PADDING = { wide: 70, portrait: 45 } as const;

/** A map of every place and route, framed to fit `coords` in the wide and portrait frames. */
function framedVisual(
  coords: readonly (readonly [number, number])[],
  placeIds: readonly string[],
  routeIds: readonly string[],
): MapVisual {
  return {
    type: 'map',
    camera:
      coords.length > 0 ? fitCamera(coords, 1200, 800, { padding: FIT_PADDING.wide }) : { center: [104, 12], zoom: 4 },
    mobileCamera:
      coords.length > 0
        ? fitCamera(coords, 600, 800, { padding: FIT_PADDING.portrait })
        : { center: [104, 12], zoom: 3 },
    countries: [],
    places: placeIds.map((id) => ({ id, highlight: false })),
    routes: routeIds.map((id) => ({ id, highlight: false, draw: { from: 1, to: 1 } })),
  };
}

/** Builds the explore page's rows, filter options and overview map from the content. */
export function exploreModel({ places, routes, stories }: ExploreInput): ExploreModel {
  const storyList = [...stories].sort(([, a], [, b]) => a.pseudonym.localeCompare(b.pseudonym, 'en'));
  const placeName = (id: string) => places.get(id)?.name ?? id;

  const routeRows: RouteRow[] = [...routes].map(([id, route]) => {
    const ids = routePlaceIds(route);
    const accounts = storyList
      .filter(([slug, story]) => story.route === id || route.stories.includes(slug))
      .map(([slug, story]) => ({ slug, pseudonym: story.pseudonym }));
    return {
      id,
      title: route.title,
      summary: route.summary,
      legs: route.legs.map((leg) => ({
        from: placeName(leg.from),
        to: placeName(leg.to),
        mode: MODE_LABELS[leg.mode],
      })),
      modes: [...new Set(route.legs.map((leg) => MODE_LABELS[leg.mode]))],
      periodLabel: periodLabel(route.period),
      years: route.period
        ? { from: yearOf(route.period.from), to: route.period.to ? yearOf(route.period.to) : undefined }
        : undefined,
      countries: [...new Set(ids.map((p) => places.get(p)?.country).filter((c): c is string => c !== undefined))],
      places: ids,
      sources: route.sources,
      accounts,
    };
  });
  routeRows.sort((a, b) => a.title.localeCompare(b.title, 'en'));

  const placeRows: PlaceRow[] = [...places].map(([id, place]) => {
    const accounts: AccountLink[] = [];
    for (const [slug, story] of storyList) {
      if (story.heldAt.includes(id)) accounts.push({ slug, pseudonym: story.pseudonym, relation: 'held' });
      else if (story.route && routes.get(story.route) && routePlaceIds(routes.get(story.route)!).includes(id))
        accounts.push({ slug, pseudonym: story.pseudonym, relation: 'route' });
    }
    return {
      id,
      name: place.name,
      local: place.local,
      country: place.country,
      countryName: countryName(place.country),
      kind: place.kind,
      kindLabel: PLACE_KIND_LABELS[place.kind],
      precision: place.precision,
      precisionLabel: PRECISION_LABELS[place.precision],
      summary: place.summary,
      note: place.note,
      coordinates: place.coordinates,
      sources: place.sources,
      routes: routeRows.filter((r) => r.places.includes(id)).map((r) => ({ id: r.id, title: r.title })),
      accounts,
    };
  });
  placeRows.sort((a, b) => a.countryName.localeCompare(b.countryName, 'en') || byName(a, b));

  const countries = [...new Set(placeRows.map((p) => p.country))]
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  const presentKinds = new Set(placeRows.map((p) => p.kind));
  const kinds = (Object.keys(PLACE_KIND_LABELS) as Place['kind'][])
    .filter((kind) => presentKinds.has(kind))
    .map((kind) => ({ value: kind, label: PLACE_KIND_LABELS[kind] }));

  const dated = routeRows.flatMap((r) => (r.years ? [r.years] : []));
  const lastYear = Math.max(...dated.map((y) => y.to ?? y.from), ...dated.map((y) => y.from));
  const years: number[] = [];
  if (dated.length > 0) {
    const firstYear = Math.min(...dated.map((y) => y.from));
    for (let year = firstYear; year <= lastYear; year++) {
      if (dated.some((y) => y.from <= year && year <= (y.to ?? lastYear))) years.push(year);
    }
  }

  const placeIds = placeRows.map((p) => p.id);
  const routeIds = routeRows.map((r) => r.id);
  const inRegion = placeRows.filter((p) => REGION_COUNTRIES.includes(p.country));
  const span = framedVisual(
    placeRows.map((p) => p.coordinates),
    placeIds,
    routeIds,
  );
  const region =
    inRegion.length > 0
      ? framedVisual(
          inRegion.map((p) => p.coordinates),
          placeIds,
          routeIds,
        )
      : span;

  return { places: placeRows, routes: routeRows, countries, kinds, years, region, span, rank: rankPlaces(placeRows) };
}
