/**
 * Glossary links in editorial Markdown: `[debt bondage](glossary:debt-bondage)` links a term to
 * its definition. Rendering is in `src/lib/format/markdown.ts`; the content check uses
 * `glossaryLinks` to fail the build on an unknown term id.
 */

/** The link scheme for glossary terms in Markdown. */
export const GLOSSARY_SCHEME = 'glossary:';

/** The glossary term ids linked from a Markdown text (`glossary:<id>` links), in order. */
export function glossaryLinks(text: string): string[] {
  return [...text.matchAll(/\]\(glossary:([^)\s]*)\)/g)].map((m) => m[1] ?? '');
}
