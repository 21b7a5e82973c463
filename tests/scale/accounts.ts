/**
 * The scale test's synthetic survivor accounts: front matter that passes every check an editor's
 * account must pass (a pseudonym with `nameChanged: true`, sources that exist, a route that lists
 * the account back, map scenes whose `at:` names a paragraph or heading of the text, warned
 * passages that start at a heading) and a Markdown body of obviously synthetic paragraphs.
 */
import type { z } from 'astro/zod';
import type { storySchema } from '../../src/lib/content/schema.ts';
import type { Atlas, SyntheticPlace } from './atlas.ts';
import { nearest } from './geography.ts';
import type { Random } from './random.ts';
import { paragraph, paragraphOpening } from './words.ts';

/** A generated account: its id (the file name), front matter and Markdown body. */
export interface SyntheticAccount {
  id: string;
  data: z.input<typeof storySchema>;
  body: string;
}

/** Account ids, 1-based: `synthetic-account-1`… */
export const accountId = (n: number): string => `synthetic-account-${n}`;

/** The promised pay of the n-th account (1-based), in US dollars a month; ledger charts repeat it. */
export const promisedPay = (n: number): number => 800 + ((n - 1) % 12) * 100;

/**
 * `count` accounts. Two in three follow a route (taken in turn, each route listing its accounts
 * back in `stories`) and are held at its compound region; the others were held at a compound
 * region drawn at random. Adds each account to its route's `stories`.
 */
export function makeAccounts(random: Random, atlas: Atlas, count: number): SyntheticAccount[] {
  const places = new Map(atlas.places.map((p) => [p.id, p]));
  const compounds = atlas.places.filter((p) => p.kind === 'compound-region');
  const sourceIds = Object.keys(atlas.sources);
  let routed = 0;
  return Array.from({ length: count }, (_, i): SyntheticAccount => {
    const n = i + 1;
    const id = accountId(n);
    const owner = `account ${n}`;
    const route = i % 3 !== 2 && atlas.routes.length > 0 ? atlas.routes[routed++ % atlas.routes.length] : undefined;
    route?.data.stories.push(id);
    const held = route ? (places.get(route.stops.at(-1) ?? '') as SyntheticPlace) : random.pick(compounds);
    const origin = route ? (places.get(route.stops[0] ?? '') as SyntheticPlace) : undefined;
    const warned = n % 4 === 0;
    const section = (k: number) => `## Synthetic section ${k} of ${owner}`;
    const body = [
      paragraph(random, owner, 1),
      paragraph(random, owner, 2),
      paragraph(random, owner, 3),
      section(2),
      paragraph(random, owner, 4),
      paragraph(random, owner, 5),
      section(3),
      paragraph(random, owner, 6),
    ].join('\n\n');
    const nearby = nearest(atlas.places, (p) => p.at, held.at, 2).map((p) => p.id);
    const scenes: z.input<typeof storySchema>['scenes'] = route
      ? [
          { show: 'origin', headline: `Synthetic scene 1 of ${owner}: where it starts` },
          {
            at: paragraphOpening(owner, 2),
            show: 'route',
            upTo: route.stops.at(-2),
            headline: `Synthetic scene 2 of ${owner}: to the border`,
          },
          { at: paragraphOpening(owner, 3), show: 'crossing', headline: `Synthetic scene 3 of ${owner}: the crossing` },
          { at: section(2), show: 'held', headline: `Synthetic scene 4 of ${owner}: where held` },
          { at: section(3), show: 'places', places: nearby, context: true },
        ]
      : [
          { show: 'origin' },
          { at: paragraphOpening(owner, 2), show: 'held', headline: `Synthetic scene 2 of ${owner}: where held` },
          { at: section(2), show: 'places', places: nearby, countries: [held.country] },
        ];
    return {
      id,
      data: {
        pseudonym: `Synthetic person ${n}`,
        title: `Synthetic account ${n}: a made-up case generated for the scale test`,
        headline: `Synthetic account ${n}`,
        dek: `Synthetic dek of account ${n}: not a real case, only filler for the scale test.`,
        protection: { nameChanged: true, withheld: ['exact age', 'home town'] },
        origin: { country: origin?.country ?? held.country },
        year: 2018 + (i % 8),
        lure: {
          platform: 'Synthetic chat app',
          job: `Synthetic job ${(i % 9) + 1}`,
          pay: `${promisedPay(n)} US dollars a month`,
          usdPerMonth: promisedPay(n),
        },
        ...(route ? { route: route.id } : {}),
        heldAt: [held.id],
        outcome: `Synthetic outcome of ${owner}.`,
        contentWarnings: warned ? ['detention', 'threats'] : ['detention'],
        sources: [...new Set([random.pick(sourceIds), random.pick(sourceIds)])],
        scenes,
        ...(warned ? { warnedPassages: [{ at: section(2), warning: 'threats' as const }] } : {}),
      },
      body,
    };
  });
}
