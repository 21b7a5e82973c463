/** The facts box of an account: a row for each thing the sources say, one plain row for the rest. */
import { expect, test } from 'vitest';
import { accountFacts } from '../../../src/lib/format/account-facts';
import { storySchema, type Story } from '../../../src/lib/content/schema';

const story = (fields: Record<string, unknown>): Story =>
  storySchema.parse({
    pseudonym: 'Kuan',
    title: 'A title',
    dek: 'A dek.',
    protection: { nameChanged: true },
    origin: { country: 'TW' },
    sources: ['a-source'],
    ...fields,
  });

test('says what the sources say, row by row, without stray spaces or full stops', () => {
  const rows = accountFacts(
    story({
      origin: { country: 'CN', region: 'Guangxi' },
      year: 2025,
      lure: { job: 'film casting.', platform: 'WeChat' },
      outcome: 'Found safe and returned within days, the Bangkok Post reported.',
    }),
    { reported: '8 January 2025, by Bangkok Post', routeTitle: 'Bangkok to Myawaddy', heldAt: ['Myawaddy'] },
  );
  expect(rows).toEqual([
    { term: 'From', value: 'China, Guangxi' },
    { term: 'Year', value: '2025' },
    { term: 'Reported', value: '8 January 2025, by Bangkok Post' },
    { term: 'Job offered', value: 'Film casting' },
    { term: 'Contacted through', value: 'WeChat' },
    { term: 'Route', value: 'Bangkok to Myawaddy' },
    { term: 'Held in', value: 'Myawaddy' },
    { term: 'Outcome', value: 'Found safe and returned within days, the Bangkok Post reported' },
  ]);
});

test('says plainly, in one last row, what the sources leave out', () => {
  const rows = accountFacts(story({ lure: { pay: 'more than $1,500 a month' } }), {
    reported: 'July 2022, by Al Jazeera',
    heldAt: [],
  });
  expect(rows).toEqual([
    { term: 'From', value: 'Taiwan' },
    { term: 'Reported', value: 'July 2022, by Al Jazeera' },
    { term: 'Pay promised', value: 'More than $1,500 a month' },
    {
      term: 'Not known',
      value: 'The job offered, the year of recruitment, where Kuan was held and how it ended.',
      unknown: true,
    },
  ]);
});
