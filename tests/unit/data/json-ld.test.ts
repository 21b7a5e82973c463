/**
 * The schema.org builders: a `NewsArticle` credits the project, never a person, so a survivor's
 * pseudonym can never pose as a byline; dates are the site's; a `Dataset` lists its files as
 * `DataDownload`s; and serialising escapes what could end the script element.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import { SITE } from '../../../src/lib/site';
import {
  dataDownload,
  dataset,
  imageObject,
  MAX_HEADLINE,
  newsArticle,
  serializeJsonLd,
} from '../../../src/lib/seo/json-ld';
import { jsonLdBlocks, pseudonymProblems } from '../../support/json-ld';

const siteUrl = 'https://example.org/';
const stories = loadContentOrThrow(join(import.meta.dirname, '../../../content')).stories;
const pseudonyms = stories.map((s) => s.data.pseudonym);

describe('newsArticle', () => {
  const article = newsArticle({
    url: `${siteUrl}stories/chen/`,
    siteUrl,
    headline: 'A headline',
    description: 'A description.',
  });

  test('has a headline, description, the site’s dates, language, free access and the page as main entity', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      description: 'A description.',
      datePublished: SITE.published,
      dateModified: SITE.updated,
      inLanguage: 'en-GB',
      isAccessibleForFree: true,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${siteUrl}stories/chen/` },
    });
    expect(String(article['dateModified']) >= String(article['datePublished'])).toBe(true);
  });

  test('its author and publisher are the project, an Organization', () => {
    expect(article['author']).toEqual({ '@type': 'Organization', name: SITE.title, url: siteUrl });
    expect(article['publisher']).toEqual(article['author']);
  });

  test('a headline over 110 characters gives way to the short headline', () => {
    const long = 'x'.repeat(MAX_HEADLINE + 1);
    expect(
      newsArticle({ url: siteUrl, siteUrl, headline: long, shortHeadline: 'Short', description: 'd' })['headline'],
    ).toBe('Short');
    expect(
      (newsArticle({ url: siteUrl, siteUrl, headline: long, description: 'd' })['headline'] as string).length,
    ).toBe(MAX_HEADLINE);
  });

  test.each(stories.map((s) => [s.id, s] as const))(
    'the account %s: no Person, no pseudonym as a name or a byline',
    (id, story) => {
      const data = newsArticle({
        url: `${siteUrl}stories/${id}/`,
        siteUrl,
        headline: story.data.title,
        shortHeadline: story.data.headline,
        description: story.data.dek,
      });
      expect(pseudonymProblems(data, pseudonyms)).toEqual([]);
      expect(String(data['headline']).length).toBeLessThanOrEqual(MAX_HEADLINE);
    },
  );
});

describe('the pseudonym rule itself', () => {
  test('catches a Person, a person as author, and a pseudonym as a name', () => {
    const byline = { '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Chen' } };
    expect(pseudonymProblems(byline, ['Chen'])).toEqual([
      'author is not an Organization: {"@type":"Person","name":"Chen"}',
      'a Person node: {"@type":"Person","name":"Chen"}',
      'name is the pseudonym "Chen"',
    ]);
    expect(pseudonymProblems({ '@type': 'NewsArticle', about: { '@type': 'Thing', name: 'chen' } }, ['Chen'])).toEqual([
      'name is the pseudonym "chen"',
    ]);
    expect(pseudonymProblems({ '@type': 'NewsArticle', author: 'Chen' }, ['Chen'])).toEqual([
      'author is not an Organization: "Chen"',
    ]);
  });
});

describe('dataset', () => {
  test('lists each file as a DataDownload with its format, address and licence', () => {
    const data = dataset({
      url: `${siteUrl}data/`,
      siteUrl,
      name: 'Data',
      description: 'A description of at least fifty characters, as Google asks for.',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2017/2026',
      spatialCoverage: 'Southeast Asia',
      distribution: [
        dataDownload({
          name: 'Places',
          contentUrl: `${siteUrl}data/places.geojson`,
          encodingFormat: 'application/geo+json',
          bytes: 1234,
          license: 'https://creativecommons.org/licenses/by/4.0/',
        }),
      ],
    });
    expect(data).toMatchObject({
      '@type': 'Dataset',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: SITE.title },
      temporalCoverage: '2017/2026',
      spatialCoverage: { '@type': 'Place', name: 'Southeast Asia' },
      distribution: [
        {
          '@type': 'DataDownload',
          contentUrl: `${siteUrl}data/places.geojson`,
          encodingFormat: 'application/geo+json',
          contentSize: '1234 B',
          license: 'https://creativecommons.org/licenses/by/4.0/',
        },
      ],
    });
    expect(pseudonymProblems(data, pseudonyms)).toEqual([]);
  });
});

describe('imageObject', () => {
  test('credits the project', () => {
    const data = imageObject({
      contentUrl: `${siteUrl}charts/x.png`,
      url: `${siteUrl}charts/x/`,
      siteUrl,
      name: 'A chart',
      description: 'What it shows.',
    });
    expect(data).toMatchObject({
      '@type': 'ImageObject',
      creditText: SITE.title,
      creator: { '@type': 'Organization' },
    });
    expect(pseudonymProblems(data, pseudonyms)).toEqual([]);
  });
});

describe('serializeJsonLd', () => {
  const hostile = newsArticle({
    url: siteUrl,
    siteUrl,
    headline: 'Ends </script><script>alert(1)</script> & <!-- opens',
    description: 'Line\u2028separator and \u2029paragraph',
  });
  const text = serializeJsonLd(hostile);

  test('leaves no <, > or & that could close the script or open a comment', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  test('parses back to exactly the same data, also when read from a page', () => {
    expect(JSON.parse(text)).toEqual(hostile);
    const html = `<html><head><script type="application/ld+json">${text}</script></head><body></body></html>`;
    expect(jsonLdBlocks(html)).toEqual([hostile]);
  });
});
