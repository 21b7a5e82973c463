/** Small text helpers for the classroom pages: escaping, lists in words, first sentences. */

/** Escapes text for HTML (`&`, `<`, `>`, `"`, `'`). */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** `['a']` → "a"; `['a', 'b']` → "a and b"; `['a', 'b', 'c']` → "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The first sentence of a text: up to the first full stop, question or exclamation mark that is
 * followed by a space and a capital letter (so "US$2,000" or "e.g." inside a sentence do not cut it).
 */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?[.!?](?=\s+[A-Z“"])/.exec(text.trim());
  return match ? match[0] : text.trim();
}
