/**
 * Reads the sitemap that @astrojs/sitemap wrote into dist/, so the tests cover whatever pages the
 * site has without a hand-kept list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir, distFileOf, localPathOf, repoRoot } from './site';

/** Decodes the five predefined XML entities and numeric character references. */
export function decodeXmlText(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text
    .replace(/^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/, '$1')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
      if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return named[ref.toLowerCase()] ?? whole;
    })
    .trim();
}

/**
 * The text of every `<loc>` element of a sitemap or sitemap index, in document order. Only plain
 * `<loc>` counts: namespaced ones such as `<image:loc>` name images, not pages.
 */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([\s\S]*?)<\/loc>/g)].map((match) => decodeXmlText(match[1] ?? ''));
}

/**
 * Every page URL listed in the built sitemap: dist/sitemap-index.xml, then each sitemap it lists.
 * Public URLs (on SITE_URL's origin), without duplicates, in sitemap order. Throws a message
 * naming the missing file when the site has not been built or a listed sitemap is missing.
 */
export function readSitemapUrls(indexFile: string = join(distDir, 'sitemap-index.xml')): string[] {
  if (!existsSync(indexFile)) {
    throw new Error(`${relative(repoRoot, indexFile)} does not exist: build the site first (npm run build)`);
  }
  const index = readFileSync(indexFile, 'utf8');
  if (!/<sitemapindex[\s>]/.test(index)) return [...new Set(sitemapLocs(index))];
  const pages: string[] = [];
  for (const sitemapUrl of sitemapLocs(index)) {
    const file = distFileOf(localPathOf(sitemapUrl));
    if (!file || !existsSync(file)) {
      throw new Error(`${relative(repoRoot, indexFile)} lists ${sitemapUrl}, but dist/ has no such file`);
    }
    pages.push(...sitemapLocs(readFileSync(file, 'utf8')));
  }
  return [...new Set(pages)];
}

/** The local paths (BASE_PATH kept, e.g. `/stories/x/`) of every page in the built sitemap. */
export function readSitemapPaths(): string[] {
  return readSitemapUrls().map(localPathOf);
}
