/**
 * Obviously synthetic text for the scale test: every paragraph opens by saying what it is
 * ("Synthetic paragraph 3 of account 17.") and goes on in plain English filler words, so that no
 * generated sentence can be mistaken for a real account. No numbers follow the filler, so the
 * protection checks (ages, day-precise dates) have nothing to find.
 */
import type { Random } from './random.ts';

const FILLER = [
  'the',
  'plain',
  'words',
  'here',
  'stand',
  'in',
  'for',
  'a',
  'made',
  'up',
  'story',
  'about',
  'travel',
  'work',
  'offers',
  'roads',
  'rivers',
  'towns',
  'waiting',
  'and',
  'letters',
  'that',
  'say',
  'nothing',
  'real',
  'at',
  'all',
  'only',
  'filler',
  'text',
  'to',
  'fill',
  'the',
  'page',
] as const;

/** One filler sentence of `length` words, capitalised and closed with a full stop. */
export function fillerSentence(random: Random, length: number): string {
  const words = Array.from({ length }, () => random.pick(FILLER));
  const first = words[0] ?? 'filler';
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(' ')}.`;
}

/**
 * A synthetic paragraph: "Synthetic paragraph `n` of `owner`." then `sentences` filler
 * sentences of 8 to 14 words. Its opening words are unique to the owner and `n`, so a map scene
 * can start at it (`at:`).
 */
export function paragraph(random: Random, owner: string, n: number, sentences = 3): string {
  const rest = Array.from({ length: sentences }, () => fillerSentence(random, random.int(8, 14)));
  return [paragraphOpening(owner, n), ...rest].join(' ');
}

/** The opening sentence of `paragraph(…, owner, n)`, as a scene's `at:` names it. */
export function paragraphOpening(owner: string, n: number): string {
  return `Synthetic paragraph ${n} of ${owner}.`;
}
