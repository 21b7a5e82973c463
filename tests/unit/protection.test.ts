/**
 * A survivor account's protection label must not promise what the site then breaks: a label that
 * withholds dates or an exact age, or a body that points at "the year shown above", is checked
 * against everything that tells the account (src/lib/content/protection.ts). The real content
 * must pass; each small fixture below breaks one promise and must fail.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem, loadContent, type Content } from '../../src/lib/content';
import { checkProtection } from '../../src/lib/content/protection';

test('every account on the site keeps the promises of its label', () => {
  const { content } = loadContent('content');
  expect(checkProtection(content).map(formatProblem)).toEqual([]);
});

/** The valid fixture tree: one account (`example-person`) on the route `bangkok-myawaddy`, citing `news-b`. */
function fixture(change: (c: Content) => void): string[] {
  const { content, problems } = loadContent(join(import.meta.dirname, '..', 'fixtures', 'valid', 'content'));
  expect(problems).toEqual([]);
  const copy = structuredClone(content);
  // The valid tree's timeline event gives a day; move it to the month so each case below breaks one thing.
  for (const e of copy.timeline) e.data.date = e.data.date.slice(0, 7);
  change(copy);
  return checkProtection(copy).map(formatProblem);
}
const story = (c: Content) => c.stories.find((s) => s.id === 'example-person')!;
const withholdDates = (c: Content) => story(c).data.protection.withheld.push('dates');

describe('a label that withholds dates', () => {
  test('passes when everything gives the month at most', () => {
    expect(
      fixture((c) => {
        withholdDates(c);
        story(c).body = 'In January 2025 a car took him to the border.';
      }),
    ).toEqual([]);
  });

  test('fails on a day in the account itself', () => {
    expect(
      fixture((c) => {
        withholdDates(c);
        story(c).body = 'On 3 January 2025 a car took him to the border.';
      }),
    ).toEqual([
      'content/stories/example-person.md: body: gives the day ("3 January"), but the label withholds dates: give the month at most',
    ]);
  });

  test('fails on a day in a step that tells the account (it shows its route)', () => {
    expect(
      fixture((c) => {
        withholdDates(c);
        const step = c.chapters[0]!.data.steps[0]!;
        step.sources = ['report-a'];
        step.text = 'A car drove him from Bangkok to the border on January 3.';
      }),
    ).toEqual([
      'content/chapters/the-journey.yaml: steps[0].text: gives the day ("January 3"), but it tells the account in content/stories/example-person.md, whose label withholds dates: give the month at most',
    ]);
  });

  test("fails on a day in the route's period and in a timeline event citing the original report", () => {
    expect(
      fixture((c) => {
        withholdDates(c);
        c.routes[0]!.data.period = { from: '2025-01-03' };
        c.timeline[0]!.data.date = '2025-01-03';
      }),
    ).toEqual([
      'content/routes/bangkok-myawaddy.yaml: period.from: gives the day ("2025-01-03"), but it tells the account in content/stories/example-person.md, whose label withholds dates: give the month at most',
      'content/timeline.yaml: route-documented.date: gives the day ("2025-01-03"), but it tells the account in content/stories/example-person.md, whose label withholds dates: give the month at most',
    ]);
  });

  test('does not check the date a report was published', () => {
    expect(
      fixture((c) => {
        withholdDates(c);
        c.sources.find((s) => s.id === 'news-b')!.data.date = '2025-01-08';
      }),
    ).toEqual([]);
  });
});

describe('a label that withholds an exact age', () => {
  test('fails on an exact age in the account, not on an age range', () => {
    expect(fixture((c) => (story(c).body = 'He was in his thirties.'))).toEqual([]);
    expect(fixture((c) => (story(c).data.dek = 'A 34-year-old builder was offered a job.'))).toEqual([
      'content/stories/example-person.md: dek: gives an exact age ("34-year-old"), but the label withholds exact age: give an age range, such as "in his thirties"',
    ]);
  });
});

describe('an account that points at what its page shows', () => {
  test('"the year shown above" needs a year', () => {
    expect(fixture((c) => (story(c).body = 'The year shown above is when he left.'))).toEqual([]);
    expect(
      fixture((c) => {
        delete story(c).data.year;
        story(c).body = 'The year shown above is when he left.';
      }),
    ).toEqual([
      'content/stories/example-person.md: body: refers to "the year shown above", but the page shows no year: set "year" or reword',
    ]);
  });

  test('"the date shown above" needs a dated original report', () => {
    expect(
      fixture((c) => {
        delete c.sources.find((s) => s.id === 'news-b')!.data.date;
        story(c).body = 'The date shown above is when the report was published.';
      }),
    ).toEqual([
      'content/stories/example-person.md: body: refers to "the date shown above", but its original report ("news-b") has no date, so the page shows none: reword',
    ]);
  });
});
