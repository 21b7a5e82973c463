/**
 * schema.org JSON-LD in the built pages: every block is valid JSON; the story and each survivor
 * account carry a `NewsArticle` for their canonical address, credited to the project; no page
 * has a `Person`, and no account's pseudonym appears as a name or a byline; the data page's
 * `Dataset` lists every download as a `DataDownload` that exists in dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content';
import { DATA_LICENCE } from '../../src/lib/data/licence';
import { SITE } from '../../src/lib/site';
import { jsonLdBlocks, jsonLdNodes, pseudonymProblems, typesOf } from '../support/json-ld';
import { distDir, distFileOf, distRelative, listFiles, localPathOfDistFile, publicUrlOf, repoRoot, requireBuilt } from '../support/site';

requireBuilt();

const content = loadContentOrThrow(join(repoRoot, process.env.CONTENT_DIR ?? 'content'));
const pseudonyms = content.stories.map((s) => s.data.pseudonym);
const pages = listFiles(distDir, ['.html']).map((file) => ({
  file: distRelative(file),
  url: publicUrlOf(localPathOfDistFile(file)),
  html: readFileSync(file, 'utf8'),
}));
const blocksOf = (file: string) => jsonLdBlocks(pages.find((p) => p.file === file)!.html);

describe('every page', () => {
  test.each(pages.map((p) => [p.file, p] as const))('%s: JSON-LD parses, with no Person and no pseudonym as a name or byline', (_file, page) => {
    const blocks = jsonLdBlocks(page.html);
    for (const block of blocks) expect((block as Record<string, unknown>)['@context']).toBe('https://schema.org');
    expect(pseudonymProblems(blocks, pseudonyms)).toEqual([]);
  });
});

describe('NewsArticle', () => {
  const articles = [
    { file: 'index.html', headline: SITE.title },
    ...content.stories.map((s) => ({ file: `stories/${s.id}/index.html`, headline: s.data.title })),
  ];

  test.each(articles)('$file has one, for its own address, by the project', ({ file, headline }) => {
    const page = pages.find((p) => p.file === file)!;
    const news = jsonLdNodes(jsonLdBlocks(page.html)).filter((n) => typesOf(n).includes('NewsArticle'));
    expect(news.length).toBe(1);
    expect(news[0]).toMatchObject({
      headline,
      datePublished: SITE.published,
      dateModified: SITE.updated,
      isAccessibleForFree: true,
      mainEntityOfPage: { '@id': page.url },
      author: { '@type': 'Organization', name: SITE.title },
      publisher: { '@type': 'Organization', name: SITE.title },
    });
  });
});

describe('Dataset on the data page', () => {
  const dataset = jsonLdNodes(blocksOf('data/index.html')).find((n) => typesOf(n).includes('Dataset'))!;
  const descriptor = JSON.parse(readFileSync(join(distDir, 'data', 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };

  test('exists, with the data licence', () => {
    expect(dataset).toBeDefined();
    expect(dataset['license']).toBe(DATA_LICENCE.url);
  });

  test('lists every download and datapackage.json as a DataDownload that exists in dist/', () => {
    const downloads = (dataset['distribution'] as Record<string, unknown>[]) ?? [];
    const paths = downloads.map((d) => new URL(String(d['contentUrl'])).pathname);
    for (const path of [...descriptor.resources.map((r) => r.path), 'datapackage.json']) {
      expect(paths.some((p) => p.endsWith(`/data/${path}`)), `no DataDownload for ${path}`).toBe(true);
    }
    for (const d of downloads) {
      expect(typesOf(d)).toEqual(['DataDownload']);
      expect(d['license']).toBe(DATA_LICENCE.url);
      expect(String(d['encodingFormat'])).toMatch(/^(text\/csv|application\/(geo\+)?json)$/);
      const file = distFileOf(new URL(String(d['contentUrl'])).pathname);
      expect(file && existsSync(file), `${String(d['contentUrl'])} is not in dist/`).toBe(true);
    }
  });
});
