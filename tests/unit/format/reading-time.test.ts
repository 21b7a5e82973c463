import { expect, test } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/format/reading-time';

test('counts words, not link targets or markup', () => {
  expect(countWords('Held in [scam compounds](glossary:scam-compound), **not** paid.')).toBe(6);
  expect(countWords('  ')).toBe(0);
});

test('minutes: at least one, nearest minute up to ten, then nearest five', () => {
  expect(readingMinutes(50)).toBe(1);
  expect(readingMinutes(1000)).toBe(5);
  expect(readingMinutes(4400)).toBe(20);
  expect(readingMinutes(5600)).toBe(30);
});
