/**
 * Markdown for the teachers' guide and the job-offer checklist. Their content links to other
 * pages by site path (`[help page](/help/)`), so that the same words work on /classroom/ and on
 * /classroom/teacher-sheet/; these helpers put the base path in front of such links.
 */
import { renderInlineMarkdown, renderMarkdown } from '../format/markdown';
import { joinBase } from '../url';

/** Prefixes every `href="/…"` in rendered HTML with `base` (`/` or `/sub-path/`). */
export function withBasePath(html: string, base: string): string {
  return html.replace(/href="\/(?!\/)([^"]*)"/g, (_m, rest: string) => `href="${joinBase(base, `/${rest}`)}"`);
}

/** Block Markdown (paragraphs, lists) with site-path links prefixed by `base`. */
export function siteMarkdown(text: string, base: string): string {
  return withBasePath(renderMarkdown(text), base);
}

/** One line of Markdown (no paragraph around it) with site-path links prefixed by `base`. */
export function siteInlineMarkdown(text: string, base: string): string {
  return withBasePath(renderInlineMarkdown(text), base);
}
