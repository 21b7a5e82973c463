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
