/**
 * "Cite this": references to the site's pages in APA 7, MLA 9, Chicago (author-date, 18th
 * edition) and BibTeX, made at build time by citation-js with the official CSL styles (the
 * `.csl` files in `./styles/`, from the Citation Style Language project; see their `<rights>`).
 * Nothing here runs in the reader's browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import apaStyle from './styles/apa.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';
import chicagoStyle from './styles/chicago-author-date.csl?raw';

/** The citation formats the site offers, in the order they are shown. */
export const CITATION_FORMATS = ['apa', 'mla', 'chicago', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** How each format is named to readers. */
export const CITATION_FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
};

/** What is cited: one page (or part of a page, with its permalink) of the site. */
export interface CitedWork {
  /** A key for BibTeX and CSL, made of letters, digits and hyphens (e.g. `chapter-the-offer`). */
  key: string;
  /** The title of the page, chapter, account or graphic. */
  title: string;
  /** The whole site's title, as the container ("The job was a trap"). */
  siteTitle: string;
  /** Who is credited as author: the project, as an organisation (never a survivor's name). */
  author: string;
  /** The stable permalink (absolute URL). */
  url: string;
  /** First publication, `YYYY-MM-DD`. */
  published: string;
  /** What kind of work it is: a web page, or a graphic (chart or map). */
  kind?: 'webpage' | 'graphic';
}

const TEMPLATES: Record<Exclude<CitationFormat, 'bibtex'>, { name: string; xml: string }> = {
  apa: { name: 'site-apa', xml: apaStyle },
  mla: { name: 'site-mla', xml: mlaStyle },
  chicago: { name: 'site-chicago', xml: chicagoStyle },
};

let registered = false;
/** Registers the three styles with citation-js once (its registry is global). */
function registerStyles(): void {
  if (registered) return;
  const config = plugins.config.get('@csl') as { styles: { add(name: string, xml: string): void } };
  for (const { name, xml } of Object.values(TEMPLATES)) config.styles.add(name, xml);
  registered = true;
}

/** The work as CSL-JSON, the data model every citation style reads. */
export function toCsl(work: CitedWork): Record<string, unknown> {
  const [year, month, day] = work.published.split('-').map(Number);
  return {
    id: work.key,
    // BibTeX keys may not contain hyphens (citation-js would make up its own key).
    'citation-key': work.key.replace(/-/g, '_'),
    type: work.kind === 'graphic' ? 'graphic' : 'webpage',
    title: work.title,
    // The story is the whole site: it is not contained in itself.
    ...(work.title === work.siteTitle ? {} : { 'container-title': work.siteTitle }),
    author: [{ literal: work.author }],
    issued: { 'date-parts': [[year, month, day]] },
    URL: work.url,
  };
}

/**
 * The reference to `work` in each format, as plain text (BibTeX as its source). The styles'
 * own punctuation and order are kept; only surrounding whitespace is trimmed.
 */
export function citations(work: CitedWork): Record<CitationFormat, string> {
  registerStyles();
  const cite = new Cite(toCsl(work));
  const text = (style: string) =>
    (cite.format('bibliography', { format: 'text', style, lang: 'en-US' }) as string).trim();
  return {
    apa: text(TEMPLATES.apa.name),
    mla: text(TEMPLATES.mla.name),
    chicago: text(TEMPLATES.chicago.name),
    bibtex: (cite.format('bibtex', { format: 'text' }) as string).trim(),
  };
}
