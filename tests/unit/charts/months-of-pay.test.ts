/**
 * Months of promised pay a price equals: exact when both figures are plain and the ratio is a
 * whole half month, "about" otherwise, and never more certain than a bounded promise allows.
 */
import { describe, expect, test } from 'vitest';
import { monthCount, monthsOfPay } from '../../../src/lib/charts/months-of-pay';

describe('monthsOfPay', () => {
  test('plain figures that divide to a half month are exact: $10,000 against $800 a month is 12½ months', () => {
    expect(monthsOfPay(10000, { usd: 800 })).toEqual({ months: 12.5, bound: 'exactly', text: '12½ months' });
  });

  test('a promise of "more than" a sum makes the months an upper limit: $12,000 against more than $1,500 is at most 8', () => {
    expect(monthsOfPay(12000, { usd: 1500, bound: 'more-than' })).toEqual({
      months: 8,
      bound: 'at-most',
      text: 'at most 8 months',
    });
  });

  test('an upper limit is rounded up to the half month, so it stays true', () => {
    // 10,000 / 1,800 = 5.56: at most 6, never "at most 5½".
    expect(monthsOfPay(10000, { usd: 1800, bound: 'at-least' }).text).toBe('at most 6 months');
  });

  test('a promise of "up to" a sum makes the months a lower limit, rounded down', () => {
    expect(monthsOfPay(10000, { usd: 1800, bound: 'at-most' }).text).toBe('at least 5½ months');
  });

  test('a ratio that is not a whole half month is rounded and said to be "about"', () => {
    expect(monthsOfPay(10000, { usd: 1800 })).toEqual({ months: 5.5, bound: 'about', text: 'about 5½ months' });
  });

  test('a promise of "about" a sum is "about" even when the ratio divides evenly', () => {
    expect(monthsOfPay(12000, { usd: 1500, bound: 'about' }).text).toBe('about 8 months');
  });

  test('a price or pay of zero is refused', () => {
    expect(() => monthsOfPay(0, { usd: 800 })).toThrow(RangeError);
    expect(() => monthsOfPay(800, { usd: 0 })).toThrow(RangeError);
  });
});

test('month counts read naturally', () => {
  expect(monthCount(1)).toBe('1 month');
  expect(monthCount(0.5)).toBe('half a month');
  expect(monthCount(8)).toBe('8 months');
  expect(monthCount(12.5)).toBe('12½ months');
});
