/**
 * Markdown for short editorial fields (step text, notes) rendered at build time. Content is
 * written by the site's editors and never by readers, and nothing is rendered in the browser.
 *
 * Glossary terms: a link to `glossary:<term id>` (`[debt bondage](glossary:debt-bondage)`)
 * becomes a link to the term on the glossary page, marked `class="term"` with `data-term`, which
 * `src/scripts/glossary/term-popover.ts` turns into a definition shown in place. The content
 * check fails the build on an unknown term id (`src/lib/content/glossary-links.ts`).
 */
import { Marked, type Tokens } from 'marked';
import { markedSmartypants } from 'marked-smartypants';
import { href } from '../url';
import { GLOSSARY_SCHEME } from '../content/glossary-links';
import { unbreakablePhone } from './phone-text';

/** Escapes a value for a double-quoted HTML attribute. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// Curly quotes and proper dashes, as Astro already gives the Markdown of accounts and pages.
const md = new Marked({ gfm: true, breaks: false, async: false }, markedSmartypants(), {
  renderer: {
    link(token: Tokens.Link): string | false {
      if (token.href.startsWith('tel:')) {
        // A phone number never breaks across lines (see phone-text.ts).
        const text = unbreakablePhone(this.parser.parseInline(token.tokens));
        return `<a href="${attribute(token.href)}">${text}</a>`;
      }
      if (!token.href.startsWith(GLOSSARY_SCHEME)) return false;
      const id = token.href.slice(GLOSSARY_SCHEME.length);
      const text = this.parser.parseInline(token.tokens);
      return `<a class="term" href="${href(`/glossary/#${id}`)}" data-term="${id}">${text}</a>`;
    },
  },
});

/** Renders a Markdown string to HTML (block level: paragraphs, lists, emphasis, links). */
export function renderMarkdown(text: string): string {
  return md.parse(text) as string;
}

/** Renders a one-line Markdown string to inline HTML (no paragraph around it). */
export function renderInlineMarkdown(text: string): string {
  return md.parseInline(text) as string;
}

/**
 * Gives each heading in rendered HTML an id made from its words ("What we do not know" →
 * `what-we-do-not-know`), as Astro does for the Markdown it renders, so that a section of an
 * account can be linked to. Headings that already have an id keep it.
 */
export function withHeadingIds(html: string): string {
  return html.replace(/<h([2-6])>([\s\S]*?)<\/h\1>/g, (_, level: string, inner: string) => {
    const words = inner
      .replace(/<[^>]*>/g, '')
      .replace(/&#?\w+;/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-');
    return words ? `<h${level} id="${words}">${inner}</h${level}>` : `<h${level}>${inner}</h${level}>`;
  });
}
