/** The text statistics editors rely on behave as documented. */
import { describe, expect, test } from 'vitest';
import { fleschKincaidGrade, markdownToPlain, sentenceCount, words } from '../../src/lib/text/readability';

describe('words', () => {
  test('counts words, keeping numbers and hyphenated words whole', () => {
    expect(words('He was sold for $12,000 to a scam-compound boss.')).toHaveLength(9);
  });
});

describe('sentenceCount', () => {
  test('counts sentence ends, and never returns zero', () => {
    expect(sentenceCount('One. Two? Three!')).toBe(3);
    expect(sentenceCount('no end mark')).toBe(1);
  });
});

describe('markdownToPlain', () => {
  test('keeps link text and drops the link target and emphasis', () => {
    expect(markdownToPlain('See **the** [report](https://example.org).')).toBe('See the report.');
  });
});

describe('fleschKincaidGrade', () => {
  test('rates short plain sentences low and long Latinate ones high', () => {
    const plain = 'The man took the job. He went by car. They took his phone.';
    const dense =
      'Transnational organised criminal syndicates systematically exploit undocumented migrants through coercive contractual indebtedness, institutional corruption and jurisdictional fragmentation.';
    expect(fleschKincaidGrade(plain)).toBeLessThan(3);
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(16);
  });
});
