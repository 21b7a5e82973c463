/**
 * Every built HTML page carries the metadata a reader, a screen reader, a search engine and a
 * social card need (ProPublica's rule: a unique title and description and social tags on every
 * page), and a zoomable viewport.
 *
 * Error pages (404.html, 500.html) are exempt from the canonical link and og:url: they are served
 * at whatever address was mistyped, so any canonical URL they declared would claim that address is
 * a copy of another page. Their title and description must still exist and be unique.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { elementsNamed, metaContent, parseHtml, tokensOf, type ParsedHtml } from '../support/html';
import {
  basePath,
  distDir,
  distFileOf,
  distRelative,
  listFiles,
  localPathOfDistFile,
  publicUrlOf,
  requireBuilt,
  siteOrigin,
} from '../support/site';
import { readSitemapUrls } from '../support/sitemap';

requireBuilt();

interface Page {
  /** Path inside dist/, e.g. `stories/x/index.html`: named in every failure message. */
  readonly file: string;
  /** The address the page is published at, e.g. `https://example.org/stories/x/`. */
  readonly url: string;
  readonly doc: ParsedHtml;
  readonly isErrorPage: boolean;
}

const pages: Page[] = listFiles(distDir, ['.html']).map((path) => {
  const file = distRelative(path);
  return {
    file,
    url: publicUrlOf(localPathOfDistFile(path)),
    doc: parseHtml(readFileSync(path, 'utf8')),
    isErrorPage: /^(404|500)(\/index)?\.html$/.test(file),
  };
});
const sitemapUrls = new Set(readSitemapUrls());

const titleOf = (page: Page): string => (elementsNamed(page.doc, 'title')[0]?.text ?? '').replace(/\s+/g, ' ').trim();
const descriptionOf = (page: Page): string => (metaContent(page.doc, 'name', 'description') ?? '').trim();
const canonicalOf = (page: Page): string | undefined =>
  page.doc.elements.find((element) => element.name === 'link' && tokensOf(element, 'rel').includes('canonical'))?.attributes.get('href');

