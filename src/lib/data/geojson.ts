/**
 * Places and routes as GeoJSON downloads (RFC 7946): `/data/places.geojson` and
 * `/data/routes.geojson`. Pure: validated content in, FeatureCollections out.
 *
 * These are reference data, not the live maps' inputs (`src/lib/live-map/features.ts` makes
 * those, with drawn curves and map-only fields). Here every property a reader needs is kept, and
 * a route's line runs straight from place to place: its vertices are the places of its legs, in
 * travel order. The curves the site's maps draw between them are drawing, not data.
 *
 * Coordinates are `[longitude, latitude]` (WGS 84), as RFC 7946 requires, rounded to 0.01
 * degrees in the content: a town or an area, never a building.
 */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Leg, Place, Route } from '../content/schema';

/** A property of the features in one file, for the data dictionary and `datapackage.json`. */
export interface PropertyField {
  readonly name: string;
  /** JSON type as readers meet it: `string`, `string or null`, `array of strings`… */
  readonly type: string;
  readonly description: string;
}

/** The properties of each place feature. */
export interface PlaceDataProperties {
  id: string;
  name: string;
  localName: string | null;
  localLang: string | null;
  otherNames: string[];
  kind: Place['kind'];
  country: string;
  precision: Place['precision'];
  summary: string | null;
  note: string | null;
  sources: string[];
}

export const PLACE_PROPERTIES: readonly PropertyField[] = [
  {
    name: 'id',
    type: 'string',
    description: 'The place’s id, as the timeline and the routes refer to it (also the feature’s id).',
  },
  { name: 'name', type: 'string', description: 'English name, as readers meet it in the sources.' },
  {
    name: 'localName',
    type: 'string or null',
    description: 'The name in the local language and script, where the site gives one.',
  },
  {
    name: 'localLang',
    type: 'string or null',
    description: 'BCP 47 language tag of localName (km Khmer, th Thai, my Burmese, lo Lao…).',
  },
  { name: 'otherNames', type: 'array of strings', description: 'Other spellings the sources use.' },
  {
    name: 'kind',
    type: 'string',
    description:
      'The role the place plays in the story: compound-region (where the sources document scam compounds), border-crossing, transit, origin or capital.',
  },
  { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-2 code of the country the place lies in.' },
  {
    name: 'precision',
    type: 'string',
    description: 'exact-town when the point is a town centre; approximate-area when the sources are vague or disagree.',
  },
  { name: 'summary', type: 'string or null', description: 'One or two sentences on what the sources document there.' },
  {
    name: 'note',
    type: 'string or null',
    description: 'Caveats, such as coordinates that two sources give differently.',
  },
  {
    name: 'sources',
    type: 'array of strings',
    description:
      'Ids of the sources for what is said about the place: see sources.csv. Empty for a town that only lies on a route.',
  },
];

/** The properties of each route feature. */
export interface RouteDataProperties {
  id: string;
  title: string;
  summary: string;
  periodFrom: string | null;
  periodTo: string | null;
  places: string[];
  legs: { from: string; to: string; mode: Leg['mode']; note: string | null }[];
  accounts: string[];
  sources: string[];
}

export const ROUTE_PROPERTIES: readonly PropertyField[] = [
  { name: 'id', type: 'string', description: 'The route’s id (also the feature’s id).' },
  { name: 'title', type: 'string', description: 'What the route is, in a few words.' },
  { name: 'summary', type: 'string', description: 'One or two sentences on what the sources document.' },
  {
    name: 'periodFrom',
    type: 'string or null',
    description:
      'First date the sources document people being moved this way (YYYY, YYYY-MM or YYYY-MM-DD); null when no source dates it.',
  },
  { name: 'periodTo', type: 'string or null', description: 'Last such date; null when not given.' },
  {
    name: 'places',
    type: 'array of strings',
    description:
      'Ids of the places along the route, in travel order: the line’s vertices, one for one. See places.geojson.',
  },
  {
    name: 'legs',
    type: 'array of objects',
    description:
      'Each leg in travel order: from and to (place ids), mode (air, road, boat, motorbike or on-foot) and note (or null).',
  },
  {
    name: 'accounts',
    type: 'array of strings',
    description:
      'Ids of the survivor accounts on this site that followed the route (/stories/<id>/). Every name is a pseudonym chosen by the site.',
  },
  {
    name: 'sources',
    type: 'array of strings',
    description: 'Ids of the sources that document the route: see sources.csv.',
  },
];

/** One place as a GeoJSON point. */
export function placeDataFeature(id: string, place: Place): Feature<Point, PlaceDataProperties> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
    properties: {
      id,
      name: place.name,
      localName: place.local?.name ?? null,
      localLang: place.local?.lang ?? null,
      otherNames: place.aka ?? [],
      kind: place.kind,
      country: place.country,
      precision: place.precision,
      summary: place.summary ?? null,
      note: place.note ?? null,
      sources: place.sources,
    },
  };
}

/** Every place, in id order. */
export function placesCollection(places: ReadonlyMap<string, Place>): FeatureCollection<Point, PlaceDataProperties> {
  const ids = [...places.keys()].sort();
  return { type: 'FeatureCollection', features: ids.map((id) => placeDataFeature(id, places.get(id) as Place)) };
}

/**
 * One route as a line through its places, in travel order. Throws, naming the route, when a
 * leg names an unknown place (content checks catch that first).
 */
export function routeDataFeature(
  id: string,
  route: Route,
  places: ReadonlyMap<string, Pick<Place, 'coordinates'>>,
): Feature<LineString, RouteDataProperties> {
  const ids = [route.legs[0]!.from, ...route.legs.map((leg) => leg.to)];
  const coordinates: Position[] = ids.map((placeId) => {
    const place = places.get(placeId);
    if (!place) throw new Error(`route ${id}: unknown place "${placeId}"`);
    return [place.coordinates[0], place.coordinates[1]];
  });
  return {
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates },
    properties: {
      id,
      title: route.title,
      summary: route.summary,
      periodFrom: route.period?.from ?? null,
      periodTo: route.period?.to ?? null,
      places: ids,
      legs: route.legs.map((leg) => ({ from: leg.from, to: leg.to, mode: leg.mode, note: leg.note ?? null })),
      accounts: route.stories,
      sources: route.sources,
    },
  };
}

/** Every route, in id order. */
export function routesCollection(
  routes: ReadonlyMap<string, Route>,
  places: ReadonlyMap<string, Pick<Place, 'coordinates'>>,
): FeatureCollection<LineString, RouteDataProperties> {
  const ids = [...routes.keys()].sort();
  return {
    type: 'FeatureCollection',
    features: ids.map((id) => routeDataFeature(id, routes.get(id) as Route, places)),
  };
}

/** GeoJSON text as served: compact, one feature per line (readable in a text editor, diffable). */
export function formatGeoJson(collection: FeatureCollection): string {
  const features = collection.features.map((f) => `  ${JSON.stringify(f)}`).join(',\n');
  return `{"type":"FeatureCollection","features":[\n${features}\n]}\n`;
}
