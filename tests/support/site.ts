/**
 * Where the built site lives and under which address it is published, for the tests on dist/ and
 * in the browser. Mirrors `astro.config.mjs`: SITE_URL (default https://example.org) is the public
 * origin, BASE_PATH (default `/`) the sub-path the site is served under. Build and test with the
 * same values.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root (the folder holding package.json). */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Absolute path of the built site: DIST_DIR if set (absolute, or relative to the repo root), else
 * `dist/`. DIST_DIR is for the tests on dist/ only: `astro preview` always serves `dist/`.
 */
export const distDir: string = resolve(repoRoot, process.env.DIST_DIR ?? 'dist');

/** The public URL of the site, as `astro.config.mjs` reads it. */
export const siteUrl: URL = new URL(process.env.SITE_URL ?? 'https://example.org');

/** The public origin, e.g. `https://example.org`: canonical and Open Graph URLs must use it. */
export const siteOrigin: string = siteUrl.origin;

/** BASE_PATH with exactly one leading and one trailing slash, e.g. `/` or `/scam-compounds/`. */
export const basePath: string = normaliseBasePath(process.env.BASE_PATH ?? '/');

/** Turns `scam`, `/scam` or `/scam/` into `/scam/`, and an empty string into `/`. */
export function normaliseBasePath(raw: string): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The local path (pathname, BASE_PATH kept) of a public URL of the site, e.g.
 * `https://example.org/scam/stories/x/` becomes `/scam/stories/x/`. Throws, naming the URL, when
 * it is on another origin or outside BASE_PATH, since the sitemap must only list our own pages.
 */
export function localPathOf(publicUrl: string): string {
  const url = new URL(publicUrl);
  if (url.origin !== siteOrigin) {
    throw new Error(
      `${publicUrl} is not on the site's origin ${siteOrigin} (SITE_URL); build and test with the same SITE_URL`,
    );
  }
  if (!url.pathname.startsWith(basePath)) {
    throw new Error(`${publicUrl} is outside BASE_PATH ${basePath}; build and test with the same BASE_PATH`);
  }
  return url.pathname;
}

/**
 * The file in dist/ that `astro preview` serves for a local path (BASE_PATH included):
 * `/scam/stories/x/` gives `<dist>/stories/x/index.html`, `/scam/favicon.svg` gives
 * `<dist>/favicon.svg`. Returns undefined for a path outside BASE_PATH.
 */
export function distFileOf(localPath: string): string | undefined {
  const pathname = localPath.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith(basePath)) return undefined;
  const inside = decodeURIComponent(pathname.slice(basePath.length));
  if (inside === '' || inside.endsWith('/')) return join(distDir, inside, 'index.html');
  return join(distDir, inside);
}

/**
 * The local path at which a built HTML file is served: `<dist>/index.html` gives `/` (plus
 * BASE_PATH), `<dist>/stories/x/index.html` gives `/stories/x/`, `<dist>/404.html` gives `/404.html`.
 */
export function localPathOfDistFile(file: string): string {
  const inside = relative(distDir, file).split(sep).join('/');
  const path =
    inside === 'index.html' ? '' : inside.endsWith('/index.html') ? inside.slice(0, -'index.html'.length) : inside;
  return basePath + path.split('/').map(encodeURIComponent).join('/');
}

/** The public URL of a local path, e.g. `/stories/x/` gives `https://example.org/stories/x/`. */
export function publicUrlOf(localPath: string): string {
  return new URL(localPath, siteOrigin).href;
}

/**
 * Every file under `dir`, recursively, as absolute paths sorted alphabetically, optionally only
 * those whose names end with one of `extensions` (with the dot, e.g. `.html`).
 */
export function listFiles(dir: string, extensions?: readonly string[]): string[] {
  const found: string[] = [];
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (!extensions || extensions.some((ext) => name.toLowerCase().endsWith(ext))) found.push(path);
    }
  };
  visit(dir);
  return found;
}

/** Throws a message telling the reader to build first when dist/ (or a file in it) is missing. */
export function requireBuilt(file = join(distDir, 'index.html')): void {
  if (!existsSync(file)) {
    throw new Error(`${relative(repoRoot, file)} does not exist: build the site first (npm run build)`);
  }
}

/** A path relative to dist/ with forward slashes, for messages: `stories/x/index.html`. */
export function distRelative(file: string): string {
  return relative(distDir, file).split(sep).join('/');
}
