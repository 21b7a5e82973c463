/**
 * What the press room gives journalists: embed codes (escaped, with our origin for the parent
 * script), a citation, absolute URLs under a base path, and the social image of each page.
 */
import { describe, expect, test } from 'vitest';
import { embedCodes, escapeAttribute } from '../../../src/lib/graphics/embed-code';
import { citation } from '../../../src/lib/graphics/cite';
import { absoluteUrl, downloadPaths, embedPath, graphicPagePath } from '../../../src/lib/graphics/paths';
import { socialImageFor, STORY_IMAGE } from '../../../src/lib/social/images';

describe('embed codes', () => {
  const codes = embedCodes({
    embedUrl: 'https://news.example/scam/embed/x/',
    parentScriptUrl: 'https://news.example/scam/embed/parent.js',
    origin: 'https://news.example',
    title: 'Sold for "$12,000" & more <b>',
    height: 527.6,
  });

  test('responsive first: the iframe then our parent script, naming our origin', () => {
    expect(codes.map((c) => c.key)).toEqual(['responsive', 'iframe', 'pym']);
    expect(codes[0]?.code).toBe(
      '<iframe src="https://news.example/scam/embed/x/" title="Sold for &quot;$12,000&quot; &amp; more &lt;b&gt;" ' +
        'width="100%" height="528" loading="lazy" style="width:100%;min-width:100%;border:0"></iframe>\n' +
        '<script async src="https://news.example/scam/embed/parent.js" data-embed-origin="https://news.example"></script>',
    );
  });

  test('the plain iframe has no script; the pym variant is the data-pym-src div pym.js looks for', () => {
    expect(codes[1]?.code).not.toContain('<script');
    expect(codes[1]?.code).toMatch(/^<iframe [^>]*><\/iframe>$/);
    expect(codes[2]?.code).toBe('<div data-pym-src="https://news.example/scam/embed/x/"></div>');
  });

  test('attribute escaping', () => {
    expect(escapeAttribute(`a"b&c<d>`)).toBe('a&quot;b&amp;c&lt;d&gt;');
  });
});

describe('addresses', () => {
  test('paths of a graphic, and absolute URLs under a base path', () => {
    expect(embedPath('x')).toBe('/embed/x/');
    expect(graphicPagePath('x')).toBe('/charts/x/');
    expect(downloadPaths('x')).toEqual({ svg: '/charts/x.svg', png: '/charts/x.png', csv: '/charts/x.csv' });
    expect(absoluteUrl('/charts/x/', 'https://news.example', '/scam/')).toBe('https://news.example/scam/charts/x/');
    expect(absoluteUrl('/charts/x/', 'https://news.example', '/')).toBe('https://news.example/charts/x/');
  });
});

describe('citation', () => {
  test('title, kind, site, date and address', () => {
    expect(
      citation({
        title: 'Most came from China',
        kind: 'chart',
        site: 'The job was a trap',
        published: '2026-11-24',
        url: 'https://example.org/charts/x/',
      }),
    ).toBe('“Most came from China” [chart]. The job was a trap, 24 November 2026. https://example.org/charts/x/');
  });
});

describe('social images', () => {
  const index = {
    accounts: new Map([['tao', { headline: 'Told he had been sold', pseudonym: 'Tao' }]]),
    graphics: new Map([['price-of-freedom', { title: 'People were sold', kind: 'chart' as const }]]),
  };

  test('the story, an account and a graphic page have their own card; other pages the story’s', () => {
    expect(socialImageFor('/', index)).toEqual(STORY_IMAGE);
    expect(socialImageFor('/stories/tao/', index)).toEqual({
      path: '/social/account-tao.png',
      alt: 'Survivor account: Told he had been sold. “Tao” is a pseudonym chosen by The job was a trap.',
    });
    expect(socialImageFor('/charts/price-of-freedom/', index).path).toBe('/social/graphic-price-of-freedom.png');
    expect(socialImageFor('/map/', index)).toEqual(STORY_IMAGE);
    expect(socialImageFor('/stories/', index)).toEqual(STORY_IMAGE);
    expect(socialImageFor('/stories/nobody/', index)).toEqual(STORY_IMAGE);
  });
});
