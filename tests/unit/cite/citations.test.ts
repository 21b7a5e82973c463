/**
 * "Cite this" references against examples written out by hand from the style guides' patterns
 * for a web page by an organisation (APA 7: Author. (Year, Month Day). Title. Site. URL;
 * MLA 9: Author. "Title." Site, Day Mon. Year, URL.; Chicago author-date: Author. Year. "Title."
 * Site, Month Day. URL.).
 */
import { describe, expect, test } from 'vitest';
import { citations, toCsl, type CitedWork } from '../../../src/lib/cite/citations';

const account: CitedWork = {
  key: 'story-tao',
  title: 'Told he had been sold for $12,000',
  siteTitle: 'The job was a trap',
  author: 'The job was a trap contributors',
  url: 'https://example.org/stories/tao/',
  published: '2026-11-24',
};

describe('citations', () => {
  // The first call parses the three styles (a few seconds on a busy machine).
  const refs = citations(account);

  test('APA 7', { timeout: 30_000 }, () => {
    expect(refs.apa).toBe(
      'The job was a trap contributors. (2026, November 24). Told he had been sold for $12,000. The Job Was a Trap. https://example.org/stories/tao/',
    );
  });

  test('MLA 9', () => {
    expect(refs.mla).toBe(
      'The job was a trap contributors. “Told He Had Been Sold for $12,000.” The Job Was a Trap, 24 Nov. 2026, https://example.org/stories/tao/.',
    );
  });

  test('Chicago author-date', () => {
    expect(refs.chicago).toBe(
      'The job was a trap contributors. 2026. “Told He Had Been Sold for $12,000.” The Job Was a Trap, November 24. https://example.org/stories/tao/.',
    );
  });

  test('BibTeX: our key (hyphens made underscores), the organisation braced, the dollar escaped', () => {
    expect(refs.bibtex.split('\n')[0]).toBe('@misc{story_tao,');
    expect(refs.bibtex).toContain('author = {{The job was a trap contributors}}');
    expect(refs.bibtex).toContain('title = {Told he had been sold for \\textdollar{}12,000}');
    expect(refs.bibtex).toContain('url = {https://example.org/stories/tao/}');
    expect(refs.bibtex).toContain('year = {2026}');
  });

  test('a graphic is typed as one, and the date is split into parts', () => {
    const csl = toCsl({ ...account, kind: 'graphic' });
    expect(csl.type).toBe('graphic');
    expect(csl.issued).toEqual({ 'date-parts': [[2026, 11, 24]] });
    expect(csl.author).toEqual([{ literal: 'The job was a trap contributors' }]);
  });
});
