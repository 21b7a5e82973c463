/**
 * "Promise against price": how many months of the pay a person was promised the price put on
 * them equals, said no more precisely and no more surely than the two figures allow.
 *
 * - Both figures plain: the ratio to the nearest half month, "about" when that rounds
 *   (`12,000 / 1,500` is "8 months"; `10,000 / 800` is "12½ months"; `10,000 / 1,800` is
 *   "about 5½ months").
 * - A promise of "more than" (or "at least") a sum: the true pay was higher, so the price is at
 *   most that many months, rounded up to the half month ("at most 8 months").
 * - A promise of "up to" a sum: the price is at least that many months, rounded down.
 */
import type { Bound } from '../content/schema';

/** The result: the figure, how it is bounded, and the phrase that says it. */
export interface MonthsOfPay {
  /** Months, to the half month. */
  months: number;
  /** How `months` relates to the truth: exactly, about, at most or at least. */
  bound: 'exactly' | 'about' | 'at-most' | 'at-least';
  /** `at most 8 months`, `12½ months`, `about 5½ months`. */
  text: string;
}

/** Tolerance for floating point when a ratio is a whole number of half months. */
const EPSILON = 1e-9;

/** How many months of pay promised at `pay.usd` a month (bounded as the source says) a price of `priceUsd` equals. */
export function monthsOfPay(priceUsd: number, pay: { usd: number; bound?: Bound | undefined }): MonthsOfPay {
  if (!(priceUsd > 0) || !(pay.usd > 0)) throw new RangeError('monthsOfPay: price and pay must be more than 0');
  const ratio = priceUsd / pay.usd;
  const halves = ratio * 2;
  const whole = Math.abs(halves - Math.round(halves)) < EPSILON;
  let months: number;
  let bound: MonthsOfPay['bound'];
  if (pay.bound === 'more-than' || pay.bound === 'at-least') {
    months = Math.ceil(halves - EPSILON) / 2;
    bound = 'at-most';
  } else if (pay.bound === 'at-most') {
    months = Math.max(0.5, Math.floor(halves + EPSILON) / 2);
    bound = 'at-least';
  } else {
    months = Math.max(0.5, Math.round(halves) / 2);
    bound = whole && pay.bound === undefined ? 'exactly' : 'about';
  }
  const lead = { exactly: '', about: 'about ', 'at-most': 'at most ', 'at-least': 'at least ' }[bound];
  return { months, bound, text: `${lead}${monthCount(months)}` };
}

/** `8 months`, `12½ months`, `1 month`, `half a month`. */
export function monthCount(months: number): string {
  if (months === 0.5) return 'half a month';
  const whole = Math.floor(months);
  const figure = `${whole}${months - whole >= 0.5 ? '½' : ''}`;
  return `${figure} ${months === 1 ? 'month' : 'months'}`;
}
