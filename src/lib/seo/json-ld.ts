/**
 * schema.org metadata as JSON-LD, for search engines and newsroom tools: typed builders for the
 * few types the site uses, and `serializeJsonLd` to put one safely inside
 * `<script type="application/ld+json">` (the `JsonLd` component does that).
 *
 * - `newsArticle`: the story at `/` and each survivor account. Its author and publisher are the
 *   project, an `Organization`. A survivor is never an author or a `Person`: accounts appear under
 *   pseudonyms chosen by the site, and a pseudonym must not pose as a byline or a real person.
 * - `dataset` with `dataDownload`s: the data page.
 * - `imageObject`: a graphic (chart or map) on its own page.
 *
 * Dates are the site's (`SITE.published`, `SITE.updated`), never invented per page. URLs must be
 * absolute (build them with `new URL(href(path), Astro.site)`).
 */
import { SITE } from '../site';

/** A schema.org node: its `@type` and properties (JSON values only). */
export interface JsonLdNode {
  readonly '@type': string;
  readonly [property: string]: unknown;
}

/** A top-level JSON-LD document: a node with its `@context`. */
export type JsonLd = JsonLdNode & { readonly '@context': 'https://schema.org' };

/** The project as an organisation: the publisher and author of everything on the site. */
export interface Organization extends JsonLdNode {
  readonly '@type': 'Organization';
  readonly name: string;
  readonly url: string;
}

/** The project, publishing from `siteUrl` (the site's absolute home address). */
export function organization(siteUrl: string): Organization {
  return { '@type': 'Organization', name: SITE.title, url: siteUrl };
}

/** What a `NewsArticle` needs. */
export interface ArticleInput {
  /** The page's canonical, absolute address. */
  readonly url: string;
  /** The site's absolute home address (for the publisher). */
  readonly siteUrl: string;
  /** The headline; Google shows at most 110 characters, so pass `shortHeadline` for longer ones. */
  readonly headline: string;
  /** A shorter headline to use when `headline` is over 110 characters. */
  readonly shortHeadline?: string;
  readonly description: string;
  /** Absolute address of the page's social image, when it has one. */
  readonly image?: string;
  /** The section, such as "Survivor accounts". */
  readonly section?: string;
}

/** The longest headline search engines show in full. */
export const MAX_HEADLINE = 110;

/**
 * A `NewsArticle`: headline, description, the site's publication and revision dates, the
 * project as author and publisher, English, free to read, and the page as its main entity.
 */
export function newsArticle(input: ArticleInput): JsonLd {
  const publisher = organization(input.siteUrl);
  const headline =
    input.headline.length <= MAX_HEADLINE
      ? input.headline
      : (input.shortHeadline ?? `${input.headline.slice(0, MAX_HEADLINE - 1).trimEnd()}…`);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: SITE.published,
    dateModified: SITE.updated,
    inLanguage: SITE.language,
    isAccessibleForFree: true,
    author: publisher,
    publisher,
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.image ? { image: input.image } : {}),
  };
}

/** One downloadable file of a `Dataset`. */
export interface DataDownloadInput {
  /** The file's name or title. */
  readonly name: string;
  /** Its absolute address. */
  readonly contentUrl: string;
  /** Its media type (`text/csv`, `application/geo+json`). */
  readonly encodingFormat: string;
  /** Its size in bytes. */
  readonly bytes?: number;
  /** Its licence's address. */
  readonly license: string;
  readonly description?: string;
}

/** A `DataDownload`: a file of a dataset. */
export function dataDownload(input: DataDownloadInput): JsonLdNode {
  return {
    '@type': 'DataDownload',
    name: input.name,
    contentUrl: input.contentUrl,
    encodingFormat: input.encodingFormat,
    ...(input.bytes !== undefined ? { contentSize: `${input.bytes} B` } : {}),
    license: input.license,
    ...(input.description ? { description: input.description } : {}),
  };
}

/** What a `Dataset` needs. */
export interface DatasetInput {
  /** The data page's absolute address. */
  readonly url: string;
  readonly siteUrl: string;
  readonly name: string;
  /** At least 50 characters (Google's minimum). */
  readonly description: string;
  /** The licence's address. */
  readonly license: string;
  readonly keywords?: readonly string[];
  /** ISO 8601 interval the data cover, `2017/2026`. */
  readonly temporalCoverage?: string;
  /** A place name, such as "Southeast Asia". */
  readonly spatialCoverage?: string;
  readonly distribution: readonly JsonLdNode[];
}

/** A `Dataset`: the site's data, by the project, with each file as a `DataDownload`. */
export function dataset(input: DatasetInput): JsonLd {
  const publisher = organization(input.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    license: input.license,
    isAccessibleForFree: true,
    inLanguage: SITE.language,
    datePublished: SITE.published,
    dateModified: SITE.updated,
    creator: publisher,
    publisher,
    ...(input.keywords ? { keywords: [...input.keywords] } : {}),
    ...(input.temporalCoverage ? { temporalCoverage: input.temporalCoverage } : {}),
    ...(input.spatialCoverage ? { spatialCoverage: { '@type': 'Place', name: input.spatialCoverage } } : {}),
    distribution: [...input.distribution],
  };
}

/** What an `ImageObject` needs: a graphic on its own page. */
export interface ImageInput {
  /** The image's absolute address (PNG or SVG). */
  readonly contentUrl: string;
  /** The page that shows it (absolute). */
  readonly url: string;
  readonly siteUrl: string;
  /** The graphic's headline. */
  readonly name: string;
  /** Its text alternative or description. */
  readonly description: string;
  /** Its media type, `image/png` or `image/svg+xml`. */
  readonly encodingFormat?: string;
  readonly width?: number;
  readonly height?: number;
  /** The licence's address, if the graphic is licensed for reuse. */
  readonly license?: string;
  /** How to credit it ("The job was a trap"). */
  readonly creditText?: string;
}

/** An `ImageObject`: a chart or map by the project. */
export function imageObject(input: ImageInput): JsonLd {
  const publisher = organization(input.siteUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'ImageObject',
    name: input.name,
    description: input.description,
    contentUrl: input.contentUrl,
    url: input.url,
    ...(input.encodingFormat ? { encodingFormat: input.encodingFormat } : {}),
    ...(input.width ? { width: input.width } : {}),
    ...(input.height ? { height: input.height } : {}),
    ...(input.license ? { license: input.license } : {}),
    creditText: input.creditText ?? SITE.title,
    creator: publisher,
    copyrightHolder: publisher,
    datePublished: SITE.published,
    inLanguage: SITE.language,
  };
}

/**
 * JSON text safe inside `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e` and `\u0026`, so no string can close the script (`</script>`) or open a comment
 * (`<!--`); U+2028 and U+2029 are escaped too. Parsing gives back exactly the same data.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
