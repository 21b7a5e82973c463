/**
 * The map stories of the survivor accounts, read from Astro's content collections: what the
 * account pages and the list of static map views (`map-views.ts`) share. Build time only.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { accountStory, type AccountLookups, type AccountStory } from './account-scenes';
import { countryBounds } from './country-bounds';
import { mapLookups } from './lookups';

/** Places, routes and country frames for `accountStory`. */
export async function accountLookups(): Promise<AccountLookups> {
  return { ...(await mapLookups()), countryBounds };
}

/** The map story of one account (its scenes and its text cut where they start). */
export async function accountStoryOf(
  entry: CollectionEntry<'stories'>,
  lookups?: AccountLookups,
): Promise<AccountStory> {
  return accountStory({ data: entry.data, body: entry.body ?? '' }, lookups ?? (await accountLookups()));
}

/** The map story of every account, by account id. */
export async function allAccountStories(): Promise<Map<string, AccountStory>> {
  const [stories, lookups] = await Promise.all([getCollection('stories'), accountLookups()]);
  return new Map(await Promise.all(stories.map(async (s) => [s.id, await accountStoryOf(s, lookups)] as const)));
}
