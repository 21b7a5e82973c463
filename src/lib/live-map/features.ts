/**
 * The site's places and routes as GeoJSON, for the live MapLibre maps (the story map on `/`, the
 * explore map and the story pages). Pure: content in, FeatureCollections out. The static twin
 * draws the same places and routes from the same content (`src/lib/static-map/scene.ts`), and route
 * lines come from the same `routeCoordinates`, so the live and static lines coincide.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Place, Route } from '../content/schema';
import { routeCoordinates, type LonLat, type PlaceLookup } from '../geo/routes';
import { drawableLocalName } from '../map-theme';
import { AREA_RADIUS_KM, pixelsPerKm } from '../geo/marks';

/** What every place feature carries (`id` is also the feature id's string form). */
export interface PlaceProperties {
  /** Place id, as in `content/places.yaml`. */
  id: string;
  /** English name as maps label it (`mapName` where the place has one). */
  name: string;
  /**
   * Name in local script, or '' when the place has none or the maps have no font for its script
   * (`drawableLocalName`; MapLibre expressions prefer a string to a missing value).
   */
  localName: string;
  /** BCP 47 tag of `localName`, or ''. */
  lang: string;
  /** The role the place plays in the story; decides the symbol. */
  kind: Place['kind'];
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** `exact-town` or `approximate-area`. */
  precision: Place['precision'];
  /**
   * For a compound region, the radius of its area in web-map pixels at zoom 0 (double it for each
   * zoom level; see `areaRadius` in `src/lib/static-map/symbols.ts`); 0 for other places.
   */
  area: number;
}

/** What every route feature carries. */
export interface RouteProperties {
  /** Route id, as in `content/routes/<id>.yaml`. */
  id: string;
  /** The route's title. */
  title: string;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type RouteFeature = Feature<LineString, RouteProperties>;

/** One point feature for a place. */
export function placeFeature(id: string, place: Place): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.coordinates[0], place.coordinates[1]] },
    properties: {
      id,
      name: place.mapName ?? place.name,
      localName: drawableLocalName(place.local)?.name ?? '',
      lang: drawableLocalName(place.local)?.lang ?? '',
      kind: place.kind,
      country: place.country,
      precision: place.precision,
      area:
        place.kind === 'compound-region'
          ? Number((AREA_RADIUS_KM[place.precision] * pixelsPerKm(place.coordinates[1], 0)).toPrecision(4))
          : 0,
    },
  };
}

/** Every place as a point, in id order (stable output for the static data files). */
export function placeFeatures(places: ReadonlyMap<string, Place>): FeatureCollection<Point, PlaceProperties> {
  const ids = [...places.keys()].sort();
  return { type: 'FeatureCollection', features: ids.map((id) => placeFeature(id, places.get(id) as Place)) };
}

/**
 * One line feature for a route, its points rounded to `decimals` (4 ≈ 11 m, far below what a
 * map shows). Throws, naming the route and leg, when it refers to an unknown place.
 */
export function routeFeature(id: string, route: Route, places: PlaceLookup, decimals = 4): RouteFeature {
  const k = 10 ** decimals;
  const coordinates = routeCoordinates(route, places).map(([lon, lat]): LonLat => [
    Math.round(lon * k) / k,
    Math.round(lat * k) / k,
  ]);
  return { type: 'Feature', id, geometry: { type: 'LineString', coordinates }, properties: { id, title: route.title } };
}

/** Every route as a line, in id order. */
export function routeFeatures(
  routes: ReadonlyMap<string, Route>,
  places: PlaceLookup,
): FeatureCollection<LineString, RouteProperties> {
  const ids = [...routes.keys()].sort();
  return { type: 'FeatureCollection', features: ids.map((id) => routeFeature(id, routes.get(id) as Route, places)) };
}
