/** Words for what a survivor was offered, as the facts box of an account says it. */
import type { Story } from '../content/schema';

/** What an account says the person was offered: the job, the pay and where the offer came. */
export type Lure = Pick<Story['lure'], 'job' | 'pay' | 'platform'>;

/** Said when the sources do not say what kind of job it was. */
export const UNKNOWN_JOB = 'A job; the sources do not say what kind.';

/** `text` as a sentence: a capital first letter and a full stop unless it ends with one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The offer in plain sentences, saying what the sources leave out rather than hiding it:
 * `{ pay: 'more than $1,500 a month' }` gives "A job; the sources do not say what kind. Promised
 * more than $1,500 a month."; `{ job: 'Film casting', platform: 'WeChat' }` gives "Film casting.
 * The offer came through WeChat."
 */
export function describeOffer(lure: Lure): string {
  return [
    lure.job ? sentence(lure.job) : UNKNOWN_JOB,
    lure.pay && `Promised ${lure.pay.trim().replace(/\.$/, '')}.`,
    lure.platform && `The offer came through ${lure.platform.trim().replace(/\.$/, '')}.`,
  ]
    .filter(Boolean)
    .join(' ');
}
