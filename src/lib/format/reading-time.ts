/**
 * Reading time, as shown at the top of the long read. A deliberately unhurried pace: many
 * readers read English as a second language, and the story is read with maps and charts.
 */
import { markdownToPlain, words } from '../text/readability';

/** Words per minute assumed for reading time. */
export const WORDS_PER_MINUTE = 200;

/** The number of words in a Markdown text (link targets and markup left out). */
export function countWords(markdown: string): number {
  return words(markdownToPlain(markdown)).length;
}

/** Minutes to read `words`, rounded to the nearest 5 above 10 minutes (at least 1). */
export function readingMinutes(words: number): number {
  const minutes = words / WORDS_PER_MINUTE;
  if (minutes <= 10) return Math.max(1, Math.round(minutes));
  return Math.round(minutes / 5) * 5;
}
