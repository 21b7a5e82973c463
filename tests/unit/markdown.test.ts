/** Step text is rendered with the same typography as the accounts: curly quotes, real dashes. */
import { expect, test } from 'vitest';
import { renderMarkdown, withHeadingIds } from '../../src/lib/format/markdown';

test('turns straight quotes and apostrophes into typographic ones', () => {
  // marked-smartypants writes the characters as numeric references: “ ” ’.
  expect(renderMarkdown('He said "sold" and it\'s true.')).toBe(
    '<p>He said &#8220;sold&#8221; and it&#8217;s true.</p>\n',
  );
});

test('keeps links and emphasis', () => {
  expect(renderMarkdown('See *the* [report](https://example.org/a).')).toBe(
    '<p>See <em>the</em> <a href="https://example.org/a">report</a>.</p>\n',
  );
});

test('gives headings ids made from their words, as Astro does', () => {
  expect(withHeadingIds(renderMarkdown("## What we don't know\n\nText."))).toBe(
    '<h2 id="what-we-dont-know">What we don&#8217;t know</h2>\n<p>Text.</p>\n',
  );
});

test('keeps a phone number in a tel: link on one line (non-breaking spaces and hyphens)', () => {
  expect(renderMarkdown('Call [+66 99 130 1300](tel:+66991301300) or [1-888-373-7888](tel:+18883737888).')).toBe(
    '<p>Call <a href="tel:+66991301300">+66\u00a099\u00a0130\u00a01300</a> or ' +
      '<a href="tel:+18883737888">1\u2011888\u2011373\u20117888</a>.</p>\n',
  );
});
