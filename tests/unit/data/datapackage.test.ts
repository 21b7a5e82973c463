/**
 * `datapackage.json`: the descriptor built from the site's content validates against the Data
 * Package v1 rules (`src/lib/data/frictionless.ts`), describes every data file with the right
 * size, checksum and columns, and the validator rejects what the specification forbids.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import { dataPackage } from '../../../src/lib/data/datapackage';
import { byteSize, dataFiles, formatSize } from '../../../src/lib/data/downloads';
import { dataPackageProblems } from '../../../src/lib/data/frictionless';

const content = loadContentOrThrow(join(import.meta.dirname, '../../../content'));
const files = dataFiles({
  places: new Map(content.places.map((p) => [p.id, p.data])),
  routes: new Map(content.routes.map((r) => [r.id, r.data])),
  timeline: content.timeline,
  sources: content.sources,
  charts: content.charts,
});
const descriptor = dataPackage(files, {
  homepage: 'https://example.org/data/',
  siteUrl: 'https://example.org/',
  sources: new Map(content.sources.map((s) => [s.id, s.data])),
});
interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  profile: string;
  bytes: number;
  hash: string;
  schema?: { fields: { name: string; type: string; description: string }[] };
  sources?: { title: string; path?: string }[];
}
const resources = descriptor['resources'] as Resource[];

describe('the descriptor of the site data', () => {
  test('is a valid Data Package', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
  });

  test('has a name, title, licence, sources, a creation date and the data page as homepage', () => {
    expect(descriptor).toMatchObject({
      profile: 'data-package',
      name: 'the-job-was-a-trap',
      homepage: 'https://example.org/data/',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(descriptor['created']).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect((descriptor['sources'] as unknown[]).length).toBeGreaterThan(0);
  });

  test('lists every data file once: places, routes, timeline, bibliography and one CSV per chart', () => {
    expect(resources.map((r) => r.path)).toEqual(files.map((f) => f.path));
    expect(resources.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        'places.geojson',
        'routes.geojson',
        'timeline.csv',
        'sources.csv',
        ...content.charts.map((c) => `charts/${c.id}.csv`),
      ]),
    );
  });

  test('states each file’s size in bytes and its SHA-256', () => {
    for (const file of files) {
      const r = resources.find((x) => x.path === file.path)!;
      expect(r.bytes, file.path).toBe(Buffer.byteLength(file.body, 'utf8'));
      expect(r.hash, file.path).toBe(`sha256:${createHash('sha256').update(file.body).digest('hex')}`);
      expect(r.bytes).toBe(byteSize(file.body));
    }
  });

  test('GeoJSON files are data resources with format geojson; CSV files are tabular with a schema', () => {
    for (const r of resources) {
      if (r.path.endsWith('.geojson'))
        expect(r).toMatchObject({ format: 'geojson', mediatype: 'application/geo+json', profile: 'data-resource' });
      else
        expect(r).toMatchObject({
          format: 'csv',
          mediatype: 'text/csv',
          profile: 'tabular-data-resource',
          encoding: 'utf-8',
        });
    }
  });

  test('each CSV’s header row is its schema’s fields, in order, each with a type and a meaning', () => {
    for (const file of files.filter((f) => f.format === 'csv')) {
      const r = resources.find((x) => x.path === file.path)!;
      expect(csvParse(file.body).columns, file.path).toEqual(r.schema!.fields.map((f) => f.name));
      for (const f of r.schema!.fields) expect(f.description.length, `${file.path}: ${f.name}`).toBeGreaterThan(10);
    }
  });

  test('each chart resource names its sources, with the address of each', () => {
    for (const chart of content.charts) {
      const r = resources.find((x) => x.path === `charts/${chart.id}.csv`)!;
      expect(r.sources?.length, chart.id).toBe(chart.data.sources.length);
      for (const s of r.sources ?? []) expect(s.path).toMatch(/^https?:\/\//);
    }
  });
});

describe('the validator', () => {
  const valid = {
    name: 'p',
    resources: [
      {
        name: 't',
        path: 't.csv',
        profile: 'tabular-data-resource',
        schema: { fields: [{ name: 'id', type: 'string' }], primaryKey: 'id' },
      },
    ],
  };
  const withResource = (patch: Record<string, unknown>) => ({
    ...valid,
    resources: [{ ...valid.resources[0], ...patch }],
  });

  test('accepts a minimal package', () => {
    expect(dataPackageProblems(valid)).toEqual([]);
  });

  test.each([
    ['no resources', { name: 'p' }, 'resources'],
    ['an empty resource list', { resources: [] }, 'at least one resource'],
    ['an upper-case package name', { ...valid, name: 'My Package' }, 'name'],
    ['a created date that is not RFC 3339', { ...valid, created: '1 December 2026' }, 'RFC 3339'],
    [
      'a licence without name or path',
      { ...valid, licenses: [{ title: 'Some licence' }] },
      'a licence needs a name or a path',
    ],
    ['a source without a title', { ...valid, sources: [{ path: 'x' }] }, 'sources.0.title'],
    ['a resource without a name', withResource({ name: undefined }), 'resources.0.name'],
    ['a resource without path or data', withResource({ path: undefined }), 'a resource needs a path or inline data'],
    ['an absolute path', withResource({ path: '/data/t.csv' }), 'relative POSIX path'],
    ['a path that climbs', withResource({ path: 'data/../../etc/passwd' }), 'relative POSIX path'],
    ['a bad media type', withResource({ mediatype: 'csv' }), 'media type'],
    ['a bad hash', withResource({ hash: 'sha256:xyz' }), 'hash'],
    ['a tabular resource without a schema', withResource({ schema: undefined }), 'resources.0.schema'],
    ['an unknown field type', withResource({ schema: { fields: [{ name: 'id', type: 'text' }] } }), 'type'],
    [
      'a string format outside the list',
      withResource({ schema: { fields: [{ name: 'u', type: 'string', format: 'url' }] } }),
      'format',
    ],
    [
      'duplicate field names',
      withResource({ schema: { fields: [{ name: 'a' }, { name: 'a' }] } }),
      'duplicate field name "a"',
    ],
    [
      'a primary key that is no field',
      withResource({ schema: { fields: [{ name: 'a' }], primaryKey: 'id' } }),
      'primaryKey "id" is not a field',
    ],
    [
      'an invalid pattern',
      withResource({ schema: { fields: [{ name: 'a', constraints: { pattern: '(' } }] } }),
      'valid regular expression',
    ],
    [
      'duplicate resource names',
      { ...valid, resources: [valid.resources[0], valid.resources[0]] },
      'duplicate resource name "t"',
    ],
    [
      'a non-tabular resource in a tabular package',
      { ...valid, profile: 'tabular-data-package', resources: [{ name: 'g', path: 'g.geojson', format: 'geojson' }] },
      'must be a tabular-data-resource',
    ],
  ])('rejects %s', (_what, descriptorToCheck, expected) => {
    const problems = dataPackageProblems(descriptorToCheck);
    expect(problems.join('\n')).toContain(expected);
  });
});

describe('sizes as the data page shows them', () => {
  test('bytes below 1000, kB (1000 bytes) with one decimal above', () => {
    expect(formatSize(305)).toBe('305 bytes');
    expect(formatSize(19_485)).toBe('19.5 kB');
    expect(byteSize('ក')).toBe(3);
  });
});
