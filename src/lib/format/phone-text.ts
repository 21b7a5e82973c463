/**
 * Phone numbers that never break across lines: "+66 99 130 1300" split after "+66" reads as two
 * numbers, and a reader copying it by hand may dial half. The text of every `tel:` link gets
 * non-breaking spaces (U+00A0) and non-breaking hyphens (U+2011) in place of its spaces and
 * hyphens in the Markdown of steps and notes (`markdown.ts`). Markdown pages rendered by Astro
 * (`content/pages/*.md`) write them as entities: `[1&#8209;888&#8209;373&#8209;7888](tel:…)`,
 * `[+66&nbsp;99&nbsp;130&nbsp;1300](tel:…)`; the HTML validation of every built page
 * (`tests/dist/html-validate.test.ts`) fails on a breakable one.
 */

/** `text` with its spaces and hyphens made non-breaking ("1-888-373-7888" → "1‑888‑373‑7888"). */
export function unbreakablePhone(text: string): string {
  return text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
