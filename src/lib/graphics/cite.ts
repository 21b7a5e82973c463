/**
 * "Cite this graphic": a plain citation a reader can paste into a reference list or an article.
 * Kept simple on purpose (title, site, date, address, date of access left to the reader).
 */
import { formatPartialDate } from '../format/date';

/** What a citation names. */
export interface CitationInput {
  title: string;
  kind: 'chart' | 'map';
  /** The site's name. */
  site: string;
  /** Publication date, `YYYY-MM-DD` (or a shorter partial date). */
  published: string;
  /** The graphic's page, absolute. */
  url: string;
}

/**
 * `“Title” [chart]. The job was a trap, 24 November 2026. https://example.org/charts/x/`
 */
export function citation({ title, kind, site, published, url }: CitationInput): string {
  return `“${title}” [${kind}]. ${site}, ${formatPartialDate(published)}. ${url}`;
}
