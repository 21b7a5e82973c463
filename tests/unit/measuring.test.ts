/**
 * The measuring tools behind the byte budgets and `npm run bench`: how a URL is classified and
 * weighed, how static imports are found in built JS, the table printer, medians, and the bench's
 * static server (gzip, content types, folders, 404, paths outside the site).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../bench/static-server';
import { median, medianFigures } from '../bench/stats';
import { contentTypeOf, gzipSize, isBasemapUrl, isMapLibreUrl, kindOf, servedSize, sumByKind } from '../support/bytes';
import { staticImports } from '../support/eager-assets';
import { formatTable } from '../support/table';

describe('kindOf', () => {
  test.each([
    ['http://127.0.0.1:4321/', '', 'HTML'],
    ['/stories/tao/', '', 'HTML'],
    ['/_astro/BaseLayout.x1.css', '', 'CSS'],
    ['/_astro/index.x1.js?v=1', '', 'JS'],
    ['/_astro/maplibre-gl-worker.x1.mjs', '', 'JS'],
    ['/_astro/noto-sans-latin.x1.woff2', '', 'font'],
    ['/data/places.json', '', 'data'],
    ['/maps/abc.svg', '', 'image'],
    ['/photo.webp', '', 'image'],
    ['/sitemap-index.xml', '', 'other'],
    ['/api/thing', 'application/json; charset=utf-8', 'data'],
    ['/api/page', 'text/html', 'HTML'],
    ['/api/blob', 'application/octet-stream', 'other'],
  ])('%s (%s) is %s', (url, mime, kind) => {
    expect(kindOf(url, mime)).toBe(kind);
  });
});

test('MapLibre files and basemaps are recognised, and nothing else', () => {
  const mapLibre = [
    '/_astro/maplibre-gl.BUwiJpK_.js',
    '/_astro/maplibre-gl-worker.CZtFQQIV.mjs',
    'http://h/_astro/maplibre-gl.8qRUISz9.css?x',
  ];
  const other = ['/_astro/load-maplibre.DyzdKH2d.js', '/_astro/live-map.js', '/data/places.json'];
  expect(mapLibre.filter(isMapLibreUrl)).toEqual(mapLibre);
  expect(other.filter(isMapLibreUrl)).toEqual([]);
  expect(['/data/basemap-world.json', '/base/data/basemap-town.json'].every(isBasemapUrl)).toBe(true);
  expect(['/data/places.json', '/basemap-world.json'].some(isBasemapUrl)).toBe(false);
});

test('content types for what the site serves', () => {
  expect(contentTypeOf('/a/index.html')).toBe('text/html; charset=utf-8');
  expect(contentTypeOf('x.mjs')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeOf('x.woff2')).toBe('font/woff2');
  expect(contentTypeOf('x.geojson')).toBe('application/geo+json; charset=utf-8');
  expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
});

describe('servedSize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'measuring-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('is the gzip size for text and the file size for fonts', () => {
    const text = Buffer.from('<p>repeat</p>'.repeat(1000));
    writeFileSync(join(dir, 'a.html'), text);
    writeFileSync(join(dir, 'a.woff2'), text);
    expect(servedSize(join(dir, 'a.html'))).toBe(gzipSize(text));
    expect(servedSize(join(dir, 'a.html'))).toBeLessThan(200);
    expect(servedSize(join(dir, 'a.woff2'))).toBe(text.length);
  });

  test('follows a file that changes', () => {
    const file = join(dir, 'b.css');
    writeFileSync(file, 'a{}');
    const small = servedSize(file);
    writeFileSync(file, 'a{color:red}'.repeat(50) + Math.random().toString(36).repeat(20));
    expect(servedSize(file)).toBeGreaterThan(small);
  });
});

test('sumByKind adds up each kind and the total', () => {
  const sums = sumByKind([
    { kind: 'JS', bytes: 10 },
    { kind: 'font', bytes: 5 },
    { kind: 'JS', bytes: 1 },
  ]);
  expect(sums).toMatchObject({ JS: 11, font: 5, HTML: 0, total: 16 });
});

test('staticImports finds static imports and re-exports, not dynamic imports', () => {
  const code =
    'import{a as e,n as t}from"./load-maplibre.js";import"./side.js";import*as z from"../up.js";' +
    'export*from\'./all.js\';export{c}from"./some.js";export{q as default};' +
    'const important=1;e.reimport("./no.js");import(`./live-map.js`);import("./dyn.js");new URL("w.js",import.meta.url)';
  expect(staticImports(code)).toEqual(['./load-maplibre.js', './side.js', '../up.js', './all.js', './some.js']);
});

test('formatTable pads columns, text left and figures right', () => {
  expect(
    formatTable(
      ['page', 'kB'],
      [
        ['/', '12.5'],
        ['/map/', '3.0'],
      ],
    ),
  ).toBe(['| page  |   kB |', '|-------|-----:|', '| /     | 12.5 |', '| /map/ |  3.0 |'].join('\n'));
});

test('median of odd and even counts, and of Lighthouse runs field by field', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
  const run = (performance: number, lcp: number) => ({
    performance,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    fcp: 900,
    lcp,
    tbt: 0,
    cls: 0,
  });
  expect(medianFigures([run(90, 3000), run(70, 2000), run(80, 2500)])).toMatchObject({ performance: 80, lcp: 2500 });
});

describe('the bench static server', () => {
  let parent = '';
  let server: StaticServer;

  /** GET `path` (sent as written) with the given Accept-Encoding; returns status, headers and the raw body. */
  const get = (path: string, encoding = 'gzip, deflate') =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        const { hostname, port } = new URL(server.url);
        const options = { hostname, port, path, headers: { 'Accept-Encoding': encoding } };
        const req = request(options, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'bench-server-'));
    const root = join(parent, 'site');
    mkdirSync(join(root, 'map'), { recursive: true });
    mkdirSync(join(root, '_astro'));
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>'.repeat(100));
    writeFileSync(join(root, 'map', 'index.html'), '<h1>map</h1>');
    writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
    writeFileSync(join(root, '_astro', 'font.x1.woff2'), 'not really a font');
    writeFileSync(join(root, 'data.geojson'), '{"type":"FeatureCollection","features":[]}');
    writeFileSync(join(parent, 'outside-the-site.txt'), 'secret');
    server = await serveStatic({ root });
  });
  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  test('serves a folder as its index.html, gzip-compressed when accepted', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString()).toBe('<h1>home</h1>'.repeat(100));
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    const plain = await get('/map/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('<h1>map</h1>');
  });

  test('redirects a folder without its slash', async () => {
    const response = await get('/map');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/map/');
  });

  test('sends fonts as they are, cacheable, and compresses GeoJSON', async () => {
    const font = await get('/_astro/font.x1.woff2');
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers['cache-control']).toContain('immutable');
    const data = await get('/data.geojson');
    expect(data.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(data.headers['content-encoding']).toBe('gzip');
  });

  test('answers 404 with 404.html, also for paths that climb out of the site', async () => {
    for (const path of ['/nothing/here/', '/%2e%2e%2foutside-the-site.txt', '/..%2Foutside-the-site.txt']) {
      const response = await get(path, 'identity');
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toBe('<h1>not found</h1>');
    }
  });
});
