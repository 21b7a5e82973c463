/**
 * Plain-text statistics for editors: word counts and the Flesch-Kincaid grade level, used by
 * the tests to keep steps short and the prose near a grade 9-10 reading level.
 */
import { syllable } from 'syllable';

/** Strips Markdown syntax that is not read aloud: link targets, emphasis marks, headings. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text: runs of letters and digits, with inner apostrophes, hyphens and commas in numbers. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}$]+(?:[''’,.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of sentences: runs ending in . ! or ? (at least one). */
export function sentenceCount(text: string): number {
  const ends = text.match(/[^.!?]+[.!?]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

/**
 * Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Numbers count as one syllable each, so figures do not inflate the grade.
 */
export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllables = list.reduce((n, w) => n + (/^[\p{N}$]/u.test(w) ? 1 : Math.max(1, syllable(w))), 0);
  return 0.39 * (list.length / sentenceCount(text)) + 11.8 * (syllables / list.length) - 15.59;
}
