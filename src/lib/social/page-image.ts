/**
 * The social image of the page being built, for `BaseLayout` (Astro only: it reads the content
 * collections). See `images.ts` for which page gets which card.
 */
import { getCollection } from 'astro:content';
import { allGraphics } from '../graphics/collections';
import { basePath } from '../url';
import { socialImageFor, type SocialImage, type SocialIndex } from './images';

let index: Promise<SocialIndex> | undefined;

/** Accounts and graphics, read once per build. */
async function readIndex(): Promise<SocialIndex> {
  const [stories, graphics] = await Promise.all([getCollection('stories'), allGraphics()]);
  return {
    accounts: new Map(
      stories.map((s) => [s.id, { headline: s.data.headline ?? s.data.title, pseudonym: s.data.pseudonym }]),
    ),
    graphics: new Map(graphics.map((g) => [g.id, { title: g.title, kind: g.kind }])),
  };
}

/** The social image of the page at `pathname` (as `Astro.url.pathname` gives it, base path included). */
export async function socialImageForPage(pathname: string): Promise<SocialImage> {
  // In the dev server content can change between requests: read it afresh there.
  if (import.meta.env.DEV || !index) index = readIndex();
  const sitePath = pathname.startsWith(basePath) ? `/${pathname.slice(basePath.length)}` : pathname;
  return socialImageFor(sitePath, await index);
}
