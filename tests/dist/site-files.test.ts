/** The files around the pages: robots.txt points at the sitemap, and the sitemap lists our pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, distFileOf, requireBuilt, siteOrigin } from '../support/site';
import { readSitemapUrls } from '../support/sitemap';

requireBuilt();

describe('robots.txt', () => {
  const path = join(distDir, 'robots.txt');

  test('exists in dist/', () => {
    expect(existsSync(path), 'dist/robots.txt is missing (put it in public/ or generate it)').toBe(true);
  });

  test('names the sitemap index by its absolute URL on the site origin, and that file exists', () => {
    const robots = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const sitemaps = [...robots.matchAll(/^\s*sitemap\s*:\s*(\S+)\s*$/gim)].map((match) => match[1] ?? '');
    expect(sitemaps, 'dist/robots.txt has no "Sitemap: https://…/sitemap-index.xml" line').not.toEqual([]);
    for (const url of sitemaps) {
      expect(url, `robots.txt Sitemap ${url} must be absolute on ${siteOrigin}`).toMatch(new RegExp(`^${siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
      expect(url, `robots.txt Sitemap ${url} should point at the sitemap index`).toMatch(/\/sitemap-index\.xml$/);
      const file = distFileOf(new URL(url).pathname);
      expect(file && existsSync(file), `robots.txt names ${url}, but dist/ has no such file`).toBe(true);
    }
  });
});

describe('sitemap', () => {
  test('dist/sitemap-index.xml exists', () => {
    expect(existsSync(join(distDir, 'sitemap-index.xml')), 'dist/sitemap-index.xml is missing').toBe(true);
  });

  test('lists at least the home page, every URL on the site origin', () => {
    const urls = readSitemapUrls();
    expect(urls.length, 'the sitemap lists no page').toBeGreaterThan(0);
    expect(urls.filter((url) => new URL(url).origin !== siteOrigin), `sitemap URLs not on ${siteOrigin} (SITE_URL)`).toEqual([]);
  });
});
