/**
 * A strict reader's check of GeoJSON (RFC 7946), for the tests of the data downloads: the type
 * names come from the RFC's closed list, positions are `[longitude, latitude]` (two or three
 * finite numbers, longitude within ±180 and latitude within ±90), lines have two positions or
 * more, polygon rings are closed, features have a geometry and properties member (object or
 * null) and a string or number id, and there is no `crs` member (RFC 7946 dropped it: WGS 84 only).
 */

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function positionProblems(p: unknown, at: string): string[] {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3)
    return [`${at}: a position must be [longitude, latitude] (or with an altitude)`];
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n)))
    return [`${at}: a position holds finite numbers only`];
  const [lon, lat] = p as number[];
  const problems: string[] = [];
  if (Math.abs(lon!) > 180) problems.push(`${at}: longitude ${lon} is outside -180..180`);
  if (Math.abs(lat!) > 90)
    problems.push(`${at}: latitude ${lat} is outside -90..90 (are longitude and latitude swapped?)`);
  return problems;
}

function positionsProblems(list: unknown, at: string, min: number): string[] {
  if (!Array.isArray(list)) return [`${at}: coordinates must be an array`];
  if (list.length < min) return [`${at}: needs at least ${min} positions, has ${list.length}`];
  return list.flatMap((p, i) => positionProblems(p, `${at}[${i}]`));
}

function ringProblems(ring: unknown, at: string): string[] {
  const problems = positionsProblems(ring, at, 4);
  if (problems.length === 0) {
    const r = ring as number[][];
    if (r[0]!.join() !== r[r.length - 1]!.join()) problems.push(`${at}: a linear ring must end where it starts`);
  }
  return problems;
}

function geometryProblems(g: unknown, at: string): string[] {
  if (!isObject(g)) return [`${at}: a geometry must be an object`];
  const type = g['type'];
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type))
    return [`${at}: unknown geometry type ${JSON.stringify(type)}`];
  if (type === 'GeometryCollection') {
    const list = g['geometries'];
    return Array.isArray(list)
      ? list.flatMap((x, i) => geometryProblems(x, `${at}.geometries[${i}]`))
      : [`${at}: geometries must be an array`];
  }
  const c = g['coordinates'];
  const where = `${at}.coordinates`;
  const each = (fn: (x: unknown, a: string) => string[]) =>
    Array.isArray(c) ? c.flatMap((x, i) => fn(x, `${where}[${i}]`)) : [`${where}: must be an array`];
  switch (type) {
    case 'Point':
      return positionProblems(c, where);
    case 'MultiPoint':
      return positionsProblems(c, where, 0);
    case 'LineString':
      return positionsProblems(c, where, 2);
    case 'MultiLineString':
      return each((x, a) => positionsProblems(x, a, 2));
    case 'Polygon':
      return each(ringProblems);
    default: // MultiPolygon
      return each((poly, a) =>
        Array.isArray(poly)
          ? poly.flatMap((r, i) => ringProblems(r, `${a}[${i}]`))
          : [`${a}: must be an array of rings`],
      );
  }
}

function featureProblems(f: unknown, at: string): string[] {
  if (!isObject(f) || f['type'] !== 'Feature') return [`${at}: must be an object of type "Feature"`];
  const problems: string[] = [];
  if (!('geometry' in f)) problems.push(`${at}: a feature needs a geometry member (an object or null)`);
  else if (f['geometry'] !== null) problems.push(...geometryProblems(f['geometry'], `${at}.geometry`));
  if (!('properties' in f) || !(f['properties'] === null || isObject(f['properties']))) {
    problems.push(`${at}: a feature needs a properties member (an object or null)`);
  }
  if ('id' in f && typeof f['id'] !== 'string' && typeof f['id'] !== 'number')
    problems.push(`${at}: id must be a string or a number`);
  return problems;
}

/** Every way `value` is not valid RFC 7946 GeoJSON; empty when it is. */
export function geoJsonProblems(value: unknown): string[] {
  if (!isObject(value)) return ['(root): GeoJSON must be an object'];
  const problems: string[] = 'crs' in value ? ['(root): "crs" is not part of RFC 7946 (coordinates are WGS 84)'] : [];
  if (value['type'] === 'FeatureCollection') {
    const features = value['features'];
    if (!Array.isArray(features)) return [...problems, '(root): features must be an array'];
    return [...problems, ...features.flatMap((f, i) => featureProblems(f, `features[${i}]`))];
  }
  if (value['type'] === 'Feature') return [...problems, ...featureProblems(value, '(root)')];
  return [...problems, ...geometryProblems(value, '(root)')];
}
