/**
 * Markdown for short editorial fields (step text, notes) rendered at build time. Content is
 * written by the site's editors and never by readers, and nothing is rendered in the browser.
 */
import { Marked } from 'marked';

const md = new Marked({ gfm: true, breaks: false, async: false });

/** Renders a Markdown string to HTML (block level: paragraphs, lists, emphasis, links). */
export function renderMarkdown(text: string): string {
  return md.parse(text) as string;
}
