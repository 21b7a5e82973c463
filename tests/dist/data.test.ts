/**
 * The data downloads as built in dist/data/: `datapackage.json` validates and describes files
 * that exist, with their true sizes and checksums; every CSV parses (d3-dsv), is RFC 4180 with
 * CRLF line ends, has the header its schema states and cells that obey it, and holds exactly the
 * content it comes from (charts, timeline, bibliography); the GeoJSON files are valid and hold
 * the content's places and routes; the data page links every file and shows its real size.
 */
import { chartRows } from '../../src/lib/charts/rows';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, type DSVRowArray } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content';
import { formatSize } from '../../src/lib/data/downloads';
import { dataPackageProblems } from '../../src/lib/data/frictionless';
import { DATA_LICENCE } from '../../src/lib/data/licence';
import { geoJsonProblems } from '../support/geojson';
import { parseHtml } from '../support/html';
import { basePath, distDir, distFileOf, repoRoot, requireBuilt } from '../support/site';

requireBuilt(join(distDir, 'data', 'datapackage.json'));

const dataDir = join(distDir, 'data');
const content = loadContentOrThrow(join(repoRoot, process.env.CONTENT_DIR ?? 'content'));

interface SchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  format?: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  bytes: number;
  hash: string;
  schema?: { fields: SchemaField[]; primaryKey?: string };
}
const descriptor = JSON.parse(readFileSync(join(dataDir, 'datapackage.json'), 'utf8')) as Record<string, unknown> & {
  resources: Resource[];
};
const csvResources = descriptor.resources.filter((r) => r.format === 'csv');
const readText = (path: string) => readFileSync(join(dataDir, path), 'utf8');
const readCsv = (path: string): DSVRowArray => csvParse(readText(path));

describe('datapackage.json', () => {
  test('is a valid Data Package with a licence', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
    expect(descriptor['licenses']).toEqual([expect.objectContaining({ name: DATA_LICENCE.id, path: DATA_LICENCE.url })]);
  });

  test.each(descriptor.resources.map((r) => [r.path, r] as const))('%s exists, with the size and SHA-256 it states', (path, r) => {
    const file = join(dataDir, path);
    expect(existsSync(file), `dist/data/${path} is missing`).toBe(true);
    expect(statSync(file).size).toBe(r.bytes);
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`);
  });

  test('describes every chart, and the places, routes, timeline and bibliography', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      ['places.geojson', 'routes.geojson', 'sources.csv', 'timeline.csv', ...content.charts.map((c) => `charts/${c.id}.csv`)].sort(),
    );
  });
});

/** Why a CSV cell breaks its Table Schema field, or undefined. */
function cellProblem(field: SchemaField, value: string): string | undefined {
  if (value === '') return field.constraints?.required ? 'is required but empty' : undefined;
  if (field.type === 'number' && !Number.isFinite(Number(value))) return `"${value}" is not a number`;
  if (field.type === 'integer' && !/^-?\d+$/.test(value)) return `"${value}" is not an integer`;
  if (field.type === 'boolean' && value !== 'true' && value !== 'false') return `"${value}" is not true or false`;
  if (field.constraints?.pattern && !new RegExp(`^(?:${field.constraints.pattern})$`).test(value)) {
    return `"${value}" does not match ${field.constraints.pattern}`;
  }
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `"${value}" is not one of ${field.constraints.enum.join(', ')}`;
  if (field.format === 'uri' && !/^https?:\/\/\S+$/.test(value)) return `"${value}" is not a web address`;
  return undefined;
}

describe.each(csvResources.map((r) => [r.path, r] as const))('%s', (path, resource) => {
  const text = readText(path);
  const rows = readCsv(path);
  const fields = resource.schema!.fields;

  test('is RFC 4180: UTF-8 without a byte-order mark, CRLF after every line, quoting that parses', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
    expect(outsideQuotes).not.toContain('"');
  });

  test('its header row is the schema’s fields, and it has rows', () => {
    expect(rows.columns).toEqual(fields.map((f) => f.name));
    expect(rows.length).toBeGreaterThan(0);
  });

  test('every cell obeys its field’s type and constraints, and the primary key is unique', () => {
    const problems = rows.flatMap((row, i) =>
      fields.flatMap((f) => {
        const problem = cellProblem(f, row[f.name] ?? '');
        return problem ? [`row ${i + 1}, ${f.name}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
    const key = resource.schema!.primaryKey;
    if (key) expect(new Set(rows.map((r) => r[key])).size).toBe(rows.length);
  });
});

