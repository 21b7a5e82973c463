/**
 * The helper behind the built-site test that every phone number on /help/ and in the last chapter
 * is a tap-to-call link (tests/dist/help-links.test.ts): it must find a bare number, and must not
 * mistake dates, counts or money for one.
 */
import { describe, expect, test } from 'vitest';
import { phoneLikeNumbers, regionText } from '../support/phone-numbers';

describe('phoneLikeNumbers', () => {
  test('finds numbers to call or text', () => {
    expect(phoneLikeNumbers('Call 117, or 1300 inside Thailand.')).toEqual(['117', '1300']);
    expect(phoneLikeNumbers('Abroad: +66 99 130 1300. In the US: 1-888-373-7888, or text 233733.')).toEqual([
      '+66 99 130 1300',
      '1-888-373-7888',
      '233733',
    ]);
  });

  test('leaves out dates, years, counts, money and decimals', () => {
    expect(
      phoneLikeNumbers(
        'On 31 August 2022, from 19 to 22 September, 24 hours a day, in more than 200 languages, ' +
          'more than 2,700 organisations, $2,000 a month, US$10,000, $43.8 billion, Tier 3, 771 people.',
      ),
    ).toEqual([]);
  });
});

describe('regionText', () => {
  const page = `<html><body><p>Outside: 999</p>
    <article><h2 id="a">A</h2><p>Call <a href="tel:117">117</a> or 1300.</p>
      <p>(<a href="../sources/#source-x">1343 Actionline</a>)</p><p class="source-line">Source: 1343</p>
      <svg><text>2000</text></svg></article><p>After: 888</p></body></html>`;
  const region = regionText(page, (name) => name === 'article');

  test('reads only the region, without citations, source lines or SVG', () => {
    expect(region.found).toBe(true);
    expect(phoneLikeNumbers(region.outside)).toEqual(['1300']);
  });

  test('collects the phone links and their text', () => {
    expect(region.links).toEqual([{ href: 'tel:117', text: '117' }]);
  });

  test('says when the region is missing', () => {
    expect(regionText(page, (name) => name === 'main').found).toBe(false);
  });
});
