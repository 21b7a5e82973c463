/**
 * Figures with a bound ("at least 120,000", "as many as 85,000"): how they read, and which way
 * they are open. Charts draw an open bound as an arrow pointing the way the true figure may lie,
 * so that "at least" never looks like "exactly".
 */
import type { Bound } from '../content/schema';

/** The words before a figure for each bound. `at-most` reads "up to" unless the source's own words are given. */
const LEAD: Record<Bound, string> = {
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'up to',
};

/** A figure with its bound, in words: `at least 120,000`; a plain figure as it is. */
export function boundWords(bound: Bound | undefined, figure: string): string {
  return bound === undefined ? figure : `${LEAD[bound]} ${figure}`;
}

/** Which way the true figure may lie beyond the one given: `right` (more), `left` (less), or none. */
export function openSide(bound: Bound | undefined): 'left' | 'right' | undefined {
  if (bound === 'at-least' || bound === 'more-than') return 'right';
  if (bound === 'at-most') return 'left';
  return undefined;
}