describe('the CSV files hold the content', () => {
  test.each(content.charts.map((c) => [c.id, c.data] as const))('charts/%s.csv has the chart’s rows, in order', (id, chart) => {
    const rows = readCsv(`charts/${id}.csv`);
    const lookups = {
      timeline: new Map(content.timeline.map((e) => [e.id, e.data])),
      sources: new Map(content.sources.map((e) => [e.id, e.data])),
    };
    const expected = chartRows(chart, lookups);
    expect(rows.length).toBe(expected.length);
    expected.forEach((row, i) => {
      const range = row.low !== undefined;
      expect(rows[i]).toMatchObject({
        label: row.label,
        value: range || row.value === undefined ? '' : String(row.value),
        low: range ? String(row.low) : '',
        high: range ? String(row.high ?? row.value) : '',
        display: row.display,
        unit: row.unit ?? '',
        source: row.source ?? '',
      });
    });
  });

  test('timeline.csv has every event of content/timeline.yaml, in date order', () => {
    const rows = readCsv('timeline.csv');
    const byId = new Map(content.timeline.map((e) => [e.id, e.data]));
    expect(rows.map((r) => r['id']).sort()).toEqual([...byId.keys()].sort());
    for (const row of rows) {
      const event = byId.get(row['id']!)!;
      expect(row).toMatchObject({
        date: event.date,
        approximate: String(event.approximate),
        title: event.title,
        text: event.text,
        places: event.places.join(';'),
        sources: event.sources.join(';'),
      });
    }
    const dates = rows.map((r) => r['date']!);
    expect(dates).toEqual([...dates].sort());
  });

  test('sources.csv has every entry of content/sources.yaml', () => {
    const rows = readCsv('sources.csv');
    const byId = new Map(content.sources.map((s) => [s.id, s.data]));
    expect(rows.map((r) => r['id']).sort()).toEqual([...byId.keys()].sort());
    for (const row of rows) {
      const s = byId.get(row['id']!)!;
      expect({ ...row }).toEqual({
        id: row['id'],
        title: s.title,
        publisher: s.publisher,
        author: s.author ?? '',
        date: s.date ?? '',
        kind: s.kind,
        url: s.url ?? '',
        read_at: s.readAt ?? '',
        note: s.note ?? '',
      });
    }
  });
});

describe('the GeoJSON files hold the content', () => {
  interface Collection {
    features: { id: string; geometry: { coordinates: number[] | number[][] }; properties: Record<string, unknown> }[];
  }
  const places = JSON.parse(readText('places.geojson')) as Collection;
  const routes = JSON.parse(readText('routes.geojson')) as Collection;
  const coordinatesOf = new Map(content.places.map((p) => [p.id, p.data.coordinates]));

  test('both are valid RFC 7946 GeoJSON', () => {
    expect(geoJsonProblems(places)).toEqual([]);
    expect(geoJsonProblems(routes)).toEqual([]);
  });

  test('places.geojson has every place at its [longitude, latitude]', () => {
    expect(places.features.map((f) => f.id).sort()).toEqual([...coordinatesOf.keys()].sort());
    for (const f of places.features) expect(f.geometry.coordinates, f.id).toEqual(coordinatesOf.get(f.id));
  });

  test('routes.geojson has every route, its line running through its legs’ places', () => {
    expect(routes.features.map((f) => f.id).sort()).toEqual(content.routes.map((r) => r.id).sort());
    for (const route of content.routes) {
      const f = routes.features.find((x) => x.id === route.id)!;
      const ids = [route.data.legs[0]!.from, ...route.data.legs.map((l) => l.to)];
      expect(f.geometry.coordinates, route.id).toEqual(ids.map((id) => coordinatesOf.get(id)));
      expect(f.properties['sources']).toEqual(route.data.sources);
    }
  });
});

describe('the data page', () => {
  const pageFile = join(dataDir, 'index.html');
  const html = readFileSync(pageFile, 'utf8');
  const links = parseHtml(html)
    .elements.filter((e) => e.name === 'a')
    .map((e) => e.attributes.get('href') ?? '')
    .filter((href) => href.startsWith(`${basePath}data/`) && !href.includes('#') && !href.endsWith('/'));
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  test('every download it links exists in dist/', () => {
    expect(links.length).toBeGreaterThan(4);
    const missing = links.filter((href) => {
      const file = distFileOf(href);
      return !file || !existsSync(file);
    });
    expect(missing).toEqual([]);
  });

  test('it links every file of the data package, and datapackage.json itself', () => {
    const linked = new Set(links.map((href) => href.slice(`${basePath}data/`.length)));
    for (const path of [...descriptor.resources.map((r) => r.path), 'datapackage.json']) {
      expect(linked.has(path), `the data page does not link ${path}`).toBe(true);
    }
  });

  test('it shows each file’s real size beside its link', () => {
    const items = html.split(/<li\b/);
    for (const path of [...descriptor.resources.map((r) => r.path), 'datapackage.json']) {
      const size = formatSize(statSync(join(dataDir, path)).size);
      const item = items.find((chunk) => chunk.includes(`href="${basePath}data/${path}"`)) ?? '';
      expect(item.replace(/<[^>]+>/g, ' '), `${path}: ${size} is not shown beside its link`).toContain(size);
    }
  });

  test('it states the licence and links it', () => {
    expect(text).toContain(DATA_LICENCE.title);
    expect(html).toContain(`href="${DATA_LICENCE.url}"`);
  });
});
