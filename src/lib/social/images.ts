/**
 * Which social image (Open Graph and Twitter card, 1200 × 630 PNG) each page gets, and its text
 * alternative. The story (`/`), each survivor account and each graphic's page have their own
 * card; every other page shares the story's. The build step that draws them
 * (`src/integrations/graphic-files.ts`) and `BaseLayout` both read this list.
 *
 * Pure: it takes what it needs to know about accounts and graphics as plain maps.
 */
import { SITE } from '../site';

/** One social image: its file (a site path) and its text alternative. */
export interface SocialImage {
  /** `/social/<key>.png`. */
  path: string;
  alt: string;
}

/** What the cards need to know about the site's accounts and graphics. */
export interface SocialIndex {
  /** Accounts by slug. */
  accounts: ReadonlyMap<string, { headline: string; pseudonym: string }>;
  /** Graphics by id. */
  graphics: ReadonlyMap<string, { title: string; kind: 'chart' | 'map' }>;
}

/** The file of a card. */
export const socialImagePath = (key: string): string => `/social/${key}.png`;

/** The story's card, also the default. */
export const STORY_IMAGE: SocialImage = {
  path: socialImagePath('story'),
  alt: `${SITE.title}: ${SITE.tagline}. A typographic card with the title of the long read.`,
};

/** The card of an account. */
export function accountImage(slug: string, account: { headline: string; pseudonym: string }): SocialImage {
  return {
    path: socialImagePath(`account-${slug}`),
    alt: `Survivor account: ${account.headline}. “${account.pseudonym}” is a pseudonym chosen by ${SITE.title}.`,
  };
}

/** The card of a graphic's page. */
export function graphicImage(id: string, graphic: { title: string; kind: 'chart' | 'map' }): SocialImage {
  return {
    path: socialImagePath(`graphic-${id}`),
    alt: `${graphic.kind === 'chart' ? 'Chart' : 'Map'}: ${graphic.title}`,
  };
}

/**
 * The social image of the page at `sitePath` (a path inside the site, base path removed:
 * `/stories/tao/`): its own card when it has one, else the story's.
 */
export function socialImageFor(sitePath: string, index: SocialIndex): SocialImage {
  const account = /^\/stories\/([^/]+)\/$/.exec(sitePath)?.[1];
  const found = account ? index.accounts.get(account) : undefined;
  if (account && found) return accountImage(account, found);
  const graphic = /^\/charts\/([^/]+)\/$/.exec(sitePath)?.[1];
  const shown = graphic ? index.graphics.get(graphic) : undefined;
  if (graphic && shown) return graphicImage(graphic, shown);
  return STORY_IMAGE;
}
