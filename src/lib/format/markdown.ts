/**
 * Markdown for short editorial fields (step text, notes) rendered at build time. Content is
 * written by the site's editors and never by readers, and nothing is rendered in the browser.
 */
import { Marked } from 'marked';
import { markedSmartypants } from 'marked-smartypants';

// Curly quotes and proper dashes, as Astro already gives the Markdown of accounts and pages.
const md = new Marked({ gfm: true, breaks: false, async: false }, markedSmartypants());

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
