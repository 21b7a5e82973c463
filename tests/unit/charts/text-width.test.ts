/** Text width from the character table: sums advances, errs wide on unknown characters, wraps at spaces. */
import { expect, test } from 'vitest';
import { balanceText, SAFETY, textWidth, wrapText } from '../../../src/lib/charts/text-width';

test('a width is the sum of the advances at the font size, with the safety margin', () => {
  // Noto Sans: "0" is 0.572 em wide, at weight 400 and 600.
  expect(textWidth('00', 10)).toBeCloseTo(2 * 5.72 * SAFETY);
  expect(textWidth('00', 10, 600)).toBeCloseTo(2 * 5.72 * SAFETY);
  expect(textWidth('', 14)).toBe(0);
});

test('wider letters measure wider, and bold wider than regular', () => {
  expect(textWidth('MMMM', 14)).toBeGreaterThan(textWidth('iiii', 14));
  expect(textWidth('Myanmar', 14, 600)).toBeGreaterThan(textWidth('Myanmar', 14));
});

test('a character the table does not know counts as wide', () => {
  expect(textWidth('\u0E01', 10)).toBeGreaterThanOrEqual(textWidth('M', 10));
});

test('text wraps at spaces into lines no wider than asked', () => {
  const text = 'Chinese builder, construction job in Sihanoukville';
  const lines = wrapText(text, 200, 14);
  expect(lines.join(' ')).toBe(text);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(200);
  expect(wrapText('short', 200, 14)).toEqual(['short']);
});

test('a word longer than the line gets a line of its own', () => {
  expect(wrapText('a Sihanoukville b', 20, 14)).toEqual(['a', 'Sihanoukville', 'b']);
});

test('balanced text has as many lines as wrapped text, none of them a lone word after a long line', () => {
  const text = 'Chinese securities analyst: price he was told he was sold for';
  const width = textWidth('Chinese securities analyst: price he was told he was sold', 14) + 1;
  expect(wrapText(text, width, 14).at(-1)).toBe('for');
  const balanced = balanceText(text, width, 14);
  expect(balanced).toHaveLength(2);
  expect(balanced.join(' ')).toBe(text);
  expect(balanced.at(-1)!.split(' ').length).toBeGreaterThan(2);
  expect(balanceText('short', 200, 14)).toEqual(['short']);
});
