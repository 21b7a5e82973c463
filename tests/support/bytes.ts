/**
 * What a file of the built site weighs on the wire, and what kind of resource a URL is: one
 * implementation for the byte budgets in `npm test` (tests/dist, tests/e2e) and for
 * `npm run bench` and its static server (tests/bench). Text is served gzip-compressed at zlib's
 * default level 6; fonts and images are sent as they are. Sizes are in kB of 1000 bytes.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip level our budgets assume: zlib's default, what most static hosts use. */
export const GZIP_LEVEL = 6;

/** One kB: budgets and tables count in kB of 1000 bytes. */
export const KB = 1000;

/** The kinds of resource the tables and budgets add up, in table order. */
export const RESOURCE_KINDS = ['HTML', 'CSS', 'JS', 'font', 'data', 'image', 'other'] as const;

/** One kind of resource: HTML, CSS, JS, font, data (JSON), image or other. */
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Bytes per kind of resource, plus their total. */
export type BytesByKind = Record<ResourceKind | 'total', number>;

interface FileType {
  readonly contentType: string;
  readonly kind: ResourceKind;
  /** Whether the server gzips it (text formats). */
  readonly compressible: boolean;
}

const text = (contentType: string, kind: ResourceKind): FileType => ({ contentType, kind, compressible: true });
const binary = (contentType: string, kind: ResourceKind): FileType => ({ contentType, kind, compressible: false });

/** File types by extension (lower case, with the dot). */
const FILE_TYPES: Readonly<Record<string, FileType>> = {
  '.html': text('text/html; charset=utf-8', 'HTML'),
  '.css': text('text/css; charset=utf-8', 'CSS'),
  '.js': text('text/javascript; charset=utf-8', 'JS'),
  '.mjs': text('text/javascript; charset=utf-8', 'JS'),
  '.json': text('application/json; charset=utf-8', 'data'),
  '.geojson': text('application/geo+json; charset=utf-8', 'data'),
  '.webmanifest': text('application/manifest+json; charset=utf-8', 'other'),
  '.svg': text('image/svg+xml; charset=utf-8', 'image'),
  '.xml': text('application/xml; charset=utf-8', 'other'),
  '.txt': text('text/plain; charset=utf-8', 'other'),
  '.woff2': binary('font/woff2', 'font'),
  '.woff': binary('font/woff', 'font'),
  '.ttf': binary('font/ttf', 'font'),
  '.otf': binary('font/otf', 'font'),
  '.png': binary('image/png', 'image'),
  '.jpg': binary('image/jpeg', 'image'),
  '.jpeg': binary('image/jpeg', 'image'),
  '.webp': binary('image/webp', 'image'),
  '.avif': binary('image/avif', 'image'),
  '.gif': binary('image/gif', 'image'),
  '.ico': binary('image/x-icon', 'image'),
  '.pbf': binary('application/x-protobuf', 'data'),
  '.wasm': binary('application/wasm', 'other'),
};

/** The extension of a file path or URL path, lower case with the dot (`''` for none). */
function extensionOf(path: string): string {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return extname(pathname).toLowerCase();
}

/** The Content-Type to serve a file with, from its extension (`application/octet-stream` if unknown). */
export function contentTypeOf(path: string): string {
  return FILE_TYPES[extensionOf(path)]?.contentType ?? 'application/octet-stream';
}

/** Whether a file is text that the server gzips (HTML, CSS, JS, JSON, SVG, XML, plain text). */
export function isCompressible(path: string): boolean {
  return FILE_TYPES[extensionOf(path)]?.compressible ?? false;
}

/**
 * The kind of resource at a URL (absolute, or a path): from the extension of its path, else a
 * path ending in `/` is a page (HTML), else from the response's MIME type when known.
 */
export function kindOf(url: string, mimeType = ''): ResourceKind {
  const pathname = url.startsWith('data:') ? '' : new URL(url, 'http://localhost/').pathname;
  const byExtension = FILE_TYPES[extensionOf(pathname)];
  if (byExtension) return byExtension.kind;
  if (pathname.endsWith('/')) return 'HTML';
  const mime = mimeType.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (mime === 'text/html') return 'HTML';
  if (mime === 'text/css') return 'CSS';
  if (mime.includes('javascript')) return 'JS';
  if (mime.startsWith('font/') || mime.includes('font')) return 'font';
  if (mime.includes('json') || mime === 'application/x-protobuf') return 'data';
  if (mime.startsWith('image/')) return 'image';
  return 'other';
}

/** Whether a URL is MapLibre's code or style: `maplibre-gl*.js`, its worker, `maplibre-gl*.css`. */
export function isMapLibreUrl(url: string): boolean {
  return /(^|\/)maplibre-gl[^/]*\.(m?js|css)([?#]|$)/i.test(url);
}

/** Whether a URL is basemap data for the live map (`/data/basemap-*.json`). */
export function isBasemapUrl(url: string): boolean {
  return /\/data\/basemap-[^/]*\.json([?#]|$)/i.test(url);
}

/** Size of `bytes` gzip-compressed at {@link GZIP_LEVEL}. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: GZIP_LEVEL }).length;
}

const servedSizes = new Map<string, { mtimeMs: number; size: number; bytes: number }>();

/**
 * The bytes a file costs on the wire when served like our hosts do: gzip at level 6 for text
 * ({@link isCompressible}), its own size otherwise (fonts, images). Memoised per file until it
 * changes. Response headers are not counted.
 */
export function servedSize(file: string): number {
  const { mtimeMs, size } = statSync(file);
  const cached = servedSizes.get(file);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.bytes;
  const bytes = isCompressible(file) ? gzipSize(readFileSync(file)) : size;
  servedSizes.set(file, { mtimeMs, size, bytes });
  return bytes;
}

/** A zero for every kind, and a zero total. */
export function emptyBytesByKind(): BytesByKind {
  return { HTML: 0, CSS: 0, JS: 0, font: 0, data: 0, image: 0, other: 0, total: 0 };
}

/** Adds up `(kind, bytes)` pairs by kind, with their total. */
export function sumByKind(items: Iterable<{ readonly kind: ResourceKind; readonly bytes: number }>): BytesByKind {
  const sums = emptyBytesByKind();
  for (const { kind, bytes } of items) {
    sums[kind] += bytes;
    sums.total += bytes;
  }
  return sums;
}

/** Bytes as kB with one decimal, without unit: `12345` gives `12.3`. */
export function formatKb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}