/** Whether `value` is an absolute http(s) URL on the site's origin. */
const isOwnAbsoluteUrl = (value: string | undefined): boolean => {
  if (!value || !/^https?:\/\//i.test(value)) return false;
  return new URL(value).origin === siteOrigin;
};

test('dist/ has at least one HTML page', () => {
  expect(pages.length, 'no .html file in dist/').toBeGreaterThan(0);
});

describe.each(pages)('$file', (page) => {
  const { file, doc } = page;

  test('declares its language on <html lang>', () => {
    const html = elementsNamed(doc, 'html')[0];
    expect(html, `${file}: no <html> element`).toBeDefined();
    expect(html?.attributes.get('lang')?.trim(), `${file}: <html> has no lang attribute`).toBeTruthy();
  });

  test('has exactly one non-empty <title>', () => {
    expect(elementsNamed(doc, 'title').length, `${file}: number of <title> elements`).toBe(1);
    expect(titleOf(page), `${file}: <title> is empty`).not.toBe('');
  });

  test('has a non-empty meta description', () => {
    expect(descriptionOf(page), `${file}: <meta name="description" content="…"> is missing or empty`).not.toBe('');
  });

  test.skipIf(page.isErrorPage)('links a canonical URL: absolute, on the site origin, and its own address', () => {
    const canonical = canonicalOf(page);
    expect(canonical, `${file}: <link rel="canonical" href="…"> is missing`).toBeDefined();
    expect(isOwnAbsoluteUrl(canonical), `${file}: canonical ${canonical} is not an absolute URL on ${siteOrigin}`).toBe(true);
    if (sitemapUrls.has(page.url)) {
      expect(canonical, `${file}: canonical should be the page's own address`).toBe(page.url);
    }
  });

  test('has Open Graph og:title, og:description, og:type and og:site_name', () => {
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
      expect.soft(metaContent(doc, 'property', property)?.trim(), `${file}: <meta property="${property}" content="…"> is missing or empty`).toBeTruthy();
    }
  });

  test.skipIf(page.isErrorPage)('has an og:url on the site origin, equal to its canonical URL', () => {
    const ogUrl = metaContent(doc, 'property', 'og:url');
    expect(ogUrl, `${file}: <meta property="og:url" content="…"> is missing`).toBeDefined();
    expect(isOwnAbsoluteUrl(ogUrl), `${file}: og:url ${ogUrl} is not an absolute URL on ${siteOrigin}`).toBe(true);
    const canonical = canonicalOf(page);
    if (canonical) expect(ogUrl, `${file}: og:url differs from the canonical URL`).toBe(canonical);
  });

  test('has a twitter:card', () => {
    const card = metaContent(doc, 'name', 'twitter:card') ?? metaContent(doc, 'property', 'twitter:card');
    expect(card?.trim(), `${file}: <meta name="twitter:card" content="…"> is missing or empty`).toBeTruthy();
  });

  test('has a zoomable viewport: width=device-width, no user-scalable=no, no maximum-scale', () => {
    const viewport = metaContent(doc, 'name', 'viewport');
    expect(viewport, `${file}: <meta name="viewport"> is missing`).toBeDefined();
    const settings = (viewport ?? '').toLowerCase().replace(/\s+/g, '');
    expect.soft(settings, `${file}: viewport "${viewport}" lacks width=device-width`).toMatch(/(^|[,;])width=device-width([,;]|$)/);
    expect.soft(settings, `${file}: viewport "${viewport}" disables zoom`).not.toMatch(/user-scalable=(no|0)/);
    expect.soft(settings, `${file}: viewport "${viewport}" caps zoom with maximum-scale`).not.toContain('maximum-scale');
  });

  test('has exactly one <h1>', () => {
    expect(elementsNamed(doc, 'h1').length, `${file}: number of <h1> elements`).toBe(1);
  });

  test('links a favicon that exists in dist/', () => {
    const icons = doc.elements.filter((element) => element.name === 'link' && tokensOf(element, 'rel').includes('icon'));
    expect(icons.length, `${file}: no <link rel="icon" href="…">`).toBeGreaterThan(0);
    for (const icon of icons) {
      const href = icon.attributes.get('href') ?? '';
      const target = new URL(href, page.url);
      expect(target.origin, `${file}: favicon ${href} is not on the site`).toBe(siteOrigin);
      const built = distFileOf(target.pathname);
      expect(built && existsSync(built), `${file}: favicon ${href} is not in dist/ (looked for ${target.pathname} under BASE_PATH ${basePath})`).toBe(true);
    }
  });
});

describe('across pages', () => {
  /** Groups pages by a key and lists every key shared by more than one page. */
  const duplicates = (key: (page: Page) => string): string[] => {
    const byKey = new Map<string, string[]>();
    for (const page of pages) {
      const value = key(page);
      if (value === '') continue;
      byKey.set(value, [...(byKey.get(value) ?? []), page.file]);
    }
    return [...byKey].filter(([, files]) => files.length > 1).map(([value, files]) => `"${value}" on ${files.join(', ')}`);
  };

  test('no two pages share a <title>', () => {
    expect(duplicates(titleOf), 'pages with the same <title>').toEqual([]);
  });

  test('no two pages share a meta description', () => {
    expect(duplicates(descriptionOf), 'pages with the same meta description').toEqual([]);
  });

  test('no two pages share a canonical URL (except embeds, whose canonical is their graphic\'s page)', () => {
    const canonical = (page: Page): string => (page.url.includes('/embed/') ? '' : (canonicalOf(page) ?? ''));
    expect(duplicates(canonical), 'pages with the same canonical URL').toEqual([]);
  });

  test('every sitemap URL has a built page', () => {
    const missing = [...sitemapUrls].filter((url) => {
      const file = distFileOf(new URL(url).pathname);
      return !file || !existsSync(file);
    });
    expect(missing, 'sitemap URLs without a page in dist/').toEqual([]);
  });

  test('every page except error pages and embeds is in the sitemap (so the browser tests visit it)', () => {
    const unlisted = pages
      .filter((page) => !page.isErrorPage && !page.url.includes('/embed/') && !sitemapUrls.has(page.url))
      .map((page) => page.file);
    expect(unlisted, 'pages missing from the sitemap').toEqual([]);
  });

  test('the 404 page exists, since astro preview and most hosts serve dist/404.html for unknown paths', () => {
    expect(existsSync(join(distDir, '404.html')), 'dist/404.html is missing').toBe(true);
  });
});
